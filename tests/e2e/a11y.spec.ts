// Accessibility: axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing on any page, with and without
// reduced motion, in both viewports (the config's projects); on the story after a chart has
// stepped, on the deck with its overview and its help open. Then the keyboard: the story's skip
// link and contents, and every key of the deck. Headings and languages are checked on every page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGES = ['./', 'about/', 'guide/', 'present/', 'present/presenter/'];
// Motion changes only the story's charts and the deck: the other pages are checked once per size.
const MOVING = ['./', 'present/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations, one line per failing element: "rule (impact) selector: summary". */
async function violations(page: Page, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(TAGS);
	if (include) builder.include(include);
	const results = await builder.analyze();
	return results.violations.flatMap((v) =>
		v.nodes.map(
			(node) =>
				`${v.id} (${v.impact}) ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1, 3).join(' ').trim()}`
		)
	);
}

/** Headings in document order, as screen readers list them (hidden subtrees left out). */
async function headings(page: Page): Promise<{ level: number; text: string }[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
			.filter(
				(h) =>
					!h.closest('[aria-hidden="true"], [hidden], [inert]') && h.getClientRects().length > 0
			)
			.map((h) => ({ level: Number(h.tagName[1]), text: h.textContent!.trim().slice(0, 60) }))
	);
}

