import { expect, test, type Page } from '@playwright/test';
import { watch } from './helpers';

// A chart's code arrives late. Vite's loader would add a <link> to the page for each module and
// stylesheet that code needs, each one a few ms of a task in the middle of a reader's scroll.
// The story page names the charts' stylesheets, which chart-styles.css already holds (disabled,
// so never fetched), and the build preloads no modules for late code (vite.config.ts), so
// charts going live add no link at all. The deck, which has no chart-styles.css, still gets
// its charts' stylesheets from the loader.

const links = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('link')].map(
			(link) => `${link.rel}${link.disabled ? ' (disabled)' : ''} ${link.getAttribute('href')}`
		)
	);

/** The typeface and weight of the chart's title in `scope` (the deck scales the size). */
const titleFont = (page: Page, scope: string) =>
	page
		.locator(`${scope} [data-chart] .chart-title`)
		.first()
		.evaluate((el) => {
			const style = getComputedStyle(el);
			return `${style.fontFamily} ${style.fontWeight}`;
		});

test('the story: every chart goes live, styled, and the page gains no link', async ({ page }) => {
	const seen = watch(page);
	// Count the charts as they go live (each replaces the server's drawing).
	await page.addInitScript(() => {
		const w = window as unknown as { replaced: number };
		w.replaced = 0;
		new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.removedNodes)
					if (node instanceof Element && node.matches('.drawing')) w.replaced++;
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('./');
	// The page's own start-up preloads, which its boot script adds one per task once the page
	// has painted (lib/server/paint-first.ts): all of them, as the script lists them, are in.
	await page.waitForFunction(() => {
		const boot = [...document.scripts].map((script) => script.textContent ?? '');
		const listed = boot.map((text) => /const bootPreloads = (\[.*?\]);/.exec(text)?.[1]);
		const hrefs: string[] = JSON.parse(listed.find(Boolean) ?? '[]');
		const preloads = document.querySelectorAll('link[rel=modulepreload]').length;
		return hrefs.length > 0 && preloads === hrefs.length;
	});
	const before = await links(page);
	expect(before.filter((link) => link.includes('(disabled)')).length).toBeGreaterThan(3);
	const serverFont = await titleFont(page, '.graphic');
	const sections = await page.locator('.scrolly').count();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { replaced: number }).replaced), {
			timeout: 30_000
		})
		.toBe(sections);
	expect(await links(page)).toEqual(before);
	expect(await titleFont(page, '.graphic')).toBe(serverFont);
	expect(seen.errors).toEqual([]);
});

test('the deck: its charts are styled, their stylesheets added by the loader', async ({ page }) => {
	const seen = watch(page);
	await page.goto('./');
	const storyFont = await titleFont(page, '.graphic');
	// The deck's own start-up preloads, which its boot script adds all in one task once the
	// page has painted (lib/server/paint-first.ts): counted when the first of them appears.
	await page.addInitScript(() => {
		const observer = new MutationObserver(() => {
			const preloads = document.querySelectorAll('link[rel=modulepreload]').length;
			if (preloads === 0) return;
			(window as unknown as { preloads: number }).preloads = preloads;
			observer.disconnect();
		});
		observer.observe(document, { childList: true, subtree: true });
	});
	await page.goto('./present/#speech-two-lanes');
	await expect(page.locator('.deck [data-chart]')).toHaveAttribute('data-step', 'speech-two-lanes');
	await expect.poll(() => titleFont(page, '.deck')).toBe(storyFont);
	const preloads = (await links(page)).filter((link) => link.startsWith('modulepreload'));
	expect(preloads.length).toBe(
		await page.evaluate(() => (window as unknown as { preloads: number }).preloads)
	);
	expect(seen.errors).toEqual([]);
});
