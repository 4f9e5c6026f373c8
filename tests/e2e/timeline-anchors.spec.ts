import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watch } from './helpers';

// Every timeline event can be linked as #event-<id> (the id column of src/lib/data/timeline/data.csv,
// documented in docs/charts.md). The link opens the timeline's data table under chapter 1, which
// lists all of them, and brings the event's row into view: on a phone, where the chart labels only
// some events, that table is how every event stays reachable.

const ids = readFileSync('src/lib/data/timeline/data.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(',')[0]!);

/** True when the element is inside the window (and inside the scrolling table around it). */
const inView = (el: Element) => {
	const r = el.getBoundingClientRect();
	const wrap = el.closest('.table-wrap')!.getBoundingClientRect();
	// Below the table's sticky header, which would hide it.
	const head = el.closest('table')!.querySelector('thead th')!.getBoundingClientRect();
	return (
		r.top >= Math.max(0, wrap.top, head.bottom) - 1 &&
		r.bottom <= Math.min(innerHeight, wrap.bottom) + 1 &&
		r.height > 0
	);
};

test('every timeline event has a row anchor that a link opens and shows', async ({ page }) => {
	const seen = watch(page);
	expect(ids).toHaveLength(44);
	expect(new Set(ids).size).toBe(ids.length);

	// A link from outside: the page opens on the event's row, the table unfolded.
	const middle = ids[Math.floor(ids.length / 2)]!;
	await page.goto(`./#event-${middle}`);
	const row = page.locator(`[id="event-${middle}"]`);
	await expect(row.locator('xpath=ancestor::details')).toHaveAttribute('open', '');
	await expect.poll(() => row.evaluate(inView)).toBe(true);
	// …and marks it, so the reader sees which row the link meant.
	expect(await row.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

	// Every event: one row, in the timeline's notes, which a link within the page brings into view.
	const notes = page.locator('[data-notes-for="timeline"]', { has: page.locator('tr[id]') });
	await expect(notes).toHaveCount(1);
	expect(
		await notes.locator('tr[id^="event-"]').evaluateAll((rows) => rows.map((r) => r.id))
	).toEqual(ids.map((id) => `event-${id}`));
	for (const id of [ids[0]!, ids.at(-1)!, 'irca-1986']) {
		await page.evaluate((id) => (location.hash = `event-${id}`), id);
		await expect.poll(() => page.locator(`[id="event-${id}"]`).evaluate(inView)).toBe(true);
	}
	expect(seen.errors).toEqual([]);
});
