// The story's first layout skips what is far from the screen (content-visibility: auto): the
// charts' labels were most of its largest task at start-up. Checked with checkVisibility, which
// reports an element skipped that way as not visible.
import { expect, test } from '@playwright/test';

const skipped = (selector: string) =>
	`[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => !el.checkVisibility({ contentVisibilityAuto: true }))`;

test('charts, step cards and chart notes far from the screen are not rendered until the reader nears them', async ({
	page
}) => {
	await page.goto('./');
	await page.waitForLoadState('networkidle');
	const charts = (await page.evaluate(skipped('.graphic-inner [data-chart]'))) as boolean[];
	const notes = (await page.evaluate(skipped('.chart-notes .summary'))) as boolean[];
	const cards = (await page.evaluate(skipped('.step .card > :first-child'))) as boolean[];
	expect(charts.length, 'scroll sections').toBeGreaterThanOrEqual(10);
	expect(cards.length, 'steps').toBeGreaterThanOrEqual(30);
	// At the top of the page, only the first section can be near the screen.
	expect(charts.slice(1).every(Boolean), `charts skipped: ${charts}`).toBe(true);
	expect(notes.slice(1).every(Boolean), `notes skipped: ${notes}`).toBe(true);
	// The first section has three steps: every card after them is far away.
	expect(cards.slice(3).every(Boolean), `cards skipped: ${cards}`).toBe(true);

	// Scrolled to a step, its chart is drawn and seen.
	const last = page.locator('.scrolly').last();
	const id = await last.locator('.step').first().getAttribute('id');
	await page.goto(`./#${id}`);
	await expect(last.locator('[data-chart]').first()).toHaveAttribute('data-step', id!);
	await expect
		.poll(() =>
			last
				.locator('.graphic-inner')
				.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))
		)
		.toBe(true);
	// And so is its card's text.
	await expect
		.poll(() =>
			page
				.locator(`[id="${id}"] .card > :first-child`)
				.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))
		)
		.toBe(true);
});

// Long text (the story's prose, the about page, the guide) is laid out block by block as it nears
// the screen: laid out whole, the about page and the guide each took a first layout of 200–600 ms
// with the CPU 4× slower.
for (const { name, path } of [
	{ name: 'the story', path: './' },
	{ name: 'the about page', path: 'about/' },
	{ name: 'the guide', path: 'guide/' }
]) {
	test(`${name}: blocks of text far from the screen are laid out only as the reader nears them`, async ({
		page
	}) => {
		// The blocks laid out near the screen, each with whether it is skipped now. A block's own box
		// is always drawn (only its contents are skipped), and a paragraph has no element inside to
		// ask: the browser's own event says whether each block is skipped.
		await page.addInitScript(() => {
			const skipped = new WeakMap<Element, boolean>();
			(window as unknown as { textBlocks: () => [Element, boolean | undefined][] }).textBlocks =
				() =>
					[...document.querySelectorAll('.near-screen > *, .near-screen > * > li')]
						.filter((el) => getComputedStyle(el).contentVisibility === 'auto')
						.map((el) => [el, skipped.get(el)]);
			document.addEventListener(
				'contentvisibilityautostatechange',
				(event) =>
					skipped.set(event.target as Element, (event as Event & { skipped: boolean }).skipped),
				true
			);
		});
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		type Blocks = { textBlocks: () => [Element, boolean | undefined][] };
		const blocks = () =>
			page.evaluate(() =>
				(window as unknown as Blocks)
					.textBlocks()
					.map(([el, skipped]) => ({ top: el.getBoundingClientRect().top, skipped }))
			);
		const atTop = await blocks();
		const viewport = page.viewportSize()!.height;
		const far = atTop.filter((block) => block.top > 3 * viewport);
		const onScreen = atTop.filter((block) => block.top < viewport);
		expect(onScreen.every((block) => block.skipped === false)).toBe(true);
		expect(far.length, 'blocks more than three screens down').toBeGreaterThan(10);
		expect(far.every((block) => block.skipped)).toBe(true);

		// Scrolled to, the last block is drawn. (Until then its height is an estimate, and the blocks
		// laid out on the way move it: each try scrolls to where it is now.)
		await expect
			.poll(async () => {
				await page.evaluate(() =>
					(window as unknown as Blocks).textBlocks().at(-1)?.[0].scrollIntoView({ block: 'center' })
				);
				return (await blocks()).at(-1)?.skipped;
			})
			.toBe(false);
	});
}

test('a page left idle makes every chart live before the reader gets there, one chart at a time', async ({
	page
}) => {
	// Each live chart replaces the server's drawing of its first state: count the drawings removed,
	// and note in which call of the observer (changes made in one task reach it in one call).
	await page.addInitScript(() => {
		const replaced: string[] = [];
		(window as unknown as { replaced: string[] }).replaced = replaced;
		let call = 0;
		new MutationObserver((records) => {
			call++;
			for (const record of records)
				for (const node of record.removedNodes)
					if (node instanceof Element && node.matches('.drawing'))
						replaced.push(
							`${node.querySelector('[data-chart]')?.getAttribute('data-chart')} ${call}`
						);
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('./');
	const sections = await page.locator('.scrolly').count();
	const replaced = () =>
		page.evaluate(() => (window as unknown as { replaced: string[] }).replaced);
	await expect.poll(async () => (await replaced()).length, { timeout: 30_000 }).toBe(sections);
	expect(await page.evaluate(() => scrollY), 'the reader never scrolled').toBe(0);
	// No two charts went live in the same task.
	const calls = (await replaced()).map((entry) => entry.split(' ')[1]);
	expect(new Set(calls).size, `observer calls: ${calls}`).toBe(sections);
	// Live, yet still not laid out while far from the screen.
	const far = (await page.evaluate(skipped('.graphic-inner [data-chart]'))) as boolean[];
	expect(far.slice(1).every(Boolean), `charts skipped: ${far}`).toBe(true);
});
