// The story's first layout skips what is far from the screen (content-visibility: auto): the
// charts' labels were most of its largest task at start-up. Checked with checkVisibility, which
// reports an element skipped that way as not visible.
import { expect, test } from '@playwright/test';

const skipped = (selector: string) =>
	`[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => !el.checkVisibility({ contentVisibilityAuto: true }))`;

test('charts and chart notes far from the screen are not rendered until the reader nears them', async ({
	page
}) => {
	await page.goto('./');
	await page.waitForLoadState('networkidle');
	const charts = (await page.evaluate(skipped('.graphic-inner [data-chart]'))) as boolean[];
	const notes = (await page.evaluate(skipped('.chart-notes .summary'))) as boolean[];
	expect(charts.length, 'scroll sections').toBeGreaterThanOrEqual(10);
	// At the top of the page, only the first section can be near the screen.
	expect(charts.slice(1).every(Boolean), `charts skipped: ${charts}`).toBe(true);
	expect(notes.slice(1).every(Boolean), `notes skipped: ${notes}`).toBe(true);

	// Scrolled to a step, its chart is drawn and seen.
	const last = page.locator('.scrolly').last();
	const id = await last.locator('.step').first().getAttribute('id');
	await page.goto(`./#${id}`);
	await expect(last.locator('[data-chart]').first()).toHaveAttribute('data-step', id!);
	await expect
		.poll(() =>
			last
				.locator('.graphic-inner')
				.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))
		)
		.toBe(true);
});
