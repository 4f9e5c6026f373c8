import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('without JavaScript the story, its charts and every step description are there', async ({
	page
}) => {
	await page.goto('./');
	await expect(page.locator('h1')).toBeVisible();
	const chapters = page.locator('.chapter h2');
	expect(await chapters.count()).toBeGreaterThanOrEqual(1);

	const section = page.locator('.scrolly', { has: page.locator('[data-chart="violent-crime"]') });
	await expect(section.locator('svg path').first()).toBeAttached();
	const d = await section.locator('svg path').first().getAttribute('d');
	expect(d?.length ?? 0).toBeGreaterThan(50);

	// Each step's "what the chart shows" sentence is visible, not only to screen readers.
	const descriptions = section.locator('.chart-now');
	const count = await descriptions.count();
	expect(count).toBeGreaterThanOrEqual(4);
	for (let i = 0; i < count; i++) {
		await expect(descriptions.nth(i)).toBeVisible();
		expect((await descriptions.nth(i).boundingBox())!.width).toBeGreaterThan(100);
	}
});

// The charts' code, and the CSS that comes with it, loads late; the server's drawings must be
// styled from the start all the same (src/lib/story/chart-stylesheets.ts links their CSS).
test('without JavaScript every chart the server drew is styled', async ({ page }) => {
	await page.goto('./');
	const charts = await page.locator('figure[data-chart]').evaluateAll((figures) =>
		figures.map((figure) => {
			const title = figure.querySelector('.chart-title');
			const layer = figure.querySelector('.layercake-layout-html > *, [class*="label"]');
			return {
				chart: figure.getAttribute('data-chart'),
				titleWeight: title ? getComputedStyle(title).fontWeight : 'no title',
				layerPosition: layer ? getComputedStyle(layer).position : 'no layer'
			};
		})
	);
	expect(charts.length).toBeGreaterThanOrEqual(10);
	for (const chart of charts) {
		expect(chart.titleWeight, `${chart.chart}: its title in the chart font`).toBe('600');
		expect(chart.layerPosition, `${chart.chart}: its labels placed`).toBe('absolute');
	}
});
