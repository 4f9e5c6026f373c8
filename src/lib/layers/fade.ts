// The fade the charts' labels, dots and rules come and go with. Svelte's own fade reads each
// element's computed opacity as it starts, which makes the browser restyle the page once per
// element: a step that swaps a dozen labels made a long task of it on a slow phone. This one
// reads nothing. On HTML it fades through `filter: opacity()`, which multiplies whatever opacity
// the element's CSS gives it (a leader's 0.6, say); on SVG, through `opacity` itself, so an SVG
// element faded this way must not take its opacity from CSS.
import type { TransitionConfig } from 'svelte/transition';

export function fade(
	node: Element,
	{ delay = 0, duration = 250 }: { delay?: number; duration?: number } = {}
): TransitionConfig {
	const svg = node instanceof SVGElement;
	return {
		delay,
		duration,
		css: svg ? (t) => `opacity: ${t}` : (t) => `filter: opacity(${t})`
	};
}
