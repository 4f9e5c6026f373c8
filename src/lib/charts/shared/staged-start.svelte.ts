// A chart's start, split into tasks. Built in one go, a chart's start was 50–150 ms of one task
// with the CPU 4× slower (a long task in the middle of a reader's scroll): most of it is drawing
// the axes, dots and labels. Under a staged start (lib/story/ChartStart.svelte) the chart draws
// its frame in the task that mounts it, then its plot (the scales, each layer still empty), then
// each layer: one part per task, in the order the parts were created.
import { getContext, setContext } from 'svelte';
import { afterFrame } from '$lib/after-frame';

const KEY = Symbol('staged-start');

export class StagedStart {
	#parts = 0;
	#opened = $state(0);
	/** Every part is drawn: parts that arrive from now on draw at once. */
	done = $state(false);

	/** A part's place in the queue, taken as it is created. */
	claim(): number {
		return this.#parts++;
	}

	isOpen(part: number): boolean {
		return this.done || part < this.#opened;
	}

	/**
	 * From the next task on, opens one part per task; calls `onDone` after the last. Each part
	 * waits for a frame to be drawn and opens in the task just after it, when the page's layout
	 * is up to date: a part that measures itself (a chart's plot) then lays out only itself, not
	 * whatever the scroll has changed since.
	 */
	run(onDone: () => void): () => void {
		let cancel: () => void;
		const next = () => {
			if (this.#opened >= this.#parts) {
				this.done = true;
				onDone();
				return;
			}
			this.#opened++;
			cancel = afterFrame(next);
		};
		cancel = afterFrame(next);
		return () => cancel();
	}
}

export const provideStagedStart = (start: StagedStart) => setContext(KEY, start);

/** The staged start a chart is drawn under, if any. */
export const stagedStart = () => getContext<StagedStart | undefined>(KEY);

/**
 * For a part of a chart (a layer, say): whether it may draw yet. Always, outside a staged start
 * (the deck, a print, the server) and once the start is done.
 */
export function stagedPart(): () => boolean {
	const start = stagedStart();
	if (!start || start.done) return () => true;
	const part = start.claim();
	return () => start.isOpen(part);
}
