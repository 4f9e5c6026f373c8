// The fade the charts' labels, dots and rules come and go with: `in:fadeIn out:fadeOut`.
//
// Svelte decides when an element comes or goes (only after its chart's first drawing); the fade
// itself is one Web Animation with two keyframes, started here. Svelte's own transitions cost far
// more per element: a placeholder animation, a callback a frame later, a keyframe per frame built
// from a CSS string, two events. A step that swaps a dozen labels made a long task of that on a
// slow phone. Nothing here reads the layout either (Svelte's `fade` reads the computed opacity).
//
// On HTML the fade runs through `filter: opacity()`, which multiplies whatever opacity the
// element's CSS gives it (a leader's 0.6, say); on SVG, through `opacity` itself, so an SVG
// element faded this way must not take its opacity from CSS.
import type { TransitionConfig } from 'svelte/transition';

export interface FadeOptions {
	/** In ms; 0 (reduced motion) shows or removes the element at once. */
	duration?: number;
}

/** The fade under way on an element, so that one coming back mid-fade can undo it. */
const fading = new WeakMap<Element, Animation>();

function play(node: Element, to: 0 | 1, duration: number) {
	fading.get(node)?.cancel();
	fading.delete(node);
	if (duration <= 0 || typeof node.animate !== 'function') return;
	const svg = node instanceof SVGElement;
	const at = (t: number): Keyframe => (svg ? { opacity: t } : { filter: `opacity(${t})` });
	const animation = node.animate([at(1 - to), at(to)], {
		duration,
		// A leaving element stays invisible until Svelte removes it, just after.
		fill: to === 0 ? 'forwards' : 'none'
	});
	fading.set(node, animation);
}

/** Fades an element in as it arrives; Svelte's part of the intro takes no time. */
export function fadeIn(node: Element, { duration = 250 }: FadeOptions = {}): TransitionConfig {
	// A chart drawn part by part out of sight (story/ChartStart.svelte) shows each part at once.
	if (node.closest('[data-starting]')) return { duration: 0 };
	play(node, 1, duration);
	return { duration: 0 };
}

/**
 * Fades an element out; Svelte removes it once `duration` has passed. Given as a function, which
 * Svelte calls at every outro: it keeps the options of an outro undone by the element's return,
 * and would otherwise not fade the element the next time it leaves.
 */
export function fadeOut(
	node: Element,
	{ duration = 250 }: FadeOptions = {}
): () => TransitionConfig {
	return () => {
		play(node, 0, duration);
		return { duration };
	};
}
