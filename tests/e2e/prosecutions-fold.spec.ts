import { expect, test, type Page } from '@playwright/test';
import { framesWrittenGoingTo, openStoryLive, scrollToStep, watch } from './helpers';

// The prosecutions chart swaps its panels by a cross-fade (CSS opacity transitions), its series
// fade the same way, and its count axis rescales by gliding one box (layers/World.html.svelte)
// that holds the counts' marks, drawn once on the scale of the highest step: tweens that rewrote
// the panels' heights, the series' opacity and every mark's place from script every frame kept a
// step's change busy for its whole length. The panels' heights glided too, by CSS, until each
// frame of a swap laid out and measured both plots: a panel folded away now lies unseen over the
// one shown, at full size, keeping its drawing. Checked here: a step change writes an element's
// style in two frames at most (a tween wrote it in every one); once it has settled, the panel the
// step asks for is seen and the other is not, and both keep the plot's whole height; and the
// count axis's top and bottom gridlines sit on the plot's top and bottom edges.

const figure = (page: Page) => page.locator('[data-chart="prosecutions"]');

/** How far (px) the count axis's highest and lowest gridlines are from the plot's top and bottom. */
const axisOffsets = (page: Page) =>
	figure(page).evaluate((chart) => {
		const panel = chart.querySelector('.panels > .panel')!;
		const plot = panel.querySelector('.layercake-layout-html')!.getBoundingClientRect();
		const lines = [...panel.querySelectorAll('.gridline')].map(
			(g) => g.getBoundingClientRect().top
		);
		return { top: Math.min(...lines) - plot.top, bottom: Math.max(...lines) - plot.bottom };
	});

/** Each panel's share of the plot's height, and whether it can be seen. */
const panels = (page: Page) =>
	figure(page).evaluate((chart) => {
		const plot = chart.querySelector('.panels')!.getBoundingClientRect();
		return [...chart.querySelectorAll('.panels > .panel')].map((panel) => ({
			part: panel.getBoundingClientRect().height / plot.height,
			seen: getComputedStyle(panel).visibility === 'visible' && panel.checkVisibility()
		}));
	});

test('the prosecutions chart swaps its panels and rescales by CSS, with no script each frame', async ({
	page
}) => {
	test.setTimeout(60_000);
	const seen = watch(page);
	await openStoryLive(page);

	await scrollToStep(page, 'prosecutions-peak');
	await page.waitForTimeout(1200);
	const [counts, share] = await panels(page);
	expect(counts).toMatchObject({ seen: true });
	expect(counts!.part).toBeGreaterThan(0.95);
	expect(share).toMatchObject({ seen: false });

	// Peak to entry and re-entry rescales the count axis (120k to 80k), then the panels swap.
	for (const [id, shown] of [
		['prosecutions-entry-reentry', 0],
		['prosecutions-sentence-share', 1],
		['prosecutions-entry-reentry', 0]
	] as const) {
		expect(
			await framesWrittenGoingTo(page, figure(page), id),
			`to ${id}: frames in which one element's style was written`
		).toBeLessThanOrEqual(2);
		const after = await panels(page);
		expect(after[shown], id).toMatchObject({ seen: true });
		expect(after[shown]!.part, id).toBeGreaterThan(0.95);
		expect(after[1 - shown], id).toMatchObject({ seen: false });
		expect(after[1 - shown]!.part, `${id}: the panel folded away keeps its size`).toBeGreaterThan(
			0.95
		);
		if (shown === 0) {
			const { top, bottom } = await axisOffsets(page);
			expect(Math.abs(top), `${id}: the top gridline is ${top} px off the plot's top`).toBeLessThan(
				1
			);
			expect(Math.abs(bottom), `${id}: the baseline is ${bottom} px off`).toBeLessThan(1);
		}
	}
	expect(seen.errors).toEqual([]);
});
