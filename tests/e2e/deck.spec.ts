import { expect, test, type Page } from '@playwright/test';
import { watch } from './helpers';

const deck = (page: Page) => page.locator('.deck');
const index = async (page: Page) => Number(await deck(page).getAttribute('data-index'));

async function openDeck(page: Page, hash = '') {
	await page.goto(`./present/${hash}`);
	await expect(deck(page)).toHaveAttribute('data-index', /\d+/);
	// Hydrated once the live region has spoken.
	await page.waitForFunction(() => document.querySelector('.deck [aria-live]')?.textContent !== '');
}

test.describe('deck keys', () => {
	test('next and previous keys, Home, End, and a number then Enter', async ({ page }) => {
		const seen = watch(page);
		await openDeck(page);
		const count = await page
			.locator('.deck .counter')
			.textContent()
			.then((t) => Number(t!.split('/')[1]));
		expect(count).toBeGreaterThan(20);
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) {
			const before = await index(page);
			await page.keyboard.press(key);
			expect(await index(page), `${key} goes forward`).toBe(before + 1);
		}
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) {
			const before = await index(page);
			await page.keyboard.press(key);
			expect(await index(page), `${key} goes back`).toBe(before - 1);
		}
		await page.keyboard.press('End');
		expect(await index(page)).toBe(count - 1);
		await page.keyboard.press('Home');
		expect(await index(page)).toBe(0);
		await page.keyboard.type('12');
		await page.keyboard.press('Enter');
		expect(await index(page)).toBe(11);
		await expect(page.locator('.deck [aria-live]')).toHaveText(
			new RegExp(`^Slide 12 of ${count}: .+`)
		);
		expect(seen.errors).toEqual([]);
	});

	test('B and . black out; O and Esc show the overview; ? shows help', async ({ page }) => {
		await openDeck(page);
		for (const key of ['b', '.']) {
			await page.keyboard.press(key);
			await expect(page.locator('[data-blackout]')).toBeVisible();
			await page.keyboard.press(key);
			await expect(page.locator('[data-blackout]')).toHaveCount(0);
		}
		await page.keyboard.press('o');
		const overview = page.locator('dialog.overview');
		await expect(overview).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(overview).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(overview).toBeVisible();
		// Each tile's summary is the step's text, with no markup or entity left in it (&#39; …).
		const summaries = await overview.locator('.tile .summary').allTextContents();
		expect(summaries.length).toBeGreaterThan(20);
		for (const summary of summaries) expect(summary).not.toMatch(/&#?\w+;|<\/?[a-z]/);
		await overview.locator('.tile').nth(5).click();
		await expect(overview).toHaveCount(0);
		expect(await index(page)).toBe(5);
		await page.keyboard.press('?');
		await expect(page.locator('dialog.help')).toBeVisible();
		await expect(page.locator('dialog.help')).toContainText('Page Up');
		await page.keyboard.press('Escape');
		await expect(page.locator('dialog.help')).toHaveCount(0);
	});

	test('F asks for full screen', async ({ page }) => {
		await openDeck(page);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
	});

	test('buttons and swipes turn the slides', async ({ page }) => {
		await openDeck(page);
		await page.getByRole('button', { name: /Next/ }).click();
		expect(await index(page)).toBe(1);
		await page.getByRole('button', { name: /Previous/ }).click();
		expect(await index(page)).toBe(0);
		const box = (await page.locator('.stage').boundingBox())!;
		const y = box.y + box.height / 2;
		await page.mouse.move(box.x + box.width * 0.8, y);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.2, y, { steps: 5 });
		await page.mouse.up();
		expect(await index(page)).toBe(1);
	});
});

