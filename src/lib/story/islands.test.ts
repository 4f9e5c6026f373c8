import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Svelte's hydrate and unmount stand in for the real ones: what matters here is which section
// comes alive, in which task, and in what order.
const hydrated: string[] = [];
const unmounted: string[] = [];
vi.mock('svelte', () => ({
	hydrate: (_component: unknown, { target }: { target: { id: string } }) => {
		hydrated.push(target.id);
		return { id: target.id };
	},
	unmount: (instance: { id: string }) => void unmounted.push(instance.id)
}));

/** A section's server markup `top` px down the page (the screen is 800 px tall). */
const section = (id: string, top: number) =>
	({
		id,
		firstElementChild: {
			getBoundingClientRect: () => ({ top, bottom: top + 600 })
		}
	}) as unknown as HTMLElement;

describe('hydrateSoon', () => {
	let hydrateSoon: typeof import('./islands').hydrateSoon;
	beforeEach(async () => {
		vi.useFakeTimers();
		vi.stubGlobal('window', { innerHeight: 800 });
		hydrated.length = unmounted.length = 0;
		vi.resetModules();
		({ hydrateSoon } = await import('./islands'));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	const start = (target: HTMLElement) => hydrateSoon(target, (() => {}) as never, {}, new Map());

	it('brings one section to life per task, none in the task that asked', () => {
		start(section('a', 0));
		start(section('b', 900));
		start(section('c', 1800));
		expect(hydrated).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(hydrated).toEqual(['a']);
		vi.advanceTimersToNextTimer();
		expect(hydrated).toEqual(['a', 'b']);
		vi.runAllTimers();
		expect(hydrated).toEqual(['a', 'b', 'c']);
	});

	it('starts with the section on screen, then the nearest, above or below', () => {
		start(section('top of the story', -5000));
		start(section('far below', 4000));
		start(section('just above', -700));
		start(section('on screen', 300));
		vi.runAllTimers();
		expect(hydrated).toEqual(['on screen', 'just above', 'far below', 'top of the story']);
	});

	it('drops a section removed before its turn, and unmounts one already live', () => {
		const stopA = start(section('a', 0));
		const stopB = start(section('b', 900));
		vi.advanceTimersToNextTimer();
		stopA();
		stopB();
		vi.runAllTimers();
		expect(hydrated).toEqual(['a']);
		expect(unmounted).toEqual(['a']);
	});
});
