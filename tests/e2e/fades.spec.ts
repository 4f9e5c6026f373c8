import { expect, test, type Locator } from '@playwright/test';
import { stepIds, watch, wheelToStep } from './helpers';

// The charts' labels and marks fade in through $lib/layers/fade: one Web Animation each, started
// by the page, not by Svelte's transition engine. Marks that leave go at once: no fade-out, and
// none of the placeholder animations Svelte's outros start (held at their end, `fill: forwards`)
// while a leaving mark waits to be removed. A step forward, back and forward again must leave
// every mark visible and nothing fading.

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

test('labels fade in as steps change, leaving marks go at once, and every fade ends shown', async ({
	page
}) => {
	const seen = watch(page);
	// Count the fades the page starts (the keyframes name the faded property), and the animations
	// held at their end, which only an outro starts.
	await page.addInitScript(() => {
		const w = window as unknown as { fades: number; held: number };
		w.fades = 0;
		w.held = 0;
		const animate = Element.prototype.animate;
		Element.prototype.animate = function (keyframes, options) {
			if (JSON.stringify(keyframes).includes('opacity')) w.fades++;
			if (typeof options === 'object' && options.fill === 'forwards') w.held++;
			return animate.call(this, keyframes, options);
		};
	});
	await page.goto('./');
	const ids = await stepIds(page, CHART);
	const figure = page.locator(`[data-chart="${CHART}"]`);
	for (const id of [ids[1]!, ids[0]!, ids[1]!, ids[2]!]) await wheelToStep(page, CHART, id);

	const { fades, held } = await page.evaluate(() => {
		const w = window as unknown as { fades: number; held: number };
		return { fades: w.fades, held: w.held };
	});
	expect(fades).toBeGreaterThan(0);
	expect(held).toBe(0);
	// Once the fades are over (250 ms each), none is left on the chart, finished or not.
	await expect
		.poll(() => figure.evaluate((el) => el.getAnimations({ subtree: true }).length))
		.toBe(0);
	expect(await hiddenMarks(figure)).toBe(0);
	expect(seen.errors).toEqual([]);
});

test('marks swapped back and forth faster than a fade all end shown (deck keys)', async ({
	page
}) => {
	const seen = watch(page);
	await page.goto('./');
	const [first, second] = await stepIds(page, CHART);
	await page.goto(`./present/#${second}`);
	const figure = page.locator(`.deck [data-chart="${CHART}"]`);
	await expect(figure).toHaveAttribute('data-step', second!);
	await page.waitForTimeout(500);
	// Faster than a fade: what each step brings in goes again before its fade is over.
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

test('a timeline label and its leader fade in as one', async ({ page }) => {
	// Half the fades a step starts: one Web Animation a label, on the pin both hang from.
	const seen = watch(page);
	await page.addInitScript(() => {
		const w = window as unknown as { faded: string[] };
		w.faded = [];
		const animate = Element.prototype.animate;
		Element.prototype.animate = function (keyframes, options) {
			if (this.closest('[data-chart="timeline"]')) w.faded.push(this.className.toString());
			return animate.call(this, keyframes, options);
		};
	});
	await page.goto('./present/#speech-drug-war-begins');
	const figure = page.locator('.deck [data-chart="timeline"]');
	await expect(figure).toHaveAttribute('data-step', 'speech-drug-war-begins');
	await page.waitForTimeout(500);
	for (const step of ['speech-two-lanes', 'speech-summer-2017']) {
		await page.keyboard.press('ArrowRight');
		await expect(figure).toHaveAttribute('data-step', step);
		await page.waitForTimeout(500);
	}
	const faded = await page.evaluate(() => (window as unknown as { faded: string[] }).faded);
	expect(faded.filter((c) => /\bpin\b/.test(c)).length).toBeGreaterThan(0);
	expect(faded.filter((c) => /\b(leader|event-label)\b/.test(c))).toEqual([]);
	expect(seen.errors).toEqual([]);
});
