// The serif's italic is not preloaded (the first screen has none); it loads in an idle moment once
// the page has started (src/lib/fonts/later.ts). Left to load when the first italic text was drawn,
// mid-scroll, it came too late for `font-display: optional` on a slow network, or had the browser
// restyle and lay out the page's text again in one frame of the scroll (a long task at 4×).
import { expect, test } from '@playwright/test';
import { watch } from './helpers';

const italicLoaded = () =>
	[...document.fonts].some(
		(face) =>
			face.family.includes('Story Serif') && face.style === 'italic' && face.status === 'loaded'
	);

test('the italic is loaded while the reader is still on the first screen', async ({ page }) => {
	const seen = watch(page);
	await page.goto('./');
	await expect.poll(() => page.evaluate(italicLoaded), { timeout: 10_000 }).toBe(true);
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	// The story has italic text, all of it below the first screen. (Asked only now: reading an
	// element's computed style starts its face loading.)
	const firstItalic = await page.evaluate(() => {
		const italic = [...document.querySelectorAll('main *')].find(
			(el) => getComputedStyle(el).fontStyle === 'italic' && el.textContent?.trim()
		);
		return italic ? italic.getBoundingClientRect().top / window.innerHeight : undefined;
	});
	expect(firstItalic, 'italic text in the story').toBeDefined();
	expect(firstItalic!).toBeGreaterThan(1);
	expect(seen.errors).toEqual([]);
});
