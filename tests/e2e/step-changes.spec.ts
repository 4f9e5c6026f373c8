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

// A plot that changes size is laid out again, every mark of it, in the frame of the step's
// change: the timeline's key, shown from its second step on, shrank the plot, and that step's
// longest task was 35–45 ms with the CPU 4× slower (24–31 once the key kept its room); the
// imprisonment chart's share strip, which shrank the main plot, made its step's frame 52–68 ms at
// 6× (43–53 once the plot kept its box and the strip took room in its padding); the prosecutions
// chart's panels, whose heights glided at a swap, laid out and measured both plots in every frame
// of it (now they cross-fade at full size). The chart named here changes its plot's size by
// design: the map gives room to a key that grows with the years.
const RESIZED_BY_DESIGN = ['marijuana-map'];

test('a step change keeps the plot its size, unless the chart splits or folds it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openStoryLive(page);
	const ids = await page.locator('.step').evaluateAll((steps) => steps.map((step) => step.id));
	const sizes = new Map<string, Set<string>>();
	for (const id of ids) {
		await scrollToStep(page, id);
		const { section, plots } = await page.locator(`[id="${id}"]`).evaluate((step) => {
			const scrolly = step.closest('.scrolly')!;
			const chart = scrolly.querySelector<HTMLElement>('[data-chart]')!;
			const index = [...document.querySelectorAll('.scrolly')].indexOf(scrolly);
			return {
				section: `${chart.dataset.chart} (section ${index + 1})`,
				plots: [...chart.querySelectorAll('.layercake-container')]
					.map((plot) => `${plot.clientWidth}×${plot.clientHeight}`)
					.join(' ')
			};
		});
		if (RESIZED_BY_DESIGN.some((chart) => section.startsWith(`${chart} `))) continue;
		sizes.set(section, (sizes.get(section) ?? new Set()).add(plots));
	}
	expect(sizes.size).toBeGreaterThan(5);
	for (const [section, seen] of sizes) expect([...seen], section).toHaveLength(1);
});

// A chart's axis that can glide (removals' start year, detention's end year) is a Svelte Tween,
// set from the step. Set to the same year at every step, it ran a frame loop (a script callback
// in every frame) for the whole glide, with nothing to move: about 40 callbacks per step change.
// Checked here: a step that keeps the axis asks for no frame in the second after it.
test('a step that keeps the axis where it is runs no frame loop', async ({ page }) => {
	test.setTimeout(60_000);
	await page.addInitScript(() => {
		const w = window as unknown as { framesAsked: number };
		w.framesAsked = 0;
		const ask = window.requestAnimationFrame.bind(window);
		window.requestAnimationFrame = (callback) => {
			w.framesAsked++;
			return ask(callback);
		};
	});
	await openStoryLive(page);
	for (const [from, to] of [
		['removals-before-1988', 'removals-after-1996'],
		['detention-1980s', 'detention-after-1996']
	] as const) {
		await scrollToStep(page, from);
		await page.waitForTimeout(1500);
		await page.evaluate(() => ((window as unknown as { framesAsked: number }).framesAsked = 0));
		await scrollToStep(page, to);
		await page.waitForTimeout(1000);
		expect(
			await page.evaluate(() => (window as unknown as { framesAsked: number }).framesAsked),
			`frames asked for in the second after ${to}`
		).toBeLessThanOrEqual(3);
	}
});
