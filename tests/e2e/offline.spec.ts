import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { watch } from './helpers';

const file = resolve(process.env.SINGLE_DIR ?? 'build-single', 'index.html');

test('the single offline file runs the story and the deck from file:// with no network', async ({
	page
}) => {
	test.skip(test.info().project.name !== 'desktop', 'one run from file:// is enough');
	const seen = watch(page);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.goto(`file://${file}`);
	await expect(page.locator('h1')).toBeVisible();
	const chart = page.locator('[data-chart="violent-crime"]');
	await expect(chart).toHaveAttribute('data-step', /.+/);
	const first = await chart.getAttribute('data-step');

	// Scroll the story: the chart steps.
	await page.locator('[id="crime-2016"]').scrollIntoViewIfNeeded();
	for (let i = 0; i < 6 && (await chart.getAttribute('data-step')) === first; i++) {
		await page.mouse.wheel(0, 300);
		await page.waitForTimeout(150);
	}
	await expect(chart).not.toHaveAttribute('data-step', first!);

	// The deck, through the hash router.
	await page.locator('a[href="#/present/"]').click();
	await expect(page.locator('.deck')).toHaveAttribute('data-index', '0');
	await page.keyboard.press('End');
	await expect(page.locator('.deck')).not.toHaveAttribute('data-index', '0');
	await page.keyboard.press('Home');
	await page.keyboard.type('9');
	await page.keyboard.press('Enter');
	await expect(page.locator('.deck')).toHaveAttribute('data-index', '8');

	expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual(
		[]
	);
	expect(seen.errors).toEqual([]);
});
