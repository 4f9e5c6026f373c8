import { expect, test, type Page } from '@playwright/test';
import { openStoryLive, scrollToStep, watch } from './helpers';

// The timeline zooms by moving one box (layers/World.html.svelte), not its hundred marks: a tween
// that rewrote every mark's place each frame made the scroll's longest tasks. Checked here: a zoom
// writes a mark's style a few times at most (a label takes a new row when the step's label layout
// is made; a tween wrote every mark's style every frame, 120 times), and once it has glided,
// the axis's ticks stand where the step's range puts them, with the marks' box on the axis's.

/** The steps' ranges, as chapter 1's and chapter 8's content asks; a range ends a year on. */
const VIEWS: Record<string, [number, number]> = {
	'speech-two-lanes': [1969, 1997],
	'speech-summer-2017': [1969, 2018],
	'sanctuary-local-police': [2002, 2017],
	'sanctuary-summer-2017': [2016, 2018]
};

const figure = (page: Page, id: string) => page.locator(`.scrolly:has([id="${id}"]) [data-chart]`);

async function showStep(page: Page, id: string) {
	await scrollToStep(page, id);
	// The glide (650 ms) and the label layout are over.
	await page.waitForTimeout(1200);
}

/** The ticks' places on the plot (px from its left edge), and the two World boxes. */
function geometry(page: Page, id: string) {
	return figure(page, id).evaluate((chart) => {
		const plot = chart.querySelector('.cake')!.getBoundingClientRect();
		const ticks = [...chart.querySelectorAll('.tick')].map((tick, i, all) => {
			const box = tick.getBoundingClientRect();
			// The first tick's label starts at it, the last ends at it, the others are centred.
			const at = i === 0 ? box.left : i === all.length - 1 ? box.right : box.left + box.width / 2;
			return { year: Number(tick.textContent), x: at - plot.left };
		});
		const worlds = [...chart.querySelectorAll('.world')].map((w) => {
			const box = w.getBoundingClientRect();
			return { left: box.left, width: box.width };
		});
		return { width: plot.width, ticks, worlds };
	});
}

test('the timeline zooms by moving one box: marks keep their places and land on the axis', async ({
	page
}) => {
	test.setTimeout(60_000);
	const seen = watch(page);
	await openStoryLive(page);

	let from = 'speech-drug-war-begins';
	for (const [id, [start, end]] of Object.entries(VIEWS)) {
		await showStep(page, from);
		await figure(page, id).evaluate((chart) => {
			const w = window as unknown as { writes: Map<Element, number> };
			w.writes = new Map();
			new MutationObserver((records) => {
				for (const { target } of records)
					if (
						target instanceof Element &&
						target.matches('.dot, .span, .pin, .leader, .event-label')
					)
						w.writes.set(target, (w.writes.get(target) ?? 0) + 1);
			}).observe(chart, { attributes: true, attributeFilter: ['style'], subtree: true });
		});
		await showStep(page, id);
		const most = await page.evaluate(() =>
			Math.max(0, ...(window as unknown as { writes: Map<Element, number> }).writes.values())
		);
		expect(most, `${from} → ${id}: style writes to one mark`).toBeLessThanOrEqual(3);

		const { width, ticks, worlds } = await geometry(page, id);
		expect(ticks.length, id).toBeGreaterThan(1);
		for (const tick of ticks) {
			const off = tick.x - ((tick.year - start) / (end - start)) * width;
			expect(Math.abs(off), `${id}: tick ${tick.year} is ${off} px off`).toBeLessThan(1);
		}
		// The axis's box and the marks' box show the same stretch of time.
		expect(worlds).toHaveLength(2);
		const spread = (of: (box: { left: number; width: number }) => number) =>
			Math.max(...worlds.map(of)) - Math.min(...worlds.map(of));
		expect(
			spread((box) => box.left),
			id
		).toBeLessThan(1);
		expect(
			spread((box) => box.width),
			id
		).toBeLessThan(1);
		from = id;
	}
	expect(seen.errors).toEqual([]);
});

// A zoom brings new events into view, and each used to come with blocks of its own (one for its
// link, one for its band, one for its dot) and their anchors: 244 nodes made in the step's task
// of speech-summer-2017 for 31 dots, 15 links and 3 bands. Each list now holds only what is drawn.
test('a zoom adds the marks it shows and little else', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { added: string[] };
		w.added = [];
		addEventListener('DOMContentLoaded', () =>
			new MutationObserver((records) => {
				for (const record of records)
					for (const node of record.addedNodes)
						if (node.parentElement?.closest('[data-chart="timeline"]'))
							w.added.push(node instanceof Element ? node.className.toString() : node.nodeName);
			}).observe(document.body, { childList: true, subtree: true })
		);
	});
	await openStoryLive(page);
	await showStep(page, 'speech-two-lanes');
	await page.evaluate(() => ((window as unknown as { added: string[] }).added = []));
	await showStep(page, 'speech-summer-2017');
	const added = await page.evaluate(() => (window as unknown as { added: string[] }).added);
	const marks = added.filter((name) => /\b(dot|link|span|pin)\b/.test(name));
	expect(marks.length).toBeGreaterThan(20);
	// Marks, and at most one other node for each (a label's lines, an item's anchor).
	expect(added.length, added.join(', ')).toBeLessThanOrEqual(2 * marks.length);
});
