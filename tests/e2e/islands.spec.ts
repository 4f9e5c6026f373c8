import { expect, test } from '@playwright/test';
import { watch } from './helpers';

// Each scroll section of the story comes alive over the server's markup in a task of its own
// (lib/story/islands.ts). Hydration that fails to match the markup does not fail loudly:
// Svelte clears the section and draws it again, and the page's start-up is long once more.
// Watched here: no section, step or chart frame leaves the page while every chart goes live.

test('the story adopts every scroll section the server drew, and draws none again', async ({
	page
}) => {
	const seen = watch(page);
	await page.addInitScript(() => {
		const w = window as unknown as { redrawn: string[]; replaced: number };
		w.redrawn = [];
		w.replaced = 0;
		new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.removedNodes) {
					if (!(node instanceof Element)) continue;
					// A live chart takes the place of the server's drawing: that one is meant to go.
					if (node.matches('.drawing')) w.replaced++;
					else if (node.matches('.scrolly, .step, .graphic, .section-island, .chart-notes'))
						w.redrawn.push(node.className);
				}
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('./');
	const sections = await page.locator('.scrolly').count();
	expect(sections).toBeGreaterThan(5);
	// Every section came alive: each chart, once live, replaced the server's drawing.
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { replaced: number }).replaced), {
			timeout: 30_000
		})
		.toBe(sections);
	expect(await page.evaluate(() => (window as unknown as { redrawn: string[] }).redrawn)).toEqual(
		[]
	);
	expect(seen.errors).toEqual([]);
});
