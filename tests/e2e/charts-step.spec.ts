import { expect, test, type Locator } from '@playwright/test';
import { watch } from './helpers';

// Every chart of the story, found on the page (not listed here): each scroll section's chart must
// show each of its steps in turn as the steps scroll past, and draw something different at its
// last step than at its first. Real scrolling, one jump a step, so the whole story takes seconds.

/** The chart's drawing once it has stopped moving: two reads a frame apart agree. */
async function settled(plot: Locator): Promise<string> {
	let previous = await plot.innerHTML();
	for (let i = 0; i < 30; i++) {
		await plot.page().waitForTimeout(80);
		const current = await plot.innerHTML();
		if (current === previous) return current;
		previous = current;
	}
	return previous;
}

test('every chart steps through each of its steps as they scroll past', async ({ page }) => {
	const seen = watch(page);
	await page.goto('./');
	const sections = page.locator('main .scrolly', { has: page.locator('.graphic [data-chart]') });
	const count = await sections.count();
	// The story's scroll sections; a story with fewer would mean charts went missing.
	expect(count).toBeGreaterThanOrEqual(10);

	const charts = new Set<string>();
	for (let s = 0; s < count; s++) {
		const section = sections.nth(s);
		const figure = section.locator('.graphic [data-chart]');
		await expect(figure).toHaveCount(1);
		const chart = (await figure.getAttribute('data-chart'))!;
		charts.add(chart);
		const ids = await section.locator('.step').evaluateAll((steps) => steps.map((step) => step.id));
		expect(ids.length, `${chart} has steps`).toBeGreaterThanOrEqual(2);

		const drawings: string[] = [];
		for (const [i, id] of ids.entries()) {
			// Bring the step's text to the middle of the window, past the driver's trigger line.
			await section.locator(`[id="${id}"] .step-text`).evaluate((el) => {
				const top = el.getBoundingClientRect().top + window.scrollY;
				window.scrollTo({ top: top - window.innerHeight * 0.45, behavior: 'instant' });
			});
			await expect(figure, `${chart} (section ${s + 1}) shows step ${id}`).toHaveAttribute(
				'data-step',
				id
			);
			if (i === 0 || i === ids.length - 1) drawings.push(await settled(figure.locator('.plot')));
		}
		expect(drawings[0], `${chart}: its marks at ${ids.at(-1)} differ from ${ids[0]}`).not.toBe(
			drawings[1]
		);
		expect(drawings[1]!.length, `${chart} draws something`).toBeGreaterThan(100);
	}
	// Each chart id once, however many sections draw it.
	expect(charts.size).toBeGreaterThanOrEqual(10);
	expect(seen.errors).toEqual([]);
});
