/**
 * One scroll listener and one timer for every scroll section on the page. When the scroll
 * settles, every section first reads its geometry, then all of them update: the browser lays
 * the page out once, not once per section (each update dirties the layout the next read needs).
 * The reads wait for the next frame to be drawn, when the layout is up to date: read at once,
 * they laid out in the timer's task whatever had changed since the last frame, and the step's
 * update followed in the same task.
 */
import { afterFrame } from '$lib/after-frame';

export interface SettlingSection {
	/** Reads the layout (no writes): which step is active now. */
	measure: () => number;
	/** Applies what `measure` found. */
	apply: (index: number) => void;
}

/** How long the scroll must rest before steps change, so a fling does not step through sections. */
export const SETTLE_MS = 60;

const sections = new Set<SettlingSection>();
let timer: ReturnType<typeof setTimeout> | undefined;
let lastScroll = 0;
let cancelRead = () => {};
let lastWidth = 0;

function resolveAll() {
	const found = [...sections].map((section) => [section, section.measure()] as const);
	for (const [section, index] of found) section.apply(index);
}

/**
 * Resolves every section once the scroll has rested for SETTLE_MS. A scroll event only notes the
 * time: the one timer, when it fires, waits out what is left of the rest. Moving the timer on at
 * every event (clearing it and setting a new one) cost each scroll frame about 0.4 ms of script
 * with the CPU 4× slower.
 */
export function settle() {
	lastScroll = performance.now();
	timer ??= setTimeout(restOrWait, SETTLE_MS);
}

function restOrWait() {
	const rested = performance.now() - lastScroll;
	if (rested < SETTLE_MS) {
		timer = setTimeout(restOrWait, SETTLE_MS - rested);
		return;
	}
	timer = undefined;
	readAfterFrame();
}

// Once the scroll has rested, the read happens, even if the scroll goes on before the frame.
function readAfterFrame() {
	cancelRead();
	cancelRead = afterFrame(resolveAll);
}

// Only a change of width re-measures: the mobile address bar changes the height alone.
function onResize() {
	if (window.innerWidth === lastWidth) return;
	lastWidth = window.innerWidth;
	settle();
}

/** Adds a section; the returned function removes it (the listeners go with the last one). */
export function register(section: SettlingSection): () => void {
	if (sections.size === 0) {
		lastWidth = window.innerWidth;
		window.addEventListener('scroll', settle, { passive: true });
		window.addEventListener('resize', onResize);
		window.addEventListener('hashchange', settle);
	}
	sections.add(section);
	return () => {
		sections.delete(section);
		if (sections.size > 0) return;
		clearTimeout(timer);
		timer = undefined;
		cancelRead();
		window.removeEventListener('scroll', settle);
		window.removeEventListener('resize', onResize);
		window.removeEventListener('hashchange', settle);
	};
}
