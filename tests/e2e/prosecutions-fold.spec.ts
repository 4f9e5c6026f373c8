import { expect, test, type Page } from '@playwright/test';
import { scrollToStep, watch } from './helpers';

// The prosecutions chart folds one panel away and unfolds the other by CSS transitions, and the
// series fade the same way: a tween that rewrote the panels' heights and the series' opacity from
// script every frame kept the step's change busy for its whole length. A panel on its way out
// keeps its drawing (its axis and gaps are not redrawn for the series that replaced it). Checked
// here: a step change writes each element's style at most twice, and once it has settled the
// panel the step asks for fills the plot while the other is folded away, unseen.

const figure = (page: Page) => page.locator('[data-chart="prosecutions"]');

/** Counts style writes to each element of the chart from now on. */
async function countWrites(page: Page) {
	await figure(page).evaluate((chart) => {
		const w = window as unknown as { writes: Map<Element, number> };
		w.writes = new Map();
		new MutationObserver((records) => {
			for (const { target } of records)
				if (target instanceof Element) w.writes.set(target, (w.writes.get(target) ?? 0) + 1);
		}).observe(chart, { attributes: true, attributeFilter: ['style'], subtree: true });
	});
}

const mostWrites = (page: Page) =>
	page.evaluate(() =>
		Math.max(0, ...(window as unknown as { writes: Map<Element, number> }).writes.values())
	);

/** Each panel's share of the plot's height, and whether it can be seen. */
const panels = (page: Page) =>
	figure(page).evaluate((chart) => {
		const plot = chart.querySelector('.panels')!.getBoundingClientRect();
		return [...chart.querySelectorAll('.panels > .panel')].map((panel) => ({
			part: panel.getBoundingClientRect().height / plot.height,
			seen: getComputedStyle(panel).visibility === 'visible' && panel.checkVisibility()
		}));
	});

test('the prosecutions chart folds its panels by CSS, with no script each frame', async ({
	page
}) => {
	test.setTimeout(60_000);
	const seen = watch(page);
	await page.goto('./');
	await expect(page.locator('.drawing')).toHaveCount(0, { timeout: 30_000 });

	await scrollToStep(page, 'prosecutions-entry-reentry');
	await page.waitForTimeout(1200);
	const [counts, share] = await panels(page);
	expect(counts).toMatchObject({ seen: true });
	expect(counts!.part).toBeGreaterThan(0.95);
	expect(share).toMatchObject({ seen: false });

	for (const [id, shown] of [
		['prosecutions-sentence-share', 1],
		['prosecutions-entry-reentry', 0]
	] as const) {
		await countWrites(page);
		await scrollToStep(page, id);
		// The glide (650 ms) is over.
		await page.waitForTimeout(1200);
		expect(await mostWrites(page), `to ${id}: style writes to one element`).toBeLessThanOrEqual(2);
		const after = await panels(page);
		expect(after[shown], id).toMatchObject({ seen: true });
		expect(after[shown]!.part, id).toBeGreaterThan(0.95);
		expect(after[1 - shown], id).toMatchObject({ seen: false });
		expect(after[1 - shown]!.part, id).toBeLessThan(0.01);
	}
	expect(seen.errors).toEqual([]);
});
