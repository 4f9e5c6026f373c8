// Where the border states' labels go on a map of a given width in px. Pure (atlas units in, atlas
// units out), so the server, the browser and the tests lay them out alike.
//
// A label sits inside its state where its box fits there, clear of every outline; else it moves
// to the nearest blank spot (ocean, Mexico, the room beside the map) and a leader ties it to its
// state. A leader crosses no state's outline but its own, and no label covers another or a leader.
import { grow, overlaps, segmentHits, type Box } from '../shared/label-boxes';
import { textWidth } from '../shared/text-width';
import { Remembered, runToEnd, type Steps } from '../shared/slices';
import { LABEL_AT, VIEW, type StateShape } from './frame';

type Pt = [number, number];
type Seg = [Pt, Pt];

/** The border labels' line height: 1.1 × 13 px (Chart.svelte's .border-label). */
export const LABEL_LINE = 14.3;
/** Room (px) around a label's text (its paper halo blurs past this, onto blank ground). */
const HALO = 1;
/** Room (px) kept between a label and any outline or other label. */
const MARGIN = 2;
/** Grid steps (px) for the spots tried: finer inside a state, where room is tight. */
const INSIDE_STEP = 2;
const OUTSIDE_STEP = 5;
/** A leader is at most this long (px): past that a label no longer reads as its state's. */
const MAX_LEADER = 90;

export interface LabelRequest {
	name: string;
	lines: string[];
}

export interface PlacedLabel {
	name: string;
	/** The label's centre, atlas units. */
	at: Pt;
	box: Box;
	/** From a point inside the state to the label's edge, when the label sits outside it. */
	leader?: Seg;
}

/** An outlined shape's rings, read from its SVG path ("M x,y l dx,dy dx,dy … z", as geo.ts writes it). */
export function rings(d: string): Pt[][] {
	return d
		.split('M')
		.filter(Boolean)
		.map((part) => {
			const [x, y, ...steps] = (part.match(/-?[\d.]+/g) ?? []).map(Number);
			const ring: Pt[] = [[x!, y!]];
			for (let i = 0; i + 1 < steps.length; i += 2) {
				const [px, py] = ring.at(-1)!;
				ring.push([px + steps[i]!, py + steps[i + 1]!]);
			}
			return ring;
		});
}

/** Even–odd rule: inside an odd number of rings. */
export function insideRings(p: Pt, shape: Pt[][]): boolean {
	let inside = false;
	for (const ring of shape) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
				inside = !inside;
		}
	}
	return inside;
}

function segmentsCross([a, b]: Seg, [c, d]: Seg): boolean {
	const side = (p: Pt, q: Pt, r: Pt) =>
		Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
	return side(a, b, c) !== side(a, b, d) && side(c, d, a) !== side(c, d, b);
}

/** The box a segment spans. */
function segmentBox([[x1, y1], [x2, y2]]: Seg): Box {
	return {
		left: Math.min(x1, x2),
		right: Math.max(x1, x2),
		top: Math.min(y1, y2),
		bottom: Math.max(y1, y2)
	};
}

