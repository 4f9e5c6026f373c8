import { expect, test } from '@playwright/test';
import { scrollToStep, watch } from './helpers';

// Work the browser does in every frame of a scroll, counted rather than timed. The browser checks
// every observed element in every frame, so only the scroll sections near the screen keep
// scrollama's step observers; the active card's rule fades by opacity, which the compositor
// draws, where a border colour's transition restyled and repainted two cards in every frame; and
// no scroll listener reads the scroll position, which lays the page out in the scroll event.

/** Step elements that some IntersectionObserver watches now, by their section's chart. */
declare global {
	interface Window {
		observedSteps: () => string[];
		scrollReads: number;
		cardTransitions: string[];
	}
}

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const watched = new Map<IntersectionObserver, Set<Element>>();
		const Native = window.IntersectionObserver;
		window.IntersectionObserver = class extends Native {
			observe(target: Element) {
				watched.set(this, (watched.get(this) ?? new Set()).add(target));
				super.observe(target);
			}
			unobserve(target: Element) {
				watched.get(this)?.delete(target);
				super.unobserve(target);
			}
			disconnect() {
				watched.delete(this);
				super.disconnect();
			}
		};
		// Every read of the window's scroll position made by a scroll listener (a section being set
		// up reads it once, as it measures its steps, and may do so while the page scrolls).
		window.scrollReads = 0;
		for (const name of ['scrollY', 'pageYOffset'] as const) {
			const owner = Object.getOwnPropertyDescriptor(window, name) ? window : Window.prototype;
			const { get } = Object.getOwnPropertyDescriptor(owner, name)!;
			Object.defineProperty(owner, name, {
				configurable: true,
				get() {
					if (window.event?.type === 'scroll') window.scrollReads++;
					return get!.call(this);
				}
			});
		}
		window.observedSteps = () =>
			[...watched.values()]
				.flatMap((targets) => [...targets])
				.filter((el) => el.classList.contains('step'))
				.map((el) =>
					el.closest('.scrolly')!.querySelector('[data-chart]')!.getAttribute('data-chart')!
				);
	});
});

test('only the scroll sections near the screen observe their steps', async ({ page }) => {
	const { errors } = watch(page);
	await page.goto('./');
	const sections = await page.locator('.scrolly').count();
	expect(sections).toBeGreaterThan(6);
	for (const step of ['crime-fall', 'prosecutions-entry-reentry', 'map-2017']) {
		await scrollToStep(page, step);
		const chart = await page
			.locator(`.scrolly:has([id="${step}"]) [data-chart]`)
			.getAttribute('data-chart');
		// Every step of the section on screen is watched; of the others, at most a neighbour's.
		await expect.poll(() => page.evaluate(() => window.observedSteps())).toContain(chart);
		const observed = await page.evaluate(() => window.observedSteps());
		const steps = await page.locator(`.scrolly:has([id="${step}"]) .step`).count();
		expect(observed.filter((c) => c === chart)).toHaveLength(steps);
		expect(new Set(observed).size, observed.join()).toBeLessThanOrEqual(2);
	}
	expect(errors).toEqual([]);
});

test('a step change animates the card rule by opacity alone', async ({ page }) => {
	await page.goto('./');
	await scrollToStep(page, 'prosecutions-peak');
	await page.waitForTimeout(500);
	// Each transition a card starts, noted as it starts: a fade (300 ms) read only once the step
	// has landed could be over by then, when landing took a few scrolls.
	await page.evaluate(() => {
		window.cardTransitions = [];
		document.addEventListener('transitionrun', (event) => {
			if (event.target instanceof Element && event.target.closest('.step'))
				window.cardTransitions.push(`${event.pseudoElement} ${event.propertyName}`);
		});
	});
	await scrollToStep(page, 'prosecutions-entry-reentry');
	// The events of the frame that started them.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	const transitions = await page.evaluate(() => window.cardTransitions);
	// With motion on, both the card leaving and the card arriving fade their rules.
	expect(transitions.length).toBeGreaterThan(0);
	expect(new Set(transitions)).toEqual(new Set(['::before opacity']));
});

test('no scroll listener reads the scroll position while the reader scrolls past steps', async ({
	page
}) => {
	await page.goto('./');
	await scrollToStep(page, 'crime-rise');
	await page.waitForTimeout(500);
	await page.evaluate(() => (window.scrollReads = 0));
	const figure = page.locator('[data-chart="violent-crime"]');
	await page.mouse.move(100, 300);
	for (let i = 0; i < 30 && (await figure.getAttribute('data-step')) !== 'crime-2016'; i++) {
		await page.mouse.wheel(0, 250);
		await page.waitForTimeout(80);
	}
	await expect(figure).toHaveAttribute('data-step', 'crime-2016');
	expect(await page.evaluate(() => window.scrollReads)).toBe(0);
});
