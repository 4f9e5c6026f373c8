// Robustness: jumps, resizes, rotations, reloads and key-hammering all end on the right step,
// with every chart showing it and nothing in the console. "The right step" is the driver's rule
// (src/lib/scrolly/active-step.ts): in each scroll section, the last step whose top edge is at or
// above 60% of the viewport height (the first step when none is).
import { expect, test, type Page } from '@playwright/test';

const TRIGGER = 0.6;

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(String(error)));
	return errors;
}

/** For every scroll section whose chart does not show the step the geometry says, one line. */
function mismatches(page: Page): Promise<string[]> {
	return page.evaluate((trigger) => {
		const line = window.innerHeight * trigger;
		return [...document.querySelectorAll('.scrolly')].flatMap((section, i) => {
			const steps = [...section.querySelectorAll<HTMLElement>('.step')];
			let active = 0;
			steps.forEach((step, index) => {
				if (step.getBoundingClientRect().top <= line) active = index;
			});
			const want = steps[active]?.id;
			const shown = section.querySelector<HTMLElement>('[data-step]')?.dataset.step;
			return want === shown
				? []
				: [`section ${i + 1}: chart shows "${shown}", the reader is at "${want}"`];
		});
	}, TRIGGER);
}

/** Waits for the driver to settle, then expects every chart to match its step. */
async function expectChartsMatch(page: Page, when: string) {
	await expect.poll(() => mismatches(page), { message: when, timeout: 5_000 }).toEqual([]);
}

/** All step ids of the story, in reading order. */
const allSteps = (page: Page) =>
	page.locator('.scrolly .step').evaluateAll((steps) => steps.map((step) => step.id));

/** Brings a step into the trigger zone with the wheel, as a reader would (after a quick jump near it). */
async function wheelToStep(page: Page, id: string) {
	const step = page.locator(`[id="${id}"]`);
	const height = page.viewportSize()!.height;
	const top = await step.evaluate((el) => el.getBoundingClientRect().top);
	if (Math.abs(top) > 3 * height) {
		await page.evaluate((y) => window.scrollBy(0, y), top - 0.4 * height - height);
	}
	const figure = page.locator('.scrolly', { has: step }).locator('[data-step]').first();
	for (let i = 0; i < 40; i++) {
		const now = await step.evaluate((el) => el.getBoundingClientRect().top);
		if (
			now <= TRIGGER * height &&
			now >= 0.2 * height &&
			(await figure.getAttribute('data-step')) === id
		)
			return;
		await page.mouse.wheel(0, Math.max(-800, Math.min(800, now - 0.4 * height)));
		await page.waitForTimeout(100);
	}
	await expect(figure).toHaveAttribute('data-step', id);
}

/**
 * Presses `key` until the window has scrolled as `arrived` says. On a heavily loaded machine
 * Chromium has, about once in a dozen full runs, not acted on a key (End during start-up, Home
 * after End); alone it never happened in 6 to 16 repeats, and we did not find why. A reader would
 * press again: so does this, once, and says so.
 */
async function pressTo(page: Page, key: string, arrived: (scrollY: number) => boolean) {
	for (let attempt = 1; ; attempt++) {
		await page.keyboard.press(key);
		try {
			await expect
				.poll(async () => arrived(await page.evaluate(() => window.scrollY)), { timeout: 4000 })
				.toBe(true);
			return;
		} catch (error) {
			if (attempt === 2) throw error;
			test.info().annotations.push({ type: 'key pressed again', description: key });
		}
	}
}

test('End, then Home: every chart lands on its last step, then on its first', async ({ page }) => {
	const errors = watchErrors(page);
	// Once the page and its charts' code have loaded: a key pressed while the page is still
	// starting up was, once in a dozen runs on a busy machine, not acted on.
	await page.goto('./', { waitUntil: 'networkidle' });
	await pressTo(page, 'End', (y) => y > 1000);
	await expectChartsMatch(page, 'after End');
	await pressTo(page, 'Home', (y) => y === 0);
	await expectChartsMatch(page, 'after Home');

	// The same with scrollTo, which fires no keyboard event.
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await expectChartsMatch(page, 'after scrollTo(bottom)');
	await page.evaluate(() => window.scrollTo(0, 0));
	await expectChartsMatch(page, 'after scrollTo(top)');
	expect(errors).toEqual([]);
});

