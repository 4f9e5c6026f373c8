import { expect, test, type Locator } from '@playwright/test';
import { stepIds, watch, wheelToStep } from './helpers';

// The charts' labels and marks fade in and out through $lib/layers/fade: one Web Animation each,
// started by the page, not by Svelte's transition engine. A step forward, back and forward again
// must leave every mark visible, nothing fading and no animation held at its end: a fade-out
// that a returning label failed to undo would leave that label invisible for good.

const CHART = 'removals';

/** Marks left invisible inside a chart. */
const hiddenMarks = (figure: Locator) =>
	figure.evaluate(
		(el) =>
			[...el.querySelectorAll('*')].filter((node) => {
				const style = getComputedStyle(node);
				return style.opacity === '0' || style.filter.includes('opacity(0)');
			}).length
	);

test('labels fade as steps change, and every fade ends with the mark shown or removed', async ({
	page
}) => {
	const seen = watch(page);
	// Count the fades the page starts (the keyframes name the faded property).
	await page.addInitScript(() => {
		const w = window as unknown as { fades: number };
		w.fades = 0;
		const animate = Element.prototype.animate;
		Element.prototype.animate = function (keyframes, options) {
			if (JSON.stringify(keyframes).includes('opacity')) w.fades++;
			return animate.call(this, keyframes, options);
		};
	});
	await page.goto('./');
	const ids = await stepIds(page, CHART);
	const figure = page.locator(`[data-chart="${CHART}"]`);
	for (const id of [ids[1]!, ids[0]!, ids[1]!, ids[2]!]) await wheelToStep(page, CHART, id);

	expect(await page.evaluate(() => (window as unknown as { fades: number }).fades)).toBeGreaterThan(
		0
	);
	// Once the fades are over (250 ms each), none is left on the chart, finished or not.
	await expect
		.poll(() => figure.evaluate((el) => el.getAnimations({ subtree: true }).length))
		.toBe(0);
	expect(await hiddenMarks(figure)).toBe(0);
	expect(seen.errors).toEqual([]);
});

test('a label that comes back while it fades out is shown again (deck keys, back and forth)', async ({
	page
}) => {
	const seen = watch(page);
	await page.goto('./');
	const [first, second] = await stepIds(page, CHART);
	await page.goto(`./present/#${second}`);
	const figure = page.locator(`.deck [data-chart="${CHART}"]`);
	await expect(figure).toHaveAttribute('data-step', second!);
	await page.waitForTimeout(500);
	// Faster than a fade: what the first step drops comes back before it is gone.
	for (let i = 0; i < 3; i++) {
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowRight');
	}
	await expect(figure).toHaveAttribute('data-step', second!);
	await expect
		.poll(() => figure.evaluate((el) => el.getAnimations({ subtree: true }).length))
		.toBe(0);
	expect(await hiddenMarks(figure)).toBe(0);
	expect(first).toBeTruthy();
	expect(seen.errors).toEqual([]);
});
