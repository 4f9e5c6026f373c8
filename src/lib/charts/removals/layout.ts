// Where the text of the three immigration-enforcement charts goes (removals, detention,
// apprehensions), for a plot of a given size in px. Pure: the server lays out for a phone-sized
// plot, the browser again for the real one.
//
// Notes (a gap, a year after the story's date) go first, by their point. Value labels go beside
// their dots (the first free position of a few) or, where none is free, are lifted to a free row
// at the top with a leader down to the dot (a callout). Event-marker labels take the first free
// row from the top (their lines run the full height, so any row will do), before or after the
// values, whichever crowds fewer labels. "Free" means inside the plot, clear of the drawn lines,
// the dots and every label already placed.
import type { Point } from '../shared/series';
import { LINE_HEIGHT, textWidth } from '../shared/text-width';
import {
	DEFAULT_SIZE,
	GAP,
	Obstacles,
	dotBox,
	labelBox as boxAt,
	leastCrowded,
	type Anchor,
	type Box,
	type Place,
	type Size
} from '../shared/label-boxes';

/** MarkersX and MarkerLeaders rows: 1.35rem. */
export const ROW = 21.6;
const MAX_ROWS = 8;
const NUDGE = 3.2; // 0.2rem: how far a start- or end-anchored label reaches past its point
/** The charts' right padding (px): room for half a dot and a label's nudge past the last year. */
export const EDGE = 6;
const MARKER_INSET = 4.8; // MarkersX: 0.3rem from the line
const MARKER_PAD = 2.4; // MarkersX: 0.15rem padding each side of the label
const LEADER_PAD = 5.6; // Callouts: 0.35rem padding between leader and label

export type Tone = 'drug' | 'immigration' | 'context' | 'ink' | 'muted';

export interface LabelRequest {
	key: string;
	point: Point;
	lines: string[];
	tone: Tone;
	/** Positions to try, best first; the default suits a value label. */
	tries?: [Anchor, Place][];
	/** May this label be lifted to a top row with a leader when no position is free? */
	callout?: boolean;
	/** The same text broken into more, shorter lines: tried where the one-line form fits nowhere. */
	narrow?: string[];
}

export interface MarkerRequest {
	key: string;
	/** Position on the x axis (fractional years are fine). */
	x: number;
	label: string;
	/** A shorter label (e.g. without the year, which the axis shows), for a crowded plot. */
	short?: string;
}

/** A label for the TextLabels layer. */
export interface PlacedLabel {
	key: string;
	x: number;
	y: number;
	lines: string[];
	anchor: Anchor;
	place: Place;
	tone: Tone;
}

/** A lifted value label for the Callouts layer. */
export interface Callout {
	key: string;
	x: number;
	to: number;
	lines: string[];
	row: number;
	side: 'left' | 'right';
	tone: Tone;
}

export interface LayoutInput {
	xDomain: [number, number];
	yDomain: [number, number];
	/** The runs of line drawn at the step's end (gaps already split out). */
	lines: Point[][];
	/** Dots drawn on the plot. */
	dots: Point[];
	values: LabelRequest[];
	notes?: LabelRequest[];
	markers: MarkerRequest[];
}

export interface Layout {
	labels: PlacedLabel[];
	callouts: Callout[];
	/** The row and the text (label or short label) chosen for each marker, by key. */
	markerRows: Record<string, number>;
	markerLabels: Record<string, string>;
	/** Keys of labels that found no free place and were drawn at their first choice regardless. */
	crowded: string[];
}

export const VALUE_TRIES: [Anchor, Place][] = [
	['middle', 'above'],
	['end', 'above'],
	['start', 'above'],
	['middle', 'below'],
	['end', 'below'],
	['start', 'below'],
	['end', 'middle'],
	['start', 'middle']
];

/**
 * The box (px) a TextLabels label covers at (px, py). A start- or end-anchored label above or
 * below its point may reach a nudge past it; the box allows for it either way, so the layout
 * holds whether or not TextLabels nudges.
 */
export function labelBox(
	px: number,
	py: number,
	width: number,
	height: number,
	anchor: Anchor,
	place: Place
): Box {
	return boxAt(px, py, width, height, anchor, place, NUDGE);
}

/** The box a MarkersX label covers in `row`, beside a marker line at px. */
export function markerBox(px: number, label: string, row: number, plotWidth: number): Box {
	const width = textWidth(label) + 2 * MARKER_PAD;
	const hangLeft = px > plotWidth * 0.55;
	const left = hangLeft ? px - MARKER_INSET - width : px + MARKER_INSET;
	return { left, right: left + width, top: row * ROW, bottom: row * ROW + LINE_HEIGHT };
}

/** Lays out every label of one chart state for a plot of `size` px. */
export function layout(input: LayoutInput, size: Size = DEFAULT_SIZE): Layout {
	// Labels placed early win the best spots: try the value labels in every order (there are few),
	// with the marker labels placed after them or before them, and keep the layout with the fewest
	// crowded labels, then the fewest callouts.
	const orders = input.values.length <= 5 ? permutations(input.values) : [input.values];
	const cost = (l: Layout) => l.crowded.length * 100 + l.callouts.length;
	let best: Layout | undefined;
	for (const markersFirst of [false, true]) {
		for (const values of orders) {
			const result = layoutInOrder({ ...input, values }, size, markersFirst);
			if (!best || cost(result) < cost(best)) best = result;
			if (cost(best) === 0) return best;
		}
	}
	return best!;
}

