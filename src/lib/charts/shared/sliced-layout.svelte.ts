// A chart's label layout, made in slices between frames in the browser (see ./slices). A chart
// asks for the layout its state and size need; until that one is made it keeps showing the last,
// so a step's labels move a few frames after its marks rather than stall the scroll for them.
import { untrack } from 'svelte';
import { printing } from '$lib/state/print.svelte';
import { runInSlices, runToEnd, type Steps } from './slices';

export interface LayoutAsk<T> {
	/** Names the layout: the same key, the same layout. */
	key: string;
	/** Makes the layout (and remembers it), pausable. */
	steps: () => Steps<T>;
	/** The layout, where it was made before. */
	remembered: () => { found: boolean; layout: T | undefined };
}

export class SlicedLayout<T> {
	#ask: () => LayoutAsk<T> | undefined;
	#made: { key: string; layout: T } | undefined = $state();
	#shown: { layout: T } | undefined;

	/** `ask` is read reactively: undefined while there is nothing to lay out yet (say, unmeasured). */
	constructor(ask: () => LayoutAsk<T> | undefined) {
		// Asked once per change: a key is the layout's input written out whole (a timeline's, its
		// events with their labels), and writing it out on every read cost a step a few ms.
		const asked = $derived(ask());
		this.#ask = () => asked;
		// Keyed by the layout asked for: a step that asks for the same layout restarts nothing.
		const key = $derived(asked?.key);
		$effect(() => {
			if (key === undefined) return;
			const request = untrack(() => asked);
			if (!request || request.remembered().found) return;
			let stale = false;
			runInSlices(request.steps(), () => stale).then((done) => {
				if (done && !stale) this.#made = { key: request.key, layout: done.value };
			});
			return () => {
				stale = true;
			};
		});
	}

	/**
	 * The layout asked for, once made; until then the last one shown (none before the first).
	 * On the server and for a print, where the labels are needed at once, it is made at once.
	 */
	get current(): { layout: T } | undefined {
		const asked = this.#ask();
		if (!asked) return this.#shown;
		const remembered = asked.remembered();
		if (remembered.found) return (this.#shown = { layout: remembered.layout as T });
		if (this.#made?.key === asked.key) return (this.#shown = this.#made);
		if (typeof document === 'undefined' || printing.active)
			return (this.#shown = { layout: runToEnd(asked.steps()) });
		return this.#shown;
	}
}