function headingProblems(list: { level: number; text: string }[]): string[] {
	const problems: string[] = [];
	const h1s = list.filter((h) => h.level === 1);
	if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements (want exactly 1)`);
	if (list[0] && list[0].level !== 1)
		problems.push(`the first heading is h${list[0].level} "${list[0].text}"`);
	list.forEach((h, i) => {
		const before = list[i - 1];
		if (before && h.level > before.level + 1) {
			problems.push(`h${before.level} "${before.text}" is followed by h${h.level} "${h.text}"`);
		}
	});
	return problems;
}

/** Opens the deck and waits until it has hydrated (its live region has spoken). */
async function openDeck(page: Page) {
	await page.goto('present/');
	await page.waitForFunction(() => document.querySelector('.deck [aria-live]')?.textContent !== '');
}

/** Scrolls with the wheel until the step's own chart shows it (the same chart may appear twice). */
async function wheelToStep(page: Page, id: string) {
	const step = page.locator(`[id="${id}"]`);
	const figure = page.locator('.scrolly', { has: step }).locator('[data-step]').first();
	for (let i = 0; i < 80; i++) {
		if ((await figure.getAttribute('data-step')) === id) return;
		const top = await step.evaluate((el) => el.getBoundingClientRect().top);
		await page.mouse.wheel(
			0,
			Math.max(-1500, Math.min(1500, top - 0.4 * page.viewportSize()!.height))
		);
		await page.waitForTimeout(100);
	}
	await expect(figure).toHaveAttribute('data-step', id);
}

for (const motion of ['no-preference', 'reduce'] as const) {
	test.describe(`axe, motion: ${motion}`, () => {
		test.use({ reducedMotion: motion });
		// Soft assertions: one run reports every finding on the page, not only the first.

		for (const path of motion === 'reduce' ? MOVING : PAGES) {
			test(`${path}: no WCAG A/AA violations; one h1, no skipped heading levels; lang set`, async ({
				page
			}) => {
				if (path === 'present/') await openDeck(page);
				else await page.goto(path);
				await page.waitForLoadState('networkidle');
				expect.soft(await violations(page), 'axe violations on load').toEqual([]);
				expect.soft(headingProblems(await headings(page))).toEqual([]);

				const langs = await page.evaluate(() => ({
					html: document.documentElement.lang,
					others: [...document.querySelectorAll('body [lang]')].map((el) => el.getAttribute('lang'))
				}));
				expect.soft(langs.html).toBe('en');
				for (const lang of langs.others)
					expect.soft(lang).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

				if (path === './') {
					// Into a chart section: the chart has stepped, its labels and notes are on screen.
					const ids = await page
						.locator('.scrolly')
						.nth(1)
						.locator('.step')
						.evaluateAll((steps) => steps.map((s) => s.id));
					await wheelToStep(page, ids[1]!);
					await page.waitForTimeout(motion === 'reduce' ? 100 : 800);
					// The rest of the page was checked above: only this section has changed.
					await page
						.locator(`[id="${ids[1]}"]`)
						.evaluate((step) => step.closest('.scrolly')!.setAttribute('data-axe-here', ''));
					expect
						.soft(await violations(page, '[data-axe-here]'), `axe violations at step ${ids[1]}`)
						.toEqual([]);
				}
				if (path === 'present/') {
					await page.keyboard.press('ArrowRight');
					await page.keyboard.press('o');
					await expect(page.locator('dialog.overview[open]')).toBeVisible();
					expect.soft(await violations(page), 'axe violations with the overview open').toEqual([]);
					await page.keyboard.press('Escape');
					await expect(page.locator('dialog.overview')).toHaveCount(0);
					await page.keyboard.press('?');
					await expect(page.locator('dialog.help[open]')).toBeVisible();
					expect.soft(await violations(page), 'axe violations with the help open').toEqual([]);
				}
			});
		}
	});
}

test.describe('keyboard', () => {
	test('story: skip link first and visible, Enter moves focus to main, contents links show focus', async ({
		page
	}) => {
		await page.goto('./');
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		await expect(skip).toBeFocused();
		const box = (await skip.boundingBox())!;
		const viewport = page.viewportSize()!;
		expect(box.y, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
		await expect(skip).toBeInViewport();

		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
		const focusInMain = await page.evaluate(() => {
			const main = document.querySelector('main')!;
			return document.activeElement === main || main.contains(document.activeElement);
		});
		// Soft: the walk below goes on either way (Chrome starts the next Tab from the target).
		expect.soft(focusInMain, 'after Enter on the skip link, focus is on (or in) <main>').toBe(true);

		// Tab on until the table of contents; its links show a visible focus ring.
		let reached = false;
		for (let i = 0; i < 15 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => !!document.activeElement?.closest('nav.toc a, .toc a'));
		}
		expect(reached, 'Tab reaches the table of contents').toBe(true);
		const ring = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement!);
			return {
				style: style.outlineStyle,
				width: parseFloat(style.outlineWidth),
				color: style.outlineColor
			};
		});
		expect(ring.style).not.toBe('none');
		expect(ring.width).toBeGreaterThanOrEqual(2);
		expect(ring.color).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);

		// Following a contents link lands on its chapter.
		const href = await page.evaluate(() => document.activeElement!.getAttribute('href'));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${href}$`));
		await expect(page.locator(href!)).toBeInViewport();
	});

	// tests/e2e/deck.spec.ts presses every key of the deck; this adds what it leaves out: the
	// capital letters, O closing what it opened, and the URL naming the slide after each move.
	test('deck: capital B, O and F work like small ones; the URL follows every move', async ({
		page
	}) => {
		await openDeck(page);
		const deck = page.locator('.deck');
		for (const key of [
			'ArrowRight',
			'ArrowDown',
			'PageDown',
			'Space',
			'ArrowLeft',
			'ArrowUp',
			'PageUp',
			'End',
			'Home'
		]) {
			const before = await deck.getAttribute('data-slide');
			await page.keyboard.press(key);
			await expect(deck, `${key} moves the deck`).not.toHaveAttribute('data-slide', before!);
			const slide = await deck.getAttribute('data-slide');
			await expect(page, `after ${key}`).toHaveURL(new RegExp(`#${slide}$`));
		}
		await page.keyboard.press('B');
		await expect(page.locator('[data-blackout]')).toBeVisible();
		await page.keyboard.press('B');
		await expect(page.locator('[data-blackout]')).toHaveCount(0);
		await page.keyboard.press('O');
		await expect(page.locator('dialog.overview[open]')).toBeVisible();
		await page.keyboard.press('O');
		await expect(page.locator('dialog.overview')).toHaveCount(0);
		await page.keyboard.press('F');
		await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
		await page.keyboard.press('F');
		await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
	});
});
