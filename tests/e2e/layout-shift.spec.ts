// CLS 0 (issue 6): nothing on a page moves while it loads, at this project's screen size. Text laid
// out only near the screen (.near-screen in app.css) has an estimated height until then, so a
// block drawn on the first screen at that estimate and then at its own would move what follows it.
// Lighthouse reports the same figure in `npm run bench`; this checks it on every run, unthrottled.
import { expect, test } from '@playwright/test';

for (const { name, path } of [
	{ name: 'the story', path: './' },
	{ name: 'the about page', path: 'about/' },
	{ name: 'the guide', path: 'guide/' },
	{ name: 'the deck', path: 'present/' }
]) {
	test(`${name}: nothing moves while it loads (no layout shift)`, async ({ page }) => {
		await page.addInitScript(() => {
			const shifts: string[] = [];
			(window as unknown as { shifts: string[] }).shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources: { node?: Node | null }[];
				})[]) {
					if (entry.hadRecentInput) continue;
					const nodes = entry.sources.map((source) => source.node?.nodeName ?? '?').join(', ');
					shifts.push(`${entry.value.toFixed(3)} (${nodes})`);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		// Fonts and the page's own start-up (the story's islands, the deck) have had their go.
		await page.waitForTimeout(1500);
		expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual(
			[]
		);
	});
}