/** Every outline segment, bucketed in square cells so a box only meets the segments near it. */
export class Outlines {
	private cells = new Map<number, { seg: Seg; owner: string }[]>();
	readonly shapes = new Map<string, Pt[][]>();
	private boxes = new Map<string, Box>();
	/** Per state, per row (y): where its outline crosses that row, sorted (see `inside`). */
	private rows = new Map<string, Map<number, number[]>>();
	constructor(
		shapes: StateShape[] = [],
		private cell = 40
	) {
		runToEnd(this.adding(shapes));
	}
	/** Adds the shapes' outlines, pausable after each shape. */
	*adding(shapes: StateShape[]): Steps<void> {
		for (const shape of shapes) {
			const rs = rings(shape.d);
			this.shapes.set(shape.name, rs);
			this.boxes.set(shape.name, bounds(rs));
			for (const ring of rs)
				for (let i = 1; i < ring.length; i++) this.add([ring[i - 1]!, ring[i]!], shape.name);
			yield;
		}
	}
	// A cell's key is a number (i, j packed), not a string: keys are made for every spot tried.
	private keys(box: Box): number[] {
		const out: number[] = [];
		for (let i = Math.floor(box.left / this.cell); i <= Math.floor(box.right / this.cell); i++)
			for (let j = Math.floor(box.top / this.cell); j <= Math.floor(box.bottom / this.cell); j++)
				out.push((i + 1024) * 4096 + (j + 1024));
		return out;
	}
	private add(seg: Seg, owner: string) {
		const box = segmentBox(seg);
		for (const key of this.keys(box)) {
			const list = this.cells.get(key) ?? [];
			list.push({ seg, owner });
			this.cells.set(key, list);
		}
	}
	/** Whether any outline passes through the box. */
	hitsBox(box: Box): boolean {
		return this.keys(box).some((key) =>
			(this.cells.get(key) ?? []).some(({ seg }) => segmentHits(seg[0], seg[1], box))
		);
	}
	/** How many outline segments but `own`'s the segment crosses (a segment in two cells counts twice). */
	crossings(seg: Seg, own: string): number {
		const box = segmentBox(seg);
		let count = 0;
		for (const key of this.keys(box))
			for (const o of this.cells.get(key) ?? [])
				if (o.owner !== own && segmentsCross(seg, o.seg)) count++;
		return count;
	}
	/**
	 * Whether a point lies in the named state: the same even–odd test as `insideRings`, but the
	 * outline's crossings of each row are found once and kept, since the spots tried lie on a grid
	 * and share rows. (Testing every edge for every spot was most of the map's time on a phone.)
	 */
	inside(name: string, [x, y]: Pt): boolean {
		let byRow = this.rows.get(name);
		if (!byRow) this.rows.set(name, (byRow = new Map()));
		let xs = byRow.get(y);
		if (!xs) {
			xs = [];
			for (const ring of this.shapes.get(name) ?? [])
				for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
					const [xi, yi] = ring[i]!;
					const [xj, yj] = ring[j]!;
					if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
				}
			xs.sort((a, b) => a - b);
			if (byRow.size > 20_000) byRow.clear();
			byRow.set(y, xs);
		}
		// Inside when an odd number of crossings lie to the point's right.
		let lo = 0;
		let hi = xs.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (xs[mid]! > x) hi = mid;
			else lo = mid + 1;
		}
		return (xs.length - lo) % 2 === 1;
	}
	/** The state a point lies in, if any. */
	stateAt(p: Pt): string | undefined {
		for (const name of this.shapes.keys()) {
			const b = this.boxes.get(name)!;
			if (p[0] < b.left || p[0] > b.right || p[1] < b.top || p[1] > b.bottom) continue;
			if (this.inside(name, p)) return name;
		}
		return undefined;
	}
}

/** Where the segment from inside the box's centre towards `p` leaves the box. */
function exitPoint(box: Box, p: Pt): Pt {
	const c: Pt = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
	const dx = p[0] - c[0];
	const dy = p[1] - c[1];
	const tx = dx === 0 ? Infinity : (dx > 0 ? box.right - c[0] : box.left - c[0]) / dx;
	const ty = dy === 0 ? Infinity : (dy > 0 ? box.bottom - c[1] : box.top - c[1]) / dy;
	const t = Math.min(tx, ty, 1);
	return [c[0] + dx * t, c[1] + dy * t];
}

export interface LayoutOptions {
	/** The map's width in px. */
	width: number;
	/** How much larger the label text renders than 13 px (the deck's projector text). */
	textScale?: number;
	/** Room (px) beside the map, left and right, that labels may use. */
	aside?: number;
	/** Things already drawn that labels must keep off (the DC key), atlas units. */
	avoid?: Box[];
	/**
	 * Leave out a label that finds no place, rather than give up: a map too small for every
	 * state's label (a phone's sticky graphic) labels those it can, and no leader crosses a state.
	 */
	partial?: boolean;
}

/**
 * Places each label, in order, inside its state or at the nearest blank spot with a leader that
 * crosses no other state's outline. Returns undefined when some label finds no place at all,
 * unless `partial`: then only the labels placed, in order.
 */
export function placeLabels(
	labels: LabelRequest[],
	outlines: Outlines,
	options: LayoutOptions
): PlacedLabel[] | undefined {
	return runToEnd(placeLabelsSteps(labels, outlines, options));
}

