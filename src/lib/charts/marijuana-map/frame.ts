// The map's frame and label positions: small constants the browser needs. The state shapes
// themselves are computed on the server (geo.ts) and arrive with the page's data as "us-states",
// so the atlas and the projection code never ship to the browser.
import { textWidth } from '../shared/text-width';

export interface StateShape {
	/** The state's name as us-atlas spells it (matches the dataset's `state` column). */
	name: string;
	/** SVG path data in the atlas's coordinates. */
	d: string;
	/** Where a label can sit: the shape's centroid. */
	centroid: [number, number];
}

/** The atlas's own frame, with a little margin: x from −60 (the Aleutians) to 960, y 10–610. */
export const VIEW = { x: -60, y: 10, width: 1020, height: 600 };

/**
 * Where the border states' labels sit (atlas units): their centroids, with Arizona's and New
 * Mexico's pulled apart so that two short labels fit side by side on a phone.
 */
export const LABEL_AT: Record<string, [number, number]> = {
	California: [86, 282],
	Arizona: [188, 392],
	'New Mexico': [322, 388],
	Texas: [452, 482]
};

/** The map's width (px) the server draws for: a phone's. */
export const PHONE_MAP_WIDTH = 328;
/** The border labels' line height: 1.1 × 13 px. */
const LABEL_LINE = 14.3;

/**
 * Whether labels of several lines, centred on atlas points, would touch (4 px apart or less) on a
 * map `width` px wide.
 */
export function crowded(labels: { at: [number, number]; lines: string[] }[], width: number) {
	const scale = width / VIEW.width;
	const boxes = labels.map(({ at, lines }) => {
		const w = Math.max(...lines.map(textWidth)) + 4;
		const h = lines.length * LABEL_LINE + 4;
		const [x, y] = [(at[0] - VIEW.x) * scale, (at[1] - VIEW.y) * scale];
		return { left: x - w / 2, right: x + w / 2, top: y - h / 2, bottom: y + h / 2 };
	});
	return boxes.some((a, i) =>
		boxes
			.slice(i + 1)
			.some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
	);
}
