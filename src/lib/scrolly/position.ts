/**
 * Keeps the reader's place across a reload or a back/forward visit by remembering an element
 * (a step or a chapter) and its distance from the top of the window, not a pixel offset:
 * if fonts or widths make the page taller or shorter, the reader still lands on the same step.
 */
const ANCHORS = 'main .step[id], main .chapter[id], main h2[id]';

export function keepPosition(triggerOffset = 0.6): () => void {
	const key = `reading-position:${location.pathname}`;
	history.scrollRestoration = 'manual';

	const navigation = performance.getEntriesByType('navigation')[0] as
		PerformanceNavigationTiming | undefined;
	const saved = sessionStorage.getItem(key);
	if (saved && (navigation?.type === 'reload' || navigation?.type === 'back_forward')) {
		const { id, top } = JSON.parse(saved) as { id: string; top: number };
		const element = document.getElementById(id);
		if (element) window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - top);
	} else if (location.hash) {
		document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
	}

	// Read when the reader leaves (a reload, a link, a back button, another tab or app), not while
	// scrolling: 150 ms after a scroll it read every anchor's box in the middle of a step's
	// changes, a layout forced mid-scroll (15–20 ms with the CPU 4× slower).
	const save = () => {
		const line = window.innerHeight * triggerOffset;
		let best: { id: string; top: number } | undefined;
		for (const element of document.querySelectorAll<HTMLElement>(ANCHORS)) {
			const top = element.getBoundingClientRect().top;
			if (top <= line && (!best || top > best.top)) best = { id: element.id, top };
		}
		if (best) sessionStorage.setItem(key, JSON.stringify(best));
		else sessionStorage.removeItem(key);
	};
	const onHidden = () => {
		if (document.visibilityState === 'hidden') save();
	};
	window.addEventListener('pagehide', save);
	document.addEventListener('visibilitychange', onHidden);
	return () => {
		window.removeEventListener('pagehide', save);
		document.removeEventListener('visibilitychange', onHidden);
	};
}
