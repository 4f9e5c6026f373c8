// Long layouts (a map's labels, say) written as generators that yield now and then, so the
// browser can run them in slices between frames instead of in one long task mid-scroll. The same
// generator runs to its end at once where an answer is needed now: the server, a print, a test.
import { afterFrame } from '$lib/after-frame';

/** A computation that yields (nothing) at points where it may be paused, and returns its answer. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end, synchronously. */
export function runToEnd<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** How long one slice may run, in ms: well under the 50 ms that makes a long task on a slow phone. */
export const SLICE_MS = 8;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` in slices of about `SLICE_MS`, giving the browser back its thread between them.
 * `cancelled` is asked between slices: a layout nobody wants any more stops there, with no answer.
 */
export async function runInSlices<T>(
	steps: Steps<T>,
	cancelled = () => false
): Promise<{ value: T } | undefined> {
	for (;;) {
		// A pause first, too: the task that asked (a chart's mount, say) ends before the work starts.
		await pause();
		if (cancelled()) return undefined;
		const end = performance.now() + SLICE_MS;
		let next = steps.next();
		while (!next.done && performance.now() < end) next = steps.next();
		if (next.done) {
			// The answer comes in a task of its own, after a frame: what it sets off (a chart
			// drawing a step's labels) would otherwise run in the last slice's task, and be drawn
			// in one frame with the rest of the step's change (its marks dimmed, its zoom begun).
			await new Promise<void>((resolve) => afterFrame(resolve));
			return cancelled() ? undefined : { value: next.value };
		}
	}
}

/** Layouts made, by key: going back and forth between steps makes each one once. */
export class Remembered<T> {
	#made = new Map<string, T>();
	/** At most `limit` are kept (all are dropped past it: a resize asks for a new set anyway). */
	constructor(private limit = 100) {}

	/** The layout, where it was made before (`found` false when it never was). */
	get(key: string): { found: boolean; layout: T | undefined } {
		return { found: this.#made.has(key), layout: this.#made.get(key) };
	}

	/** `make`'s steps unless the layout was made before; what they make is remembered. */
	*steps(key: string, make: () => Steps<T>): Steps<T> {
		if (this.#made.has(key)) return this.#made.get(key) as T;
		const made = yield* make();
		if (this.#made.size >= this.limit) this.#made.clear();
		this.#made.set(key, made);
		return made;
	}
}
