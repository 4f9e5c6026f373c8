// The map's frame and label positions: small constants the browser needs. The state shapes
// themselves are computed on the server (geo.ts) and arrive with the page's data as "us-states",
// so the atlas and the projection code never ship to the browser.
export interface StateShape {
	/** The state's name as us-atlas spells it (matches the dataset's `state` column). */
	name: string;
	/** SVG path data in whole atlas units, each point relative to the last (geo.ts). */
	d: string;
	/** Where a label can sit: the shape's centroid. */
	centroid: [number, number];
}

/** The atlas's own frame, with a little margin: x from −60 (the Aleutians) to 960, y 10–610. */
export const VIEW = { x: -60, y: 10, width: 1020, height: 600 };

/**
 * A point well inside each border state (atlas units): where its label is tried first, and where
 * a leader starts when the label must sit outside the state (labels.ts).
 */
export const LABEL_AT: Record<string, [number, number]> = {
	California: [86, 282],
	Arizona: [188, 392],
	'New Mexico': [322, 388],
	Texas: [452, 482]
};

/** The map's width (px) the server draws for: a phone's. */
export const PHONE_MAP_WIDTH = 328;
