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
