import { expect, test, type Page } from '@playwright/test';
import { framesWrittenGoingTo, openStoryLive, scrollToStep, watch } from './helpers';

// A line that grows to the step's end year (violent crime, drug arrests, the drug budget, the
// imprisonment rate, removals, detention, apprehensions and prosecutions) is drawn whole once; a
// Reveal box (layers/Reveal.svelte) shows it up to that year, and its edge glides there by
// transforms the compositor runs. A tween of the line's end had re-drawn its path from script in
// every frame of the glide. Checked here: a step change writes an element's style or path in two
// frames at most, and once settled the cut stands at the end year (the step's last dot), with the
// line drawn on past it, hidden, where the data goes on.

const figure = (page: Page, chart: string) => page.locator(`[data-chart="${chart}"]`);

/** The cut's x, the rightmost dot's centre and the line's right end, in px. */
const edges = (page: Page, chart: string) =>
	figure(page, chart).evaluate((chart) => {
		const right = (el: Element | null) => el?.getBoundingClientRect().right ?? NaN;
		const dots = [...chart.querySelectorAll('.dot')].map((d) => {
			const box = d.getBoundingClientRect();
			return box.left + box.width / 2;
		});
		return {
			cut: right(chart.querySelector('.reveal')),
			lastDot: Math.max(...dots),
			lineEnd: Math.max(...[...chart.querySelectorAll('.reveal path.line')].map(right))
		};
	});

// Each chart, the step it starts on, and the steps it goes to: forth, and back.
const walks = [
	['violent-crime', 'crime-rise', ['crime-fall', 'crime-2016', 'crime-fall']],
	[
		'removals',
		'removals-before-1988',
		['removals-after-1996', 'removals-peak', 'removals-after-1996']
	],
	[
		'detention',
		'detention-1980s',
		['detention-after-1996', 'detention-2016', 'detention-after-1996']
	],
	[
		'prosecutions',
		'prosecutions-before-streamline',
		['prosecutions-peak', 'prosecutions-before-streamline']
	]
] as const;

for (const [chart, start, steps] of walks) {
	test(`${chart}: the line grows to the step’s end year by a CSS glide of its cut, with no script each frame`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		const seen = watch(page);
		await openStoryLive(page);
		await scrollToStep(page, start);
		await page.waitForTimeout(1200);

		for (const id of steps) {
			expect(
				await framesWrittenGoingTo(page, figure(page, chart), id, ['style', 'd']),
				`to ${id}: frames in which one element's style or path was written`
			).toBeLessThanOrEqual(2);
			const { cut, lastDot, lineEnd } = await edges(page, chart);
			// The cut passes the end year's dot by the 2 px that keep a round line cap whole.
			expect(cut - lastDot, `${id}: the cut against the end year's dot`).toBeGreaterThan(0.5);
			expect(cut - lastDot, `${id}: the cut against the end year's dot`).toBeLessThan(3.5);
			expect(lineEnd, `${id}: the line is drawn to its last year`).toBeGreaterThanOrEqual(cut - 3);
		}
		expect(seen.errors).toEqual([]);
	});
}
