// The geometry the label layouts share (removals/layout.ts for the fiscal-year charts,
// prosecutions/layout.ts): the box a TextLabels label covers, and the things already on a plot
// that a new label must not cover. Pure, in px, so layout runs on the server and in tests.
import type { Point } from './series';

export interface Size {
	width: number;
	height: number;
}

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export type Anchor = 'start' | 'middle' | 'end';
export type Place = 'above' | 'middle' | 'below';
type Segment = [[number, number], [number, number]];

/** The plot the server lays out for: a phone-width chart. */
export const DEFAULT_SIZE: Size = { width: 320, height: 300 };

/** 0.5rem: between a point and a label above, below or beside it (TextLabels). */
export const GAP = 8;
/** Half a dot, with its paper ring. */
export const DOT = 6;
/** Half a line's width. */
export const STROKE = 2;

/** Whether two boxes overlap (touching is fine: a label's line box has room around its letters). */
export function overlaps(a: Box, b: Box): boolean {
	return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function grow(box: Box, by: number): Box {
	return { left: box.left - by, right: box.right + by, top: box.top - by, bottom: box.bottom + by };
}

/** The box a dot at (cx, cy) covers. */
export function dotBox(cx: number, cy: number): Box {
	return { left: cx - DOT, right: cx + DOT, top: cy - DOT, bottom: cy + DOT };
}

/** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
export function segmentHits(a: [number, number], b: [number, number], box: Box): boolean {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	// Layout calls this hundreds of thousands of times while a chart hydrates: no allocation here.
	let t0 = 0;
	let t1 = 1;
	const clip = (p: number, q: number): boolean => {
		if (p === 0) return q >= 0;
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		return t0 <= t1;
	};
	return (
		clip(-dx, a[0] - box.left) &&
		clip(dx, box.right - a[0]) &&
		clip(-dy, a[1] - box.top) &&
		clip(dy, box.bottom - a[1])
	);
}

/**
 * The box (px) a TextLabels label of `width` × `height` covers at (px, py). A start- or
 * end-anchored label above or below its point may reach `nudge` px past it (TextLabels draws none;
 * a layout may allow for one).
 */
export function labelBox(
	px: number,
	py: number,
	width: number,
	height: number,
	anchor: Anchor,
	place: Place,
	nudge = 0
): Box {
	let left: number;
	let right: number;
	if (place === 'middle') {
		left = anchor === 'start' ? px + GAP : anchor === 'end' ? px - GAP - width : px - width / 2;
		right = left + width;
	} else if (anchor === 'start') {
		left = px - nudge;
		right = px + width;
	} else if (anchor === 'end') {
		left = px - width;
		right = px + nudge;
	} else {
		left = px - width / 2;
		right = left + width;
	}
	const top =
		place === 'above' ? py - GAP - height : place === 'below' ? py + GAP : py - height / 2;
	return { left, right, top, bottom: top + height };
}

/**
 * Everything already on a plot that a label must not cover: label boxes, dots and the segments of
 * the drawn lines. A label must also stay inside `bounds`.
 */
export class Obstacles {
	boxes: Box[] = [];
	segments: Segment[] = [];
	constructor(readonly bounds: Box) {}

	/** Adds the segments of a line through `points`. */
	addRun(points: Point[], x: (year: number) => number, y: (value: number) => number) {
		for (let i = 1; i < points.length; i++) {
			const a = points[i - 1]!;
			const b = points[i]!;
			this.segments.push([
				[x(a.year), y(a.value)],
				[x(b.year), y(b.value)]
			]);
		}
	}

	inside(box: Box): boolean {
		const b = this.bounds;
		return box.left >= b.left && box.right <= b.right && box.top >= b.top && box.bottom <= b.bottom;
	}

	/**
	 * How many things the box would cover (0: free), counting no further than `limit`; outside the
	 * bounds counts as 100.
	 */
	conflicts(box: Box, limit = Infinity): number {
		if (!this.inside(box)) return 100;
		const padded = grow(box, STROKE);
		let count = 0;
		for (const b of this.boxes) {
			if (overlaps(b, box) && ++count >= limit) return count;
		}
		for (const [a, b] of this.segments) {
			// Most segments lie wholly to one side of the box: skip the clipping for them.
			if (
				Math.max(a[0], b[0]) < padded.left ||
				Math.min(a[0], b[0]) > padded.right ||
				Math.max(a[1], b[1]) < padded.top ||
				Math.min(a[1], b[1]) > padded.bottom
			)
				continue;
			if (segmentHits(a, b, padded) && ++count >= limit) return count;
		}
		return count;
	}

	free(box: Box): boolean {
		return this.conflicts(box, 1) === 0;
	}
}

/** The first option with no conflict, else the first with the fewest: counting stops at a free one. */
export function leastCrowded<T>(
	options: T[],
	count: (option: T, limit: number) => number
): { option: T; conflicts: number } {
	let best: { option: T; conflicts: number } = { option: options[0] as T, conflicts: Infinity };
	for (const option of options) {
		// Counting past the best so far cannot change the choice.
		const conflicts = count(option, best.conflicts);
		if (conflicts < best.conflicts) best = { option, conflicts };
		if (conflicts === 0) break;
	}
	return best;
}
