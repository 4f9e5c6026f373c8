// Where the imprisonment chart's marker labels go, for a plot of a given size in px. Pure: the
// server lays out for a phone-sized plot, the browser again for the real one.
//
// Marker labels keep MarkerLeaders' staircase (the rightmost marker on top, each label under the
// one before, so no label crosses another's leader), but each takes the first height from the top
// where its box crosses no gridline: a label never sits on a value line. A dot's label keeps the
// value over its year only where both lines clear the gridlines.
import { LINE_HEIGHT, textWidth, wrap } from '../shared/text-width';
import type { Box, Size } from '../shared/label-boxes';
import type { Point } from '../shared/series';

/** MarkerLeaders' row: 1.35rem. */
export const ROW = 21.6;
/** MarkerLeaders draws a label 0.15rem above its row and 0.3rem clear of its leader. */
const RAISE = 2.4;
const INSET = 4.8;
/** Room kept between a label's box and a gridline. */
const CLEAR = 1;
/** Room between one label's box and the next. */
const SPACE = 2;

/** The chart's LayerCake padding (px): room for "100%" in the gutter, and for the last dot. */
export const PAD_LEFT = 46;
export const PAD_RIGHT = 8;
/** The share strip's height in px before the browser measures it: a phone's, its title on two lines. */
export const STRIP_HEIGHT = 155;
/** How far the strip reaches below the main plot's box, into the room kept for a year axis (1.5rem). */
export const STRIP_OVERHANG = 24;

export interface MarkerLabel {
	key: string;
	year: number;
	label: string;
}

/** How many lines a marker label takes, hung left of its leader at `year`. */
export function markerLines(label: string, year: number, x: (year: number) => number): number {
	return wrap(label, Math.max(1, x(year) - INSET)).length;
}

/** A marker label as laid out at the plot's scale: where it ends, its width and its lines. */
interface Measured {
	right: number;
	width: number;
	lines: number;
}

function measure(marker: MarkerLabel, x: (year: number) => number): Measured {
	const right = x(marker.year);
	const lines = wrap(marker.label, Math.max(1, right - INSET));
	return { right, width: Math.max(...lines.map(textWidth)), lines: lines.length };
}

/** The box (px) a marker label covers with its row's top at `top`. */
function boxAt({ right, width, lines }: Measured, top: number): Box {
	return {
		left: right - INSET - width,
		right,
		top: top - RAISE,
		bottom: top - RAISE + lines * LINE_HEIGHT
	};
}

/**
 * Each marker's row (in MarkerLeaders' rows of 1.35rem, fractional), in the order given: the
 * first at the top. `gridlines` are the gridlines' heights in px from the top of the plot, `line`
 * the drawn line's points in px. Each label steps below any gridline it would cross, with a little
 * room between labels; on a plot too short for that, first without the room, then (rather than
 * let a label reach the line) over the gridlines.
 */
export function markerRows(
	markers: MarkerLabel[],
	gridlines: number[],
	x: (year: number) => number,
	line: [number, number][] = []
): Record<string, number> {
	// Each label is wrapped and measured once: the attempts below try it at many heights.
	const measured = markers.map((marker) => ({ marker, size: measure(marker, x) }));
	const clearOfLine = (rows: Record<string, number>) =>
		measured.every(({ marker, size }) => {
			const box = boxAt(size, rows[marker.key]! * ROW);
			return line.every(([px, py]) => px < box.left || px >= box.right || py > box.bottom + CLEAR);
		});
	const attempts: [number[], number][] = [
		[gridlines, SPACE],
		[gridlines, 0],
		[[], 0]
	];
	let rows: Record<string, number> = {};
	for (const [avoid, space] of attempts) {
		rows = stack(measured, avoid, space);
		if (clearOfLine(rows)) break;
	}
	return rows;
}

function stack(
	measured: { marker: MarkerLabel; size: Measured }[],
	gridlines: number[],
	space: number
): Record<string, number> {
	const rows: Record<string, number> = {};
	const sorted = [...gridlines].sort((a, b) => a - b);
	let top = 0;
	for (const { marker, size } of measured) {
		// Step below each gridline the box would cross (rising order, so one pass settles it).
		for (const y of sorted) {
			const box = boxAt(size, top);
			if (y >= box.top - CLEAR && y <= box.bottom + CLEAR) top = y + CLEAR + 1 + RAISE;
		}
		rows[marker.key] = top / ROW;
		// The next label starts just under this one.
		top = boxAt(size, top).bottom + RAISE + space;
	}
	return rows;
}

/** The plot's scales in px, for the layouts above. */
export function scalesFor(size: Size, [x0, x1]: [number, number], yMax: number) {
	return {
		x: (year: number) => ((year - x0) / (x1 - x0)) * size.width,
		y: (value: number) => (1 - value / yMax) * size.height
	};
}

/** Dots hangs a label 0.7rem above or below its dot. */
const DOT_GAP = 11.2;

/**
 * How many lines a dot's label above or below it may take (of `most`) and cross no gridline, the
 * baseline included: the value over its year where two lines fit, else one line.
 */
export function dotLabelLines(
	py: number,
	place: 'above' | 'below' | 'left' | 'right',
	most: number,
	gridlines: number[]
): number {
	if (place === 'left' || place === 'right') return most;
	for (let lines = most; lines > 1; lines--) {
		const height = lines * LINE_HEIGHT;
		const top = place === 'below' ? py + DOT_GAP : py - DOT_GAP - height;
		if (gridlines.every((y) => y < top - CLEAR || y > top + height + CLEAR)) return lines;
	}
	return 1;
}

/** The share strip's dots (Chart.svelte): 0.5rem across, their labels 0.7rem from the centre. */
export const SHARE_DOT = 8;

export interface ShareLabelGroup {
	/** The labelled point and its neighbours whose dots touch it, in year order. */
	years: number[];
	values: number[];
	place: 'above' | 'below';
}

/**
 * Which years each share label must name on a plot `width` px wide: a labelled point alone where
 * its dot stands apart; with its neighbour where their dots touch (1999 and 2000, 2007 and 2008 on
 * a phone), so the label names both dots it sits by.
 */
export function shareLabelGroups(
	points: Point[],
	labelled: { year: number; place: 'above' | 'below' | 'left' | 'right' }[],
	width: number,
	[x0, x1]: [number, number]
): ShareLabelGroup[] {
	const px = (year: number) => ((year - x0) / (x1 - x0)) * width;
	return labelled.map((l) => {
		const group = points.filter((p) => Math.abs(px(p.year) - px(l.year)) < SHARE_DOT);
		return {
			years: group.map((p) => p.year),
			values: group.map((p) => p.value),
			place: l.place === 'below' ? 'below' : 'above'
		};
	});
}
