import { expect, test } from '@playwright/test';
import { horizontalOverflow, settledMarks, stepIds, watch, wheelToStep } from './helpers';

const CHART = 'violent-crime';

test('scrolling steps the chart: data-step and the drawn marks change at every step', async ({
	page
}) => {
	const seen = watch(page);
	await page.goto('./');
	const ids = await stepIds(page, CHART);
	expect(ids.length).toBeGreaterThanOrEqual(4);
	const figure = page.locator(`[data-chart="${CHART}"]`);
	await expect(figure).toHaveAttribute('data-step', ids[0]!);

	const drawings: string[] = [];
	for (const id of ids) {
		await wheelToStep(page, CHART, id);
		drawings.push(await settledMarks(page, CHART));
	}
	for (let i = 1; i < drawings.length; i++) {
		expect(drawings[i], `marks at step ${ids[i]} differ from the step before`).not.toBe(
			drawings[i - 1]
		);
	}
	// The line itself grows as the first steps pass.
	expect(drawings[0]).toContain('<path');
	expect(seen.errors).toEqual([]);
	expect(seen.foreign).toEqual([]);
});

test('no horizontal overflow, at this size and at 320 px', async ({ page }) => {
	await page.goto('./');
	expect(await horizontalOverflow(page)).toBe(0);
	await page.setViewportSize({ width: 320, height: 640 });
	await page.waitForTimeout(200);
	expect(await horizontalOverflow(page)).toBe(0);
});

test('a reload halfway down lands on the step in view', async ({ page }) => {
	const seen = watch(page);
	await page.goto('./');
	const ids = await stepIds(page, CHART);
	const middle = ids[Math.floor(ids.length / 2)]!;
	await wheelToStep(page, CHART, middle);
	await page.reload();
	await expect(page.locator(`[data-chart="${CHART}"]`)).toHaveAttribute('data-step', middle);
	expect(seen.errors).toEqual([]);
});

test('a link to a step opens on that step without firing the steps before it', async ({ page }) => {
	await page.goto('./');
	const ids = await stepIds(page, CHART);
	const last = ids.at(-1)!;
	await page.goto(`./#${last}`);
	await page.reload();
	// Record every value data-step takes from the first paint on.
	const figure = page.locator(`[data-chart="${CHART}"]`);
	await expect(figure).toHaveAttribute('data-step', last);
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('the chart jumps straight to the new state: nothing animates', async ({ page }) => {
		await page.goto('./');
		const ids = await stepIds(page, CHART);
		await wheelToStep(page, CHART, ids[1]!);
		const path = page.locator(`[data-chart="${CHART}"] path`).first();
		const first = await path.getAttribute('d');
		await page.waitForTimeout(50);
		expect(await path.getAttribute('d')).toBe(first);
		expect(
			await page.evaluate(
				() => document.getAnimations().filter((a) => a.playState === 'running').length
			)
		).toBe(0);
	});
});
