import { expect, test, type Page } from '@playwright/test';
import { watch } from './helpers';

// A live chart starts in parts, one part per task, out of sight over the server's drawing, and
// takes the drawing's place once every part is drawn (lib/story/ChartStart.svelte). Built in one
// go, a chart's start was one task of 50–150 ms with the CPU 4× slower, in the middle of a
// reader's scroll. Watched here: in how many of the page's tasks each chart was drawn, and what
// the reader could see meanwhile.

interface StartLog {
	chart: string;
	/** Elements in the chart in the task it was added to the page. */
	first: number;
	/** Elements in the chart when it took the drawing's place. */
	last: number;
	/** Observer calls (changes made in one task reach it in one call) that drew a part of it. */
	calls: number;
	/** Whether the starting chart was ever seen, or the drawing ever left before the chart was done. */
	seenStarting: boolean;
	drawingGoneEarly: boolean;
	/** Whether the starting chart carried data-chart (two charts of one name on the page). */
	namedEarly: boolean;
	/**
	 * Elements inside the chart's LayerCake containers in the task that added them, when each
	 * measures itself (a forced layout of all it holds): -1 until a container is seen.
	 */
	inCakesAtFirst: number;
	/** The chart's box when done, and the drawing's box when the chart started (when on screen). */
	box: string;
	drawingBox: string;
}

/** Logs each chart's start in window.starts (run in the page before its scripts). */
function logStarts() {
	const logs: StartLog[] = [];
	(window as unknown as { starts: StartLog[] }).starts = logs;
	const open = new Map<Element, StartLog>();
	const box = (el: Element | null | undefined) => {
		const r = el?.getBoundingClientRect();
		return r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : '';
	};
	new MutationObserver((records) => {
		const drew = new Set<StartLog>();
		for (const record of records) {
			for (const node of record.addedNodes) {
				if (!(node instanceof Element)) continue;
				const start = node.closest('.chart-start');
				if (!start) continue;
				if (node === start) {
					const drawing = start.parentElement?.querySelector('.drawing');
					open.set(start, {
						chart: drawing?.querySelector('[data-chart]')?.getAttribute('data-chart') ?? '?',
						first: start.querySelectorAll('*').length,
						last: 0,
						calls: 0,
						seenStarting: false,
						drawingGoneEarly: false,
						namedEarly: false,
						inCakesAtFirst: -1,
						box: '',
						drawingBox:
							drawing && !(drawing as HTMLElement).hidden
								? box(drawing.querySelector('[data-chart]'))
								: ''
					});
				}
				const log = open.get(start);
				if (log) drew.add(log);
			}
		}
		for (const log of drew) log.calls++;
		for (const [start, log] of open) {
			if (log.inCakesAtFirst === -1 && start.querySelector('.layercake-container'))
				log.inCakesAtFirst = start.querySelectorAll('.layercake-container *').length;
			const starting = start.hasAttribute('data-starting');
			if (starting && getComputedStyle(start).visibility !== 'hidden') log.seenStarting = true;
			if (starting && !start.parentElement?.querySelector('.drawing')) log.drawingGoneEarly = true;
			if (starting && start.querySelector('[data-chart]')) log.namedEarly = true;
			if (!starting) {
				log.last = start.querySelectorAll('*').length;
				log.box = box(start.querySelector('[data-chart]'));
				logs.push(log);
				open.delete(start);
			}
		}
	}).observe(document, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['data-starting']
	});
}

/** The starts logged so far. */
const starts = (page: Page) =>
	page.evaluate(() => (window as unknown as { starts: StartLog[] }).starts);

test('each chart starts in parts over several tasks, unseen, and takes the drawing’s place in the same box', async ({
	page
}) => {
	const seen = watch(page);
	await page.addInitScript(logStarts);
	await page.goto('./');
	const sections = await page.locator('.scrolly').count();
	await expect.poll(async () => (await starts(page)).length, { timeout: 30_000 }).toBe(sections);
	const logs = await starts(page);
	for (const log of logs) {
		const what = `${log.chart}: ${JSON.stringify(log)}`;
		// The first task draws the frame alone; the plot and each layer follow in tasks of their own.
		expect(log.first, what).toBeLessThan(log.last / 2);
		expect(log.calls, what).toBeGreaterThanOrEqual(4);
		expect(log.seenStarting, what).toBe(false);
		expect(log.drawingGoneEarly, what).toBe(false);
		expect(log.namedEarly, what).toBe(false);
		// A chart's LayerCake measures its box as it is added, which lays out all it holds: its
		// layers' wrappers came with it, and made the plot's task the start's longest (33–44 ms
		// with the CPU 4× slower). Added empty, it lays out one box; its contents come a task later.
		expect(log.inCakesAtFirst, what).toBe(0);
	}
	// Done, each section shows one chart, live, and nothing is left starting.
	await expect(page.locator('.graphic-inner .drawing')).toHaveCount(0);
	await expect(page.locator('[data-starting]')).toHaveCount(0);
	await expect(page.locator('.graphic-inner [data-chart]')).toHaveCount(sections);
	expect(seen.errors).toEqual([]);
});

test('a reader who opens the page at a step sees it drawn live where its drawing was', async ({
	page
}) => {
	const seen = watch(page);
	await page.addInitScript(logStarts);
	await page.goto('./');
	const last = page.locator('.scrolly').last();
	const ids = await last.locator('.step').evaluateAll((steps) => steps.map((s) => s.id));
	const id = ids.at(-1)!;
	await page.goto(`./#${id}`);
	await page.reload();
	const chart = last.locator('.chart-start:not([data-starting]) [data-chart]');
	await expect(chart).toHaveAttribute('data-step', id);
	await expect(last.locator('.drawing')).toHaveCount(0);
	// Started on screen: the live chart sits exactly where its drawing sat, and was unseen until then.
	const name = await chart.getAttribute('data-chart');
	const log = (await starts(page)).find((l) => l.chart === name && l.drawingBox);
	expect(log, `a start of ${name} on screen`).toBeDefined();
	expect(log!.box).toBe(log!.drawingBox);
	expect(log!.seenStarting).toBe(false);
	expect(seen.errors).toEqual([]);
});