/** Spots tried between two points where the layout may pause (see ../shared/slices). */
const SPOTS_PER_STEP = 16;

/** `placeLabels`, pausable. */
function* placeLabelsSteps(
	labels: LabelRequest[],
	outlines: Outlines,
	{ width, textScale = 1, aside = 0, avoid = [], partial = false }: LayoutOptions
): Steps<PlacedLabel[] | undefined> {
	let tried = 0;
	const k = width / VIEW.width;
	const room = aside / k;
	const frame: Box = {
		left: VIEW.x - room,
		right: VIEW.x + VIEW.width + room,
		top: VIEW.y,
		bottom: VIEW.y + VIEW.height
	};
	const margin = MARGIN / k;
	const placed = new Map<string, PlacedLabel>();
	const taken: Box[] = [...avoid];
	const leaders: Seg[] = [];

	// Labels that fit in their states go first, so that no leader takes the room they need.
	for (const pass of ['inside', 'outside'] as const)
		for (const { name, lines } of labels) {
			if (placed.has(name)) continue;
			const shape = outlines.shapes.get(name);
			if (!shape) return undefined;
			const anchor = LABEL_AT[name] ?? [0, 0];
			const halfW = ((Math.max(...lines.map(textWidth)) * textScale) / 2 + HALO) / k;
			const halfH = ((lines.length * LABEL_LINE * textScale) / 2 + HALO) / k;
			const boxAt = ([x, y]: Pt): Box => ({
				left: x - halfW,
				right: x + halfW,
				top: y - halfH,
				bottom: y + halfH
			});
			const grown = (b: Box): Box => grow(b, margin);
			const clearOfLabels = (box: Box) =>
				!taken.some((t) => overlaps(grown(box), t)) &&
				!leaders.some(([a, b]) => segmentHits(a, b, grown(box)));

			// Inside: spots in the state, nearest the usual label point first.
			let found: PlacedLabel | undefined;
			if (pass === 'inside')
				for (const p of grid(bounds(shape), Math.max(2, INSIDE_STEP / k), anchor, Infinity)) {
					if (++tried % SPOTS_PER_STEP === 0) yield;
					if (!outlines.inside(name, p)) continue;
					const box = boxAt(p);
					if (outlines.hitsBox(grown(box)) || !clearOfLabels(box)) continue;
					found = { name, at: p, box };
					break;
				}
			// Outside, on blank ground, with a leader from the usual label point: the nearest spot
			// whose leader crosses no other state's outline.
			if (pass === 'outside') {
				const reach = MAX_LEADER / k + Math.max(halfW, halfH);
				for (const p of grid(frame, Math.max(4, OUTSIDE_STEP / k), anchor, reach)) {
					if (++tried % SPOTS_PER_STEP === 0) yield;
					const box = boxAt(p);
					if (
						box.left < frame.left ||
						box.right > frame.right ||
						box.top < frame.top ||
						box.bottom > frame.bottom
					)
						continue;
					if (!clearOfLabels(box) || outlines.hitsBox(grown(box)) || outlines.stateAt(p)) continue;
					const leader: Seg = [anchor, exitPoint(box, anchor)];
					if (Math.hypot(leader[1][0] - anchor[0], leader[1][1] - anchor[1]) * k > MAX_LEADER)
						continue;
					if (taken.some((t) => segmentHits(leader[0], leader[1], t))) continue;
					if (outlines.crossings(leader, name) > 0) continue;
					found = { name, at: p, box, leader };
					break;
				}
			}
			if (!found) {
				if (pass === 'outside' && !partial) return undefined;
				continue;
			}
			placed.set(name, found);
			taken.push(grown(found.box));
			if (found.leader) leaders.push(found.leader);
		}
	return labels.flatMap((l) => placed.get(l.name) ?? []);
}