test.describe('deck links and memory', () => {
	test('a link to a step opens it with its chart state, without playing the slides before it', async ({
		page
	}) => {
		// Record every step a chart shows from the very first paint.
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { seen: string[] }).seen = seen;
			new MutationObserver(() => {
				const step = document.querySelector('.deck [data-chart]')?.getAttribute('data-step');
				if (step && seen.at(-1) !== step) seen.push(step);
			}).observe(document, {
				subtree: true,
				childList: true,
				attributes: true,
				attributeFilter: ['data-step']
			});
		});
		await openDeck(page, '#crime-2016');
		await expect(deck(page)).toHaveAttribute('data-slide', 'crime-2016');
		await expect(page.locator('.deck [data-chart]')).toHaveAttribute('data-step', 'crime-2016');
		expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
			'crime-2016'
		]);
		// The URL follows the deck.
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/#crime-claim$/);
	});

	test('"continue where we stopped" and projector settings are remembered', async ({ page }) => {
		test.skip(test.info().project.name !== 'desktop', 'the projector settings are not on phones');
		await openDeck(page);
		for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
		await page.getByLabel('Larger text').check();
		await page.getByLabel('High contrast').check();
		await page.getByLabel('Motion off').check();
		await page.goto('./'); // leave, then come back without a fragment:
		await page.goto('./present/'); // the saved slide is offered, not forced
		await expect(deck(page)).toHaveAttribute('data-index', '0');
		const resume = page.getByRole('button', { name: /Continue where we stopped \(slide 5\)/ });
		await expect(resume).toBeVisible();
		await resume.click();
		expect(await index(page)).toBe(4);
		await expect(page.getByLabel('Larger text')).toBeChecked();
		await expect(deck(page)).toHaveClass(/large-text/);
		await expect(page.getByLabel('High contrast')).toBeChecked();
		await expect(deck(page)).toHaveClass(/high-contrast/);
		await expect(page.getByLabel('Motion off')).toBeChecked();
		// Motion off sets the one motion token to zero.
		expect(
			await deck(page).evaluate((el) => getComputedStyle(el).getPropertyValue('--motion').trim())
		).toBe('0');
	});

	test('slide text is at least 28 px on a 1920×1080 projector', async ({ page }) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		await openDeck(page, '#crime-rise');
		const size = await page
			.locator('.deck .step-html p')
			.first()
			.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
		expect(size).toBeGreaterThanOrEqual(28);
	});
});

test('the presenter view shows notes and stays in sync with the deck both ways', async ({
	context
}) => {
	const audience = await context.newPage();
	await openDeck(audience, '#crime-rise');
	const presenter = await context.newPage();
	await presenter.goto('./present/presenter/');
	const presenterDeck = presenter.locator('.presenter');
	await expect(presenterDeck).toHaveAttribute('data-slide', 'crime-rise');
	await expect(presenter.locator('[data-notes]')).not.toBeEmpty();
	await expect(presenter.locator('.timer')).toHaveText(/\d+:\d\d/);

	await audience.keyboard.press('ArrowRight');
	const next = await audience.locator('.deck').getAttribute('data-slide');
	await expect(presenterDeck).toHaveAttribute('data-slide', next!);

	await presenter.keyboard.press('ArrowRight');
	const after = await presenterDeck.getAttribute('data-slide');
	await expect(audience.locator('.deck')).toHaveAttribute('data-slide', after!);

	// Readers never get the notes: the audience deck's page holds none of them.
	const notes = await presenter.locator('[data-notes]').textContent();
	expect(await audience.content()).not.toContain(notes!.trim().slice(0, 40));
});

test('P opens the presenter view on the slide being shown', async ({ page, context }) => {
	test.skip(test.info().project.name !== 'desktop', 'a second window is a desktop affair');
	await openDeck(page, '#removals-peak');
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
	await expect(presenter).toHaveURL(/\/present\/presenter\/#removals-peak$/);
	await expect(presenter.locator('.presenter')).toHaveAttribute('data-slide', 'removals-peak');
	await expect(presenter.locator('[data-prompts] li').first()).not.toBeEmpty();
});

test('the presenter view shows the current and next slides whole, as the projector does', async ({
	page
}) => {
	test.skip(test.info().project.name !== 'desktop', 'the presenter view is a desktop window');
	await page.goto('./present/presenter/#crime-2016');
	await expect(page.locator('.presenter')).toHaveAttribute('data-slide', 'crime-2016');
	for (const part of ['.current', '.next']) {
		const frame = (await page.locator(`${part} .frame`).boundingBox())!;
		const slide = page.locator(`${part} .projector`);
		await expect(slide).toBeVisible();
		const box = (await slide.boundingBox())!;
		// Scaled down from 1920×1080 to fit: nothing of the slide is cut off by its frame.
		expect(box.width, part).toBeLessThanOrEqual(frame.width + 1);
		expect(box.height, part).toBeLessThanOrEqual(frame.height + 1);
		expect(box.width / box.height, part).toBeCloseTo(16 / 9, 1);
	}
	await expect(page.locator('.current [data-chart]')).toHaveAttribute('data-step', 'crime-2016');
	await expect(page.locator('.next [data-chart]')).toHaveAttribute('data-step', 'crime-claim');
});

test('on a phone the slide keeps the screen: one row of controls', async ({ page }) => {
	test.skip(test.info().project.name !== 'phone', 'phone layout');
	await openDeck(page, '#crime-2016');
	const controls = (await page.locator('.deck .controls').boundingBox())!;
	expect(controls.height).toBeLessThan(70);
	await expect(page.getByRole('button', { name: /Next/ })).toBeVisible();
	await expect(page.getByRole('button', { name: /Previous/ })).toBeVisible();
});
