// The faces the first screen does not need (the serif's italic), loaded in an idle moment once the
// page has started. Left to load when text first asked for one, mid-scroll, a face either came too
// late for `font-display: optional` (its fallback then stays for the page's life) or came in time
// and had the browser restyle and lay out the page's text again, one long frame of the scroll.
export const LATER_FACES = ['italic 400 1em "Story Serif"'];

/** Starts loading the faces in LATER_FACES (in the browser); one that fails keeps its fallback. */
export function loadLaterFonts(): void {
	for (const face of LATER_FACES) document.fonts.load(face).catch(() => {});
}
