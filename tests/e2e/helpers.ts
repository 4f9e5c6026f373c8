import { expect, type Locator, type Page } from '@playwright/test';

/** Records console errors, page errors and any request that leaves the page's own host. */
export function watch(page: Page) {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(String(error)));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (
			!['127.0.0.1', 'localhost'].includes(url.hostname) &&
			!['data:', 'blob:'].includes(url.protocol)
		) {
			foreign.push(request.url());
		}
	});
	return { errors, foreign };
}

/** The step ids of the scroll section that draws `chart`, in order. */
export async function stepIds(page: Page, chart: string): Promise<string[]> {
	return page
		.locator('.scrolly', { has: page.locator(`[data-chart="${chart}"]`) })
		.locator('.step')
		.evaluateAll((steps) => steps.map((step) => step.id));
}

/** Scrolls with the mouse wheel, like a reader, until `chart` shows `step` (or fails). */
export async function wheelToStep(page: Page, chart: string, step: string) {
	const figure = page.locator(`[data-chart="${chart}"]`);
	for (let i = 0; i < 60; i++) {
		if ((await figure.getAttribute('data-step')) === step) return;
		const top = await page
			.locator(`[id="${step}"]`)
			.evaluate((el) => el.getBoundingClientRect().top);
		await page.mouse.wheel(
			0,
			Math.max(-800, Math.min(800, top - 0.4 * page.viewportSize()!.height))
		);
		await page.waitForTimeout(120);
	}
	await expect(figure).toHaveAttribute('data-step', step);
}

/** Opens the story and waits until every chart is live: none of the server's drawings is left. */
export async function openStoryLive(page: Page) {
	await page.goto('./');
	await expect(page.locator('.drawing')).toHaveCount(0, { timeout: 30_000 });
}

/**
 * Scrolls until the step `id` is on in its section's chart, the step halfway down the screen;
 * again and again, since text laid out only near the screen (content-visibility) moves the step
 * as the page comes to it.
 */
export async function scrollToStep(page: Page, id: string) {
	const figure = page.locator(`.scrolly:has([id="${id}"]) [data-chart]`);
	await expect
		.poll(async () => {
			await page.evaluate((id) => {
				const top = document.getElementById(id)!.getBoundingClientRect().top + window.scrollY;
				window.scrollTo(0, top - window.innerHeight * 0.5);
			}, id);
			return figure.getAttribute('data-step');
		})
		.toBe(id);
}

/** The chart's drawing once it has stopped moving: two reads a frame apart agree. */
export async function settledMarks(page: Page, chart: string): Promise<string> {
	const plot = page.locator(`[data-chart="${chart}"] .plot`);
	let previous = '';
	for (let i = 0; i < 40; i++) {
		const current = await plot.innerHTML();
		if (current === previous) return current;
		previous = current;
		await page.waitForTimeout(100);
	}
	return previous;
}

export async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

/**
 * From now on, records in which animation frames each element of `chart` has its style written
 * (or the other `attributes` named): a tween writes some element's style in every frame, a CSS
 * glide in one or two.
 */
async function countStyleWrites(chart: Locator, attributes: string[]) {
	await chart.evaluate((root, attributeFilter) => {
		const w = window as unknown as { frame: number; writes: Map<Element, Set<number>> };
		w.frame = 0;
		w.writes = new Map();
		const tick = () => {
			w.frame++;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		new MutationObserver((records) => {
			for (const { target } of records)
				if (target instanceof Element)
					w.writes.set(target, (w.writes.get(target) ?? new Set()).add(w.frame));
		}).observe(root, { attributes: true, attributeFilter, subtree: true });
	}, attributes);
}

/** Since countStyleWrites: the most frames in which any one element had its style written. */
const mostFramesWritten = (page: Page) =>
	page.evaluate(() =>
		Math.max(
			0,
			...[...(window as unknown as { writes: Map<Element, Set<number>> }).writes.values()].map(
				(frames) => frames.size
			)
		)
	);

/**
 * Scrolls to the step `id` and waits out its glide (650 ms); returns the most animation frames in
 * which any one element of `chart` had its style (or the other `attributes`) written meanwhile.
 */
export async function framesWrittenGoingTo(
	page: Page,
	chart: Locator,
	id: string,
	attributes = ['style']
): Promise<number> {
	await countStyleWrites(chart, attributes);
	await scrollToStep(page, id);
	await page.waitForTimeout(1200);
	return mostFramesWritten(page);
}
