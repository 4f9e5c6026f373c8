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
	// Stepped with the keys, each slide's chart shows that slide's step.
	for (let i = 0; i < 3; i++) {
		await page.keyboard.press('ArrowRight');
		const slide = await page.locator('.deck').getAttribute('data-slide');
		const chart = page.locator('.deck [data-chart]');
		if ((await chart.count()) > 0) await expect(chart).toHaveAttribute('data-step', slide!);
	}

	// P opens the presenter view from the same file, and it follows the deck.
	const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
	await expect(presenter).toHaveURL(/#\/present\/presenter/);
	const slide = await page.locator('.deck').getAttribute('data-slide');
	await expect(presenter.locator('.presenter')).toHaveAttribute('data-slide', slide!);
	await page.keyboard.press('ArrowRight');
	const next = await page.locator('.deck').getAttribute('data-slide');
	await expect(presenter.locator('.presenter')).toHaveAttribute('data-slide', next!);

	expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual(
		[]
	);
	expect(seen.errors).toEqual([]);
});

test('the single offline file shows its own fonts, not the fallbacks', async ({ page }) => {
	test.skip(test.info().project.name !== 'desktop', 'one run from file:// is enough');
	await page.goto(`file://${file}`);
	await expect(page.locator('h1')).toBeVisible();
	await page.evaluate(() => document.fonts.ready);
	// Ask the renderer which font it actually drew the title and a chart label with.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument');
	const drawnWith = async (selector: string) => {
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		return fonts.map((font) => font.familyName);
	};
	// (The names come from the font files: "Story Serif", "Public Sans Thin SemiBold"…)
	await expect.poll(async () => (await drawnWith('h1')).join()).toMatch(/^Story Serif/);
	// A chart far from the screen is not drawn at all (content-visibility: auto), so bring it near.
	await page.locator('[data-chart] .chart-title').first().scrollIntoViewIfNeeded();
	await expect
		.poll(async () => (await drawnWith('[data-chart] .chart-title')).join())
		.toMatch(/^Public Sans/);
});