test('resizing 1440 → 360 → 1440 in the middle of the story keeps charts and steps together', async ({
	page
}) => {
	test.skip(test.info().project.name !== 'desktop', 'it sets its own sizes: one run is enough');
	const errors = watchErrors(page);
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('./');
	const ids = await allSteps(page);
	await wheelToStep(page, ids[Math.floor(ids.length / 2)]!);
	await expectChartsMatch(page, 'at 1440 px');
	for (const width of [360, 1440]) {
		await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
		await expectChartsMatch(page, `after resizing to ${width} px`);
	}
	expect(errors).toEqual([]);
});

test('rotating between 390×844 and 844×390 keeps charts and steps together', async ({ page }) => {
	test.skip(test.info().project.name !== 'desktop', 'it sets its own sizes: one run is enough');
	const errors = watchErrors(page);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('./');
	const ids = await allSteps(page);
	await wheelToStep(page, ids[Math.floor(ids.length / 3)]!);
	await expectChartsMatch(page, 'portrait');
	for (const [width, height] of [
		[844, 390],
		[390, 844],
		[844, 390],
		[390, 844]
	] as const) {
		await page.setViewportSize({ width, height });
		await expectChartsMatch(page, `after rotating to ${width}×${height}`);
	}
	expect(errors).toEqual([]);
});

test('a reload at ten points down the story comes back to the same step', async ({ page }) => {
	test.setTimeout(180_000);
	const errors = watchErrors(page);
	await page.goto('./');
	const ids = await allSteps(page);
	expect(ids.length).toBeGreaterThanOrEqual(10);
	// Ten steps spread across the story, none of them the very first.
	const picks = Array.from(
		{ length: 10 },
		(_, i) => ids[Math.round(((i + 1) * (ids.length - 1)) / 10)]!
	);
	for (const id of picks) {
		// Straight to the step (the wheel is tested above): this test is about the reload.
		await page.locator(`[id="${id}"]`).evaluate((el) => {
			window.scrollBy(0, el.getBoundingClientRect().top - 0.4 * innerHeight);
		});
		await expectChartsMatch(page, `before reloading at ${id}`);
		await page.reload();
		const figure = page
			.locator('.scrolly', { has: page.locator(`[id="${id}"]`) })
			.locator('[data-step]')
			.first();
		await expect(figure, `after reloading at ${id}`).toHaveAttribute('data-step', id);
		await expectChartsMatch(page, `after reloading at ${id}`);
	}
	expect(errors).toEqual([]);
});

test('the deck survives 200 keys pressed as fast as possible', async ({ page }) => {
	test.skip(
		test.info().project.name !== 'desktop',
		'keys do not depend on the viewport: one run is enough'
	);
	const errors = watchErrors(page);
	await page.goto('present/');
	const deck = page.locator('.deck');
	await expect(deck).toHaveAttribute('data-index', '0');
	// Hydrated once the live region has spoken: keys before that would fall on a static page.
	await page.waitForFunction(() => document.querySelector('.deck [aria-live]')?.textContent !== '');
	const total = Number(
		await page.locator('.counter').evaluate((el) => el.textContent!.match(/\/\s*(\d+)/)![1])
	);

	// Every key of the deck but P, which opens the presenter window. A fixed seed: the same run every time.
	const keys = [
		'ArrowRight',
		'ArrowDown',
		'PageDown',
		'Space',
		'ArrowLeft',
		'ArrowUp',
		'PageUp',
		'Home',
		'End'
	];
	keys.push(...'0123456789'.split(''), 'Enter', 'f', 'b', '.', 'o', 'Escape', '?');
	let seed = 20170801;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	for (let i = 0; i < 200; i++)
		await page.keyboard.press(keys[Math.floor(random() * keys.length)]!);

	await page.waitForTimeout(300);
	const index = Number(await deck.getAttribute('data-index'));
	expect(index).toBeGreaterThanOrEqual(0);
	expect(index).toBeLessThan(total);
	const slide = await deck.getAttribute('data-slide');
	expect(await page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(slide);
	await expect(page.locator('.counter')).toContainText(`${index + 1} / ${total}`);
	expect(errors).toEqual([]);
});
