import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { register, settle, SETTLE_MS } from './settle';

/** Fake timers draw a frame every 16 ms; the reads run in the task after it. */
const FRAME_MS = 20;

describe('settle', () => {
	const listeners = new Map<string, () => void>();
	beforeEach(() => {
		vi.useFakeTimers();
		listeners.clear();
		vi.stubGlobal('window', {
			innerWidth: 390,
			addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
			removeEventListener: (type: string) => listeners.delete(type)
		});
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('waits for the scroll to rest and a frame to be drawn, then reads every section before updating any', () => {
		const log: string[] = [];
		const section = (name: string, index: number) => ({
			measure: () => (log.push(`measure ${name}`), index),
			apply: (i: number) => log.push(`apply ${name} ${i}`)
		});
		const offA = register(section('a', 2));
		const offB = register(section('b', 0));
		listeners.get('scroll')!();
		vi.advanceTimersByTime(SETTLE_MS - 1);
		listeners.get('scroll')!();
		vi.advanceTimersByTime(SETTLE_MS - 1);
		expect(log).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(log).toEqual([]);
		// The frame, then the task after it; a scroll in between, once the scroll has rested,
		// does not put the read off.
		listeners.get('scroll')!();
		vi.advanceTimersByTime(FRAME_MS);
		expect(log).toEqual(['measure a', 'measure b', 'apply a 2', 'apply b 0']);
		offA();
		offB();
	});

	it('sets one timer for a run of scroll events, not one per event', () => {
		const measure = vi.fn(() => 0);
		const off = register({ measure, apply: () => {} });
		const timers = vi.spyOn(globalThis, 'setTimeout');
		// Twenty scroll events 5 ms apart: the timer fires after 60 ms, finds the scroll
		// still going and waits once more for what is left of the rest.
		for (let i = 0; i < 20; i++) {
			listeners.get('scroll')!();
			vi.advanceTimersByTime(5);
		}
		const setByScrolling = timers.mock.calls.length;
		expect(setByScrolling).toBeLessThanOrEqual(3);
		vi.advanceTimersByTime(SETTLE_MS + FRAME_MS);
		expect(measure).toHaveBeenCalledTimes(1);
		timers.mockRestore();
		off();
	});

	it('re-measures when the width changes, not the height; listeners go with the last section', () => {
		const measure = vi.fn(() => 0);
		const off = register({ measure, apply: () => {} });
		listeners.get('resize')!();
		vi.advanceTimersByTime(SETTLE_MS + FRAME_MS);
		expect(measure).not.toHaveBeenCalled();
		(window as { innerWidth: number }).innerWidth = 844;
		listeners.get('resize')!();
		vi.advanceTimersByTime(SETTLE_MS + FRAME_MS);
		expect(measure).toHaveBeenCalledTimes(1);
		off();
		expect([...listeners.keys()]).toEqual([]);
		settle();
		vi.advanceTimersByTime(SETTLE_MS + FRAME_MS);
		expect(measure).toHaveBeenCalledTimes(1);
	});
});
