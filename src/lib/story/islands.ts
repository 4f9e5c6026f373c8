// On the website each scroll section is server markup that comes alive on its own, in a task of
// its own, after the page has started. Hydrating the whole story at once was the page's longest
// task at start-up (about 40 ms here, 160 ms with the CPU 4× slower); twelve sections, one per
// task, leave the reader's input a gap between each. The section nearest the screen goes first.
import { hydrate, unmount, type Component } from 'svelte';

interface Island {
	/** Its server markup's element: where it stands on the page. */
	target: HTMLElement;
	start: () => void;
}

const pending: Island[] = [];
let scheduled = false;
let sorted = true;

function distanceFromScreen(island: Island): number {
	const box = (island.target.firstElementChild ?? island.target).getBoundingClientRect();
	if (box.bottom < 0) return -box.bottom;
	return Math.max(0, box.top - window.innerHeight);
}

function runNext() {
	scheduled = false;
	// Ordered once they have all joined, by then the page has laid out and restored the reading
	// position: a reload mid-story wakes the sections in view first.
	if (!sorted) {
		const distance = new Map(pending.map((island) => [island, distanceFromScreen(island)]));
		pending.sort((a, b) => distance.get(a)! - distance.get(b)!);
		sorted = true;
	}
	pending.shift()?.start();
	if (pending.length) schedule();
}

function schedule() {
	if (scheduled) return;
	scheduled = true;
	setTimeout(runNext, 0);
}

/**
 * Hydrates `component` over the server markup inside `target` in a later task, nearest the
 * screen first; returns what cancels it, or unmounts it once live.
 */
export function hydrateSoon<Props extends Record<string, unknown>>(
	target: HTMLElement,
	component: Component<Props>,
	props: Props,
	context: Map<unknown, unknown>
): () => void {
	let instance: ReturnType<typeof hydrate> | undefined;
	const island: Island = {
		target,
		start: () => (instance = hydrate(component, { target, props, context }))
	};
	pending.push(island);
	sorted = false;
	schedule();
	return () => {
		const queued = pending.indexOf(island);
		if (queued !== -1) pending.splice(queued, 1);
		if (instance) void unmount(instance);
	};
}
