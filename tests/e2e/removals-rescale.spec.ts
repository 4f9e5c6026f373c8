import { expect, test, type Page } from '@playwright/test';
import { framesWrittenGoingTo, openStoryLive, scrollToStep, watch } from './helpers';

// The removals chart's value axis rescales when the returns line comes in (500k to about 2.4M) and
// goes back. Its ticks, line, dots and labels are drawn once on the scale of the highest step, in
// World boxes (layers/World.html.svelte) that glide to the step's part of it by CSS; the callouts,
// whose rows count from the plot's top, glide their leaders the same way. A tween of the axis had
// re-placed every mark from script in every frame of the rescale. Checked here: a step change
// writes an element's style in two frames at most (the tween wrote some in every one), and once it
// has settled the baseline sits on the plot's floor and the top tick where the step's scale puts it.

const figure = (page: Page) => page.locator('[data-chart="removals"]');

/** Each gridline's value and its height up the plot, as a share of the plot's height. */
const gridlines = (page: Page) =>
	figure(page).evaluate((chart) => {
		const plot = chart.querySelector('.layercake-layout-html')!.getBoundingClientRect();
		return [...chart.querySelectorAll('.axis-y .gridline')].map((line) => ({
			label: line.textContent?.trim() ?? '',
			up: (plot.bottom - line.getBoundingClientRect().top) / plot.height
		}));
	});

test('the removals chart rescales its value axis by CSS, with no script each frame', async ({
	page
}) => {
	test.setTimeout(60_000);
	const seen = watch(page);
	await openStoryLive(page);
	await scrollToStep(page, 'removals-peak');
	await page.waitForTimeout(1200);

	for (const [id, top] of [
		['removals-and-returns', '2M'],
		['removals-peak', '500k']
	] as const) {
		expect(
			await framesWrittenGoingTo(page, figure(page), id),
			`to ${id}: frames in which one element's style was written`
		).toBeLessThanOrEqual(2);
		const lines = await gridlines(page);
		const baseline = lines.find((l) => l.label === '0');
		const highest = lines.find((l) => l.label === top);
		expect(baseline, `${id}: ${JSON.stringify(lines)}`).toBeDefined();
		expect(Math.abs(baseline!.up), `${id}: the baseline is off the floor`).toBeLessThan(0.01);
		expect(highest, `${id}: ${JSON.stringify(lines)}`).toBeDefined();
		// 500k tops the removals' own scale; with returns the scale runs to 1.45 × their peak.
		const expected = top === '500k' ? 1 : 2_000_000 / (1_675_876 * 1.45);
		expect(highest!.up, `${id}: the ${top} gridline`).toBeCloseTo(expected, 2);
		for (const line of lines)
			expect(line.up, `${id}: ${line.label} in the plot`).toBeLessThan(1.01);
	}
	expect(seen.errors).toEqual([]);
});
