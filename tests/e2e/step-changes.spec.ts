import { expect, test } from '@playwright/test';
import { openStoryLive, scrollToStep, watch } from './helpers';

// A step change in the middle of a reader's scroll should restyle a chart, not build one. A plot
// (LayerCake's container) measures itself the moment it is made, a layout forced in the middle of
// the step's task: a panel built only when its step came made that step a long task with the CPU
// 4× slower. The prosecutions and imprisonment charts keep their second panel, hidden, from the
// start. Watched here: once every chart is live, walking through every step adds no plot.

test('once the charts are live, no step change builds a plot', async ({ page }) => {
	test.setTimeout(120_000);
	const seen = watch(page);
	await openStoryLive(page);
	await page.evaluate(() => {
		const w = window as unknown as { plotsBuilt: string[] };
		w.plotsBuilt = [];
		new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.addedNodes) {
					if (!(node instanceof Element)) continue;
					for (const plot of [node, ...node.querySelectorAll('*')])
						if (plot.matches('.layercake-container'))
							w.plotsBuilt.push(
								plot.closest('[data-chart]')?.getAttribute('data-step') ?? '(outside a chart)'
							);
				}
		}).observe(document, { childList: true, subtree: true });
	});
	const ids = await page.locator('.step').evaluateAll((steps) => steps.map((step) => step.id));
	expect(ids.length).toBeGreaterThan(30);
	for (const id of ids) await scrollToStep(page, id);
	expect(
		await page.evaluate(() => (window as unknown as { plotsBuilt: string[] }).plotsBuilt)
	).toEqual([]);
	expect(seen.errors).toEqual([]);
});