function permutations<T>(items: T[]): T[][] {
	if (items.length <= 1) return [items];
	return items.flatMap((item, i) =>
		permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest])
	);
}

function layoutInOrder(input: LayoutInput, size: Size, markersFirst: boolean): Layout {
	const [x0, x1] = input.xDomain;
	const [y0, y1] = input.yDomain;
	const sx = (year: number) => ((year - x0) / (x1 - x0)) * size.width;
	const sy = (value: number) => size.height - ((value - y0) / (y1 - y0)) * size.height;
	// A label anchored at the first or last year may reach a nudge past it: into the value-axis
	// gutter on the left, into the chart's right padding (EDGE) on the right.
	const plot = new Obstacles({
		left: -NUDGE - 0.5,
		right: size.width + EDGE,
		top: 0,
		bottom: size.height
	});
	for (const run of input.lines) plot.addRun(run, sx, sy);
	for (const p of input.dots) plot.boxes.push(dotBox(sx(p.year), sy(p.value)));

	const labels: PlacedLabel[] = [];
	const callouts: Callout[] = [];
	const crowded: string[] = [];
	// An option's conflicts are counted only when it is considered: the first free one wins.
	type Option = { boxes: Box[]; conflicts: (limit: number) => number; commit: () => void };

	const nearOptions = (request: LabelRequest, lines: string[]): Option[] => {
		const width = Math.max(...lines.map(textWidth));
		const height = lines.length * LINE_HEIGHT;
		const [px, py] = [sx(request.point.year), sy(request.point.value)];
		return (request.tries ?? VALUE_TRIES).map(([anchor, where]) => {
			const box = labelBox(px, py, width, height, anchor, where);
			return {
				boxes: [box],
				conflicts: (limit) => plot.conflicts(box, limit),
				commit: () =>
					labels.push({
						key: request.key,
						x: request.point.year,
						y: request.point.value,
						lines,
						anchor,
						place: where,
						tone: request.tone
					})
			};
		});
	};
	const liftedOptions = (request: LabelRequest, lines: string[]): Option[] => {
		const width = Math.max(...lines.map(textWidth));
		const height = lines.length * LINE_HEIGHT;
		const [px, py] = [sx(request.point.year), sy(request.point.value)];
		const side = px > size.width / 2 ? 'left' : 'right';
		// Rows above the dot, nearest first, so the leader stays short.
		const lowest = Math.floor((py - GAP - height) / ROW);
		return Array.from({ length: Math.max(0, lowest + 1) }, (_, i) => {
			const row = lowest - i;
			const top = row * ROW;
			const left = side === 'left' ? px - LEADER_PAD - width : px + LEADER_PAD;
			const box = { left, right: left + width, top, bottom: top + height };
			// The leader runs from under the label down to just above the dot.
			const leader = { left: px, right: px, top: box.bottom, bottom: py - GAP };
			const conflicts = (limit: number) =>
				leader.bottom <= leader.top
					? 100
					: plot.conflicts(box, limit) + plot.conflicts(leader, limit);
			return {
				boxes: [box, leader],
				conflicts,
				commit: () =>
					callouts.push({
						key: request.key,
						x: request.point.year,
						to: request.point.value,
						lines,
						row,
						side,
						tone: request.tone
					})
			};
		});
	};

	const place = (request: LabelRequest) => {
		const shapes = request.narrow ? [request.lines, request.narrow] : [request.lines];
		// Beside the dot in either shape before lifting it; one line before several.
		const near = shapes.flatMap((lines) => nearOptions(request, lines));
		const lifted = request.callout ? shapes.flatMap((lines) => liftedOptions(request, lines)) : [];
		const { option: chosen, conflicts } = leastCrowded([...near, ...lifted], (o, limit) =>
			o.conflicts(limit)
		);
		if (conflicts > 0) crowded.push(request.key);
		plot.boxes.push(...chosen.boxes);
		chosen.commit();
	};
	const markerRows: Record<string, number> = {};
	const markerLabels: Record<string, string> = {};
	// Rightmost first: the data usually climbs to the right, so those labels need the top rows.
	const placeMarkers = () => {
		for (const marker of [...input.markers].sort((a, b) => b.x - a.x)) {
			const px = sx(marker.x);
			const texts = marker.short ? [marker.label, marker.short] : [marker.label];
			const options = texts.flatMap((label) =>
				Array.from({ length: MAX_ROWS }, (_, row) => {
					const box = markerBox(px, label, row, size.width);
					return { label, row, box };
				})
			);
			const { option: chosen, conflicts } = leastCrowded(options, (o, limit) =>
				plot.conflicts(o.box, limit)
			);
			if (conflicts > 0) crowded.push(marker.key);
			markerRows[marker.key] = chosen.row;
			markerLabels[marker.key] = chosen.label;
			plot.boxes.push(chosen.box);
		}
	};

	// Notes (a gap, a year after the story) first: they belong exactly where they are.
	for (const request of input.notes ?? []) place(request);
	if (markersFirst) placeMarkers();
	for (const request of input.values) place(request);
	if (!markersFirst) placeMarkers();

	return { labels, callouts, markerRows, markerLabels, crowded };
}
