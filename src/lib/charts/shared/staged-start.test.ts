import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StagedStart } from './staged-start.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('StagedStart', () => {
	it('opens one part per task, in the order the parts were created, then is done', () => {
		const start = new StagedStart();
		const parts = [start.claim(), start.claim(), start.claim()];
		const onDone = vi.fn();
		start.run(onDone);
		const open = () => parts.map((part) => start.isOpen(part));
		// Nothing in the task that mounted the chart.
		expect(open()).toEqual([false, false, false]);
		vi.advanceTimersToNextTimer();
		expect(open()).toEqual([true, false, false]);
		vi.advanceTimersToNextTimer();
		expect(open()).toEqual([true, true, false]);
		vi.advanceTimersToNextTimer();
		expect(open()).toEqual([true, true, true]);
		expect(onDone).not.toHaveBeenCalled();
		vi.advanceTimersToNextTimer();
		expect(onDone).toHaveBeenCalledOnce();
		expect(start.done).toBe(true);
	});

	it('queues a part that a part creates (a layer inside the plot) behind the others', () => {
		const start = new StagedStart();
		const plot = start.claim();
		start.run(() => {});
		vi.advanceTimersToNextTimer();
		expect(start.isOpen(plot)).toBe(true);
		const layer = start.claim();
		expect(start.isOpen(layer)).toBe(false);
		vi.advanceTimersToNextTimer();
		expect(start.isOpen(layer)).toBe(true);
		expect(start.done).toBe(false);
		vi.advanceTimersToNextTimer();
		expect(start.done).toBe(true);
	});

	it('stops when the chart goes before it is done', () => {
		const start = new StagedStart();
		const part = start.claim();
		const onDone = vi.fn();
		const stop = start.run(onDone);
		stop();
		vi.runAllTimers();
		expect(start.isOpen(part)).toBe(false);
		expect(onDone).not.toHaveBeenCalled();
	});
});