/** Grid points within `reach` of `from`, nearest first, on a lattice of `step` inside `bounds`. */
function grid(bounds: Box, step: number, from: Pt, reach: number): Pt[] {
	const out: { p: Pt; d: number }[] = [];
	const x0 = Math.max(bounds.left, from[0] - reach);
	const x1 = Math.min(bounds.right, from[0] + reach);
	const y0 = Math.max(bounds.top, from[1] - reach);
	const y1 = Math.min(bounds.bottom, from[1] + reach);
	for (let x = from[0] - Math.floor((from[0] - x0) / step) * step; x <= x1; x += step)
		for (let y = from[1] - Math.floor((from[1] - y0) / step) * step; y <= y1; y += step) {
			const d = Math.hypot(x - from[0], y - from[1]);
			if (d <= reach) out.push({ p: [x, y], d });
		}
	return out.sort((a, b) => a.d - b.d).map((o) => o.p);
}

function bounds(shape: Pt[][]): Box {
	const pts = shape.flat();
	const xs = pts.map((p) => p[0]);
	const ys = pts.map((p) => p[1]);
	return {
		left: Math.min(...xs),
		right: Math.max(...xs),
		top: Math.min(...ys),
		bottom: Math.max(...ys)
	};
}

const parsed = new WeakMap<StateShape[], Outlines>();
/** The outlines of a set of shapes, parsed once per page. */
export function outlinesOf(shapes: StateShape[]): Outlines {
	return runToEnd(outlinesSteps(shapes));
}

/** `outlinesOf`, pausable. */
function* outlinesSteps(shapes: StateShape[]): Steps<Outlines> {
	let outlines = parsed.get(shapes);
	if (!outlines) {
		outlines = new Outlines();
		yield* outlines.adding(shapes);
		parsed.set(shapes, outlines);
	}
	return outlines;
}

export interface BorderLayout {
	/** True where only the abbreviations fit: the line under the map then gives the years. */
	compact: boolean;
	/** The labels drawn: on a small map, possibly fewer than the states (the line under names all). */
	placed: PlacedLabel[];
}

export interface BorderLabel {
	name: string;
	abbr: string;
	detail: string;
}

const layouts = new Remembered<BorderLayout | undefined>(50);
/** What a layout is remembered by: its labels and options. */
export const borderLayoutKey = (labels: BorderLabel[], options: LayoutOptions) =>
	JSON.stringify([labels, options]);

/**
 * The border labels as the map draws them: both lines where they fit; else the abbreviations
 * alone; else, on a map too small for blank ground near every state (a phone's sticky graphic, the
 * handout), the abbreviations that find a clear place (in the state, or near it with a leader
 * that crosses no other state), and none for the rest: fewer labels, each plainly its state's;
 * the line under the map names all four with their years. Remembered, so scrolling back and
 * forth between steps lays out each case once.
 */
export function borderLayout(
	labels: BorderLabel[],
	outlines: Outlines,
	options: LayoutOptions
): BorderLayout | undefined {
	return runToEnd(layoutSteps(labels, outlines, options));
}

/** `borderLayout` for the map's shapes, pausable: the browser lays the labels out between frames. */
export function* borderLayoutSteps(
	labels: BorderLabel[],
	shapes: StateShape[],
	options: LayoutOptions
): Steps<BorderLayout | undefined> {
	return yield* layoutSteps(labels, yield* outlinesSteps(shapes), options);
}

/** A layout already made (`found` false when it was never asked for). */
export const rememberedBorderLayout = (key: string) => layouts.get(key);

function* layoutSteps(
	labels: BorderLabel[],
	outlines: Outlines,
	options: LayoutOptions
): Steps<BorderLayout | undefined> {
	return yield* layouts.steps(borderLayoutKey(labels, options), () =>
		bestLayoutSteps(labels, outlines, options)
	);
}

function* bestLayoutSteps(
	labels: BorderLabel[],
	outlines: Outlines,
	options: LayoutOptions
): Steps<BorderLayout | undefined> {
	const two = labels.map((l) => ({ name: l.name, lines: [l.abbr, l.detail] }));
	const one = labels.map((l) => ({ name: l.name, lines: [l.abbr] }));
	const full = yield* placeLabelsSteps(two, outlines, options);
	const short = full
		? undefined
		: ((yield* placeLabelsSteps(one, outlines, options)) ??
			(yield* placeLabelsSteps(one, outlines, { ...options, partial: true })));
	return full
		? { compact: false, placed: full }
		: short
			? { compact: true, placed: short }
			: undefined;
}
