// The fade the charts' labels, dots and rules come in with: `in:fadeIn`.
//
// Svelte decides when an element comes (only after its chart's first drawing); the fade itself is
// one Web Animation with two keyframes, started here. Svelte's own transitions cost far more per
// element: a placeholder animation, a callback a frame later, a keyframe per frame built from a
// CSS string, two events. A step that swaps a dozen labels made a long task of that on a slow
// phone. Nothing here reads the layout either (Svelte's `fade` reads the computed opacity).
//
// Marks leave at once, with no fade. An outro kept each leaving mark on the page with three Web
// Animations (Svelte's placeholder, its timer, the fade) and removed it in a later frame: a fifth
// of a step change's render frame, and a second change of the chart a quarter second later, while
// the reader may already be on the next step. The new marks fading in carry the change.
//
// On HTML the fade runs through `filter: opacity()`, which multiplies whatever opacity the
// element's CSS gives it (a leader's 0.6, say); on SVG, through `opacity` itself, so an SVG
// element faded this way must not take its opacity from CSS.
import type { TransitionConfig } from 'svelte/transition';

export interface FadeOptions {
	/** In ms; 0 (reduced motion) shows the element at once. */
	duration?: number;
}

/** Fades an element in as it arrives; Svelte's part of the intro takes no time. */
export function fadeIn(node: Element, { duration = 250 }: FadeOptions = {}): TransitionConfig {
	// A chart drawn part by part out of sight (story/ChartStart.svelte) shows each part at once.
	if (duration <= 0 || typeof node.animate !== 'function' || node.closest('[data-starting]')) {
		return { duration: 0 };
	}
	const at = (t: number): Keyframe =>
		node instanceof SVGElement ? { opacity: t } : { filter: `opacity(${t})` };
	node.animate([at(0), at(1)], { duration, fill: 'none' });
	return { duration: 0 };
}
