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

test('the reading place is kept when the reader leaves, not read while scrolling', async ({
	page
}) => {
	// Reading it meant every anchor's box, a layout forced in the middle of a step's changes.
	await page.goto('./');
	const ids = await stepIds(page, CHART);
	await wheelToStep(page, CHART, ids[1]!);
	await page.waitForTimeout(500);
	const saved = () =>
		page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('reading-')));
	expect(await saved()).toEqual([]);
	await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
	expect(await saved()).toHaveLength(1);
});

/** Records, from the first paint, every step the chart shows. */
async function recordSteps(page: import('@playwright/test').Page) {
	await page.addInitScript((chart) => {
		const seen: string[] = [];
		(window as unknown as { seen: string[] }).seen = seen;
		new MutationObserver(() => {
			const step = document.querySelector(`[data-chart="${chart}"]`)?.getAttribute('data-step');
			if (step && seen.at(-1) !== step) seen.push(step);
		}).observe(document, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['data-step']
		});
	}, CHART);
	return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

test('a link to a step opens on that step without firing the steps before it', async ({ page }) => {
	await page.goto('./');
	const ids = await stepIds(page, CHART);
	const last = ids.at(-1)!;
	await page.goto('about:blank');
	const seen = await recordSteps(page);
	await page.goto(`./#${last}`);
	await expect(page.locator(`[data-chart="${CHART}"]`)).toHaveAttribute('data-step', last);
	await page.waitForTimeout(300);
	// The server-rendered first state, then straight to the linked step: nothing in between.
	expect((await seen()).filter((id) => id !== ids[0])).toEqual([last]);
});

test('a fast fling lands on one step without stepping through the ones it passed', async ({
	page
}) => {
	const seen = await recordSteps(page);
	await page.goto('./');
	const ids = await stepIds(page, CHART);
	await wheelToStep(page, CHART, ids[0]!);
	await page.evaluate(() => ((window as unknown as { seen: string[] }).seen.length = 0));
	// Fling: 400 px every 10 ms to just past the last step of the section, timed inside the page
	// (Playwright's own round trips can take longer than the driver's settle time on a busy machine).
	await page.locator(`[id="${ids.at(-1)}"]`).evaluate(async (el) => {
		const distance = el.getBoundingClientRect().top - innerHeight * 0.3;
		for (let moved = 0; moved < distance; moved += 400) {
			window.scrollBy(0, Math.min(400, distance - moved));
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	});
	await page.waitForTimeout(600);
	// It lands where the driver's rule says (the last step whose top passed 60% of the height)…
	const expected = await page.evaluate((ids) => {
		let active = ids[0]!;
		for (const id of ids) {
			if (document.getElementById(id)!.getBoundingClientRect().top <= innerHeight * 0.6)
				active = id;
		}
		return active;
	}, ids);
	expect(expected).not.toBe(ids[0]);
	await expect(page.locator(`[data-chart="${CHART}"]`)).toHaveAttribute('data-step', expected);
	// …and passing every step in between would have shown them all.
	expect((await seen()).length).toBeLessThan(ids.length);
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
