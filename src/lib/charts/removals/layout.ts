// Where the text of the three immigration-enforcement charts goes (removals, detention,
// apprehensions), for a plot of a given size in px. Pure: the server lays out for a phone-sized
// plot, the browser again for the real one.
//
// Notes (a gap, a year after the story's date) go first, by their point. Value labels go beside
// their dots (the first free position of a few) or, where none is free, are lifted to a free row
// above the dot, or dropped to one below it, with a leader to the dot (a callout); where dots a
// few px apart leave no room, they share one label. Each event marker's rule runs from its
// label's row down to the floor (MarkersX), so a rule is an obstacle for every text, and a
// marker's row must leave its rule clear of the text already placed. Where a marker label fits
// nowhere it gives way: on the other side of its rule, its short form, on two lines, and last its
// year alone. A rule is never drawn without text. "Free" means inside the plot, clear of the
// drawn lines, the dots, the rules, the leaders and every label already placed; where nothing is
// free a label may lie on the line, never on other text or a rule (`crowded` names it).
import type { Point } from '../shared/series';
import { LINE_HEIGHT, textWidth } from '../shared/text-width';
import { Remembered, runToEnd, type Steps } from '../shared/slices';
import type { LayoutAsk } from '../shared/sliced-layout.svelte';
import {
	DEFAULT_SIZE,
	DOT,
	GAP,
	STROKE,
	Obstacles,
	grow,
	segmentHits,
	dotBox,
	labelBox as boxAt,
	type Anchor,
	type Box,
	type Place,
	type Size
} from '../shared/label-boxes';

/** MarkersX and MarkerLeaders rows: 1.35rem. */
export const ROW = 21.6;
const NUDGE = 3.2; // 0.2rem: how far a start- or end-anchored label reaches past its point
/** The charts' right padding (px): room for half a dot and a label's nudge past the last year. */
export const EDGE = 6;
const MARKER_INSET = 4.8; // MarkersX: 0.3rem from the line
const MARKER_PAD = 2.4; // MarkersX: 0.15rem padding each side of the label
const LEADER_PAD = 5.6; // Callouts: 0.35rem padding between leader and label
const MIN_LEADER = 6; // the shortest leader (px) a callout below its dot may have
/** How close (px) text may come to a marker rule: the rule is 1 px wide, text has a halo. */
const RULE_CLEAR = 1;
/** What covering text, a rule, a leader or a dot weighs against covering a segment of line. */
const CROSSING = 1000;

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
	/**
	 * The last resort: the event's year alone (e.g. '1988'), which fits where no name does. A rule
	 * is never drawn without text: a reader could not tell what it marks.
	 */
	year?: string;
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
	/** Whether the label hangs below its dot (the leader runs down to it); else above. */
	below?: boolean;
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
	/**
	 * The row of each marker's label and rule, the lines of its label (the label, its short form on
	 * one or two lines, or its year) and the side of the rule it hangs on, by key.
	 */
	markerRows: Record<string, number>;
	markerLabels: Record<string, string[]>;
	markerSides: Record<string, Side>;
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

export type Side = 'left' | 'right';
/** The side of its rule a marker label takes unless it is crowded (MarkersX: left past 55 %). */
export const naturalSide = (px: number, plotWidth: number): Side =>
	px > plotWidth * 0.55 ? 'left' : 'right';

/** Where a marker's rule starts (px from the plot's top): at its label's row (MarkersX). */
export const ruleTop = (row: number) => row * ROW;

/** The box a MarkersX label of one or more lines covers in `row`, on `side` of a rule at px. */
export function markerBox(px: number, label: string | string[], row: number, side: Side): Box {
	const lines = typeof label === 'string' ? [label] : label;
	const width = Math.max(...lines.map(measure)) + 2 * MARKER_PAD;
	const left = side === 'left' ? px - MARKER_INSET - width : px + MARKER_INSET;
	const top = ruleTop(row);
	return { left, right: left + width, top, bottom: top + lines.length * LINE_HEIGHT };
}

// Layout measures the same few strings thousands of times while a chart hydrates.
const widths = new Map<string, number>();
function measure(text: string): number {
	let width = widths.get(text);
	if (width === undefined) widths.set(text, (width = textWidth(text)));
	return width;
}

/** A text on two lines of about equal width (one word stays on one line). */
export function twoLines(text: string): string[] {
	const words = text.split(' ');
	let best = [text];
	let widest = textWidth(text);
	for (let i = 1; i < words.length; i++) {
		const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
		const width = Math.max(...lines.map(textWidth));
		if (width < widest) [best, widest] = [lines, width];
	}
	return best;
}

/** What a marker label cut to its year costs: more than any short form or callout. */
const YEAR_ONLY = 10;

/**
 * The forms a marker label may take, best first, and what each costs a layout: the label, its
 * short form, the short form on two lines, the year alone.
 */
export function markerForms(marker: MarkerRequest): { lines: string[]; cost: number }[] {
	const forms = [{ lines: [marker.label], cost: 0 }];
	if (marker.short) forms.push({ lines: [marker.short], cost: 1 });
	const wrapped = twoLines(marker.short ?? marker.label);
	if (wrapped.length > 1) forms.push({ lines: wrapped, cost: 2 });
	if (marker.year) forms.push({ lines: [marker.year], cost: YEAR_ONLY });
	return forms;
}

/** Lays out every label of one chart state for a plot of `size` px. */
export function layout(input: LayoutInput, size: Size = DEFAULT_SIZE): Layout {
	return runToEnd(layoutSteps(input, size));
}

const made = new Remembered<Layout>();
/** What a layout is remembered by: its input and plot size. */
export const layoutKey = (input: LayoutInput, size: Size) => JSON.stringify([input, size]);

/** A layout already made, by its key (`found` false when it was never asked for). */
export const rememberedLayout = (key: string) => made.get(key);

/** What a chart's SlicedLayout asks for: this input laid out for a plot of this size. */
export function layoutAsk(input: LayoutInput, size: Size): LayoutAsk<Layout> {
	const key = layoutKey(input, size);
	return { key, steps: () => layoutSteps(input, size), remembered: () => rememberedLayout(key) };
}

/** Nothing placed: a chart's text before its first layout is made. */
export const NO_LAYOUT: Layout = {
	labels: [],
	callouts: [],
	markerRows: {},
	markerLabels: {},
	markerSides: {},
	crowded: []
};

/**
 * `layout`, pausable between the layouts it tries (see ../shared/slices), and remembered, so
 * scrolling back and forth between steps lays out each case once.
 */
export function* layoutSteps(input: LayoutInput, size: Size = DEFAULT_SIZE): Steps<Layout> {
	return yield* made.steps(layoutKey(input, size), () => bestLayoutSteps(input, size));
}

function* bestLayoutSteps(input: LayoutInput, size: Size): Steps<Layout> {
	// Dots a few px apart (FY1996, FY1997 and FY2000 on a phone) may share one label, their values
	// one line each, highest first. Where two of them are also close up and down, their labels
	// would collide: try that first; else separate labels first. The other only if text is crowded.
	const { values, colliding } = mergeClose(input, size);
	if (values.length === input.values.length) return (yield* search(input, size)).layout;
	const tries = colliding ? [values, input.values] : [input.values, values];
	const first = yield* search({ ...input, values: tries[0]! }, size);
	if (first.cost < CROWDED) return first.layout;
	const second = yield* search({ ...input, values: tries[1]! }, size);
	return second.cost < first.cost ? second.layout : first.layout;
}

/**
 * The value labels with those of neighbouring dots less than a dot apart across merged into one:
 * at the highest dot, its lines those of each label, highest value first; and whether two such
 * dots are also less than two lines apart up or down.
 */
function mergeClose(
	input: LayoutInput,
	size: Size
): { values: LabelRequest[]; colliding: boolean } {
	const [x0, x1] = input.xDomain;
	const [y0, y1] = input.yDomain;
	const px = (r: LabelRequest) => ((r.point.year - x0) / (x1 - x0)) * size.width;
	const py = (r: LabelRequest) => ((r.point.value - y0) / (y1 - y0)) * size.height;
	const sorted = [...input.values].sort((a, b) => px(a) - px(b));
	const groups: LabelRequest[][] = [];
	let colliding = false;
	for (const r of sorted) {
		const last = groups.at(-1)?.at(-1);
		if (last && px(r) - px(last) < 2 * DOT) {
			groups.at(-1)!.push(r);
			if (Math.abs(py(r) - py(last)) < 2 * LINE_HEIGHT) colliding = true;
		} else groups.push([r]);
	}
	const values = groups.map((group) => {
		if (group.length === 1) return group[0]!;
		const byValue = [...group].sort((a, b) => b.point.value - a.point.value);
		return {
			key: byValue.map((r) => r.key).join('+'),
			point: byValue[0]!.point,
			lines: byValue.flatMap((r) => r.lines),
			narrow: byValue.flatMap((r) => r.narrow ?? r.lines),
			tone: byValue[0]!.tone,
			callout: group.some((r) => r.callout)
		};
	});
	return { values, colliding };
}

/** The best layout found (see `layout`), and its cost; it may pause before each plan it tries. */
function* search(input: LayoutInput, size: Size): Steps<Result> {
	// Labels placed early win the best spots: place them one by one, each in its first free place,
	// trying the value labels in every order (there are few), with the marker labels after them or
	// before them, in each of a few orders. Keep the layout with the fewest crossings, then crowded
	// labels, then callouts and short marker labels; stop at the first that needs none of these.
	// All of it within a budget of looks (WORK), so a crowded phone plot costs a few milliseconds.
	const orders = input.values.length <= 5 ? permutations(input.values) : [input.values];
	const markerSets = markerOrders(input, size);
	const line = new Lines(input, size);
	const work = { left: WORK };
	let best: Result | undefined;
	const consider = (result: Result | undefined) => {
		if (result && (!best || result.cost < best.cost)) best = result;
		return best!.cost === 0;
	};
	// Other orders of the marker labels only where a marker was cut to its year, or text is crowded.
	greedy: for (const [i, markers] of markerSets.entries()) {
		if (i > 0 && best!.cost < YEAR_ONLY) break;
		for (const markersFirst of [false, true]) {
			// The values in every order with the first order of markers; in one with the others.
			for (const values of i === 0 ? orders : orders.slice(0, 1)) {
				if (best && work.left <= 0) break greedy;
				yield;
				const greedy = plan({ ...input, values, markers }, size, markersFirst, line, work);
				if (consider(greedy.greedy())) return best!;
			}
		}
	}
	// Where one label's first free place leaves another none, or takes the room a marker's name
	// needed (a phone, close years and markers), search with backtracking, within a budget: for a
	// layout where every marker keeps a name and every label is free; where some text is crowded,
	// for one where a marker label may be cut to its year; where text still crosses, for one where
	// text may lie on the line but crosses nothing. (The search is exhaustive within its budget,
	// so one order of the labels will do: values first finds a layout soonest.)
	const backtrack = (tolerance: number, years = true) =>
		consider(
			plan({ ...input, markers: markerSets[0]! }, size, false, line, work).backtrack(
				tolerance,
				years
			)
		);
	yield;
	if (best!.cost >= YEAR_ONLY) backtrack(0, false);
	yield;
	if (best!.cost >= CROWDED) backtrack(0);
	// Where a label is still left crowded, place it (and those crowded before it) first and try
	// again, with the budget renewed: the labels that were easy to place find other room.
	if (best!.cost >= CROWDED) work.left = WORK;
	let first: string[] = [];
	for (let i = 0; i < REPAIRS && best!.cost >= CROWDED && work.left > 0; i++) {
		yield;
		const again = plan(
			{ ...input, markers: markerSets[0]! },
			size,
			false,
			line,
			work,
			first
		).greedy();
		if (consider(again)) return best!;
		first = [...again.layout.crowded, ...first.filter((k) => !again.layout.crowded.includes(k))];
	}
	// Never a crossing: where one is left, try the other orders and search again, with the budget
	// renewed.
	if (best!.cost >= CROSSED) {
		work.left = WORK;
		for (const markers of markerSets.slice(1)) {
			for (const markersFirst of [false, true]) {
				for (const values of orders) {
					yield;
					consider(plan({ ...input, values, markers }, size, markersFirst, line, work).greedy());
				}
			}
		}
		yield;
		backtrack(0);
		yield;
		if (best!.cost >= CROSSED) backtrack(CROSSING - 1);
	}
	return best!;
}

/** What a layout costs: crossings, then crowded labels, then give-ways (see `layout`). */
const CROSSED = 1000;
const CROWDED = 100;
/** How many times a layout may put its crowded labels first and try again. */
const REPAIRS = 8;
/** How many places one layout may look at, in all: a few milliseconds on a laptop. */
const WORK = 2000;

interface Result {
	layout: Layout;
	cost: number;
}

/**
 * Orders to place marker labels in. A rule starts at its label's row, so a label that reaches
 * over a neighbour's rule must sit above that neighbour's label: labels hanging left (right of
 * the middle) rightmost first, labels hanging right leftmost first. First the outermost of either
 * side, then the other way round, then plain right to left.
 */
function markerOrders(input: LayoutInput, size: Size): MarkerRequest[][] {
	const [x0, x1] = input.xDomain;
	const px = (m: MarkerRequest) => ((m.x - x0) / (x1 - x0)) * size.width;
	const reach = (m: MarkerRequest) => Math.abs(px(m) - size.width * 0.55);
	const orders = [
		[...input.markers].sort((a, b) => reach(b) - reach(a)),
		[...input.markers].sort((a, b) => reach(a) - reach(b)),
		[...input.markers].sort((a, b) => b.x - a.x)
	];
	const keys = orders.map((o) => o.map((m) => m.key).join());
	return orders.filter((_, i) => keys.indexOf(keys[i]!) === i);
}

/**
 * The drawn lines, in px: text may lie on them only where no place is free. Each run's points go
 * left to right, so a box is checked only against the segments under its own span (found by
 * bisection): the layout asks this hundreds of thousands of times on a phone.
 */
class Lines {
	private runs: { x: Float64Array; y: Float64Array }[];
	constructor(input: LayoutInput, size: Size) {
		const [x0, x1] = input.xDomain;
		const [y0, y1] = input.yDomain;
		this.runs = input.lines
			.filter((run) => run.length > 1)
			.map((run) => ({
				x: Float64Array.from(run, (p) => ((p.year - x0) / (x1 - x0)) * size.width),
				y: Float64Array.from(run, (p) => size.height - ((p.value - y0) / (y1 - y0)) * size.height)
			}));
	}

	/** How many segments pass within STROKE of the box, counting no further than `limit`. */
	conflicts(box: Box, limit: number): number {
		const padded = grow(box, STROKE);
		let count = 0;
		for (const { x, y } of this.runs) {
			// The first segment whose right end reaches the box.
			let lo = 0;
			let hi = x.length - 1;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (x[mid + 1]! < padded.left) lo = mid + 1;
				else hi = mid;
			}
			for (let i = lo; i < x.length - 1 && x[i]! <= padded.right; i++) {
				const [ay, by] = [y[i]!, y[i + 1]!];
				if (Math.max(ay, by) < padded.top || Math.min(ay, by) > padded.bottom) continue;
				if (segmentHits([x[i]!, ay], [x[i + 1]!, by], padded) && ++count >= limit) return count;
			}
		}
		return count;
	}
}

function permutations<T>(items: T[]): T[][] {
	if (items.length <= 1) return [items];
	return items.flatMap((item, i) =>
		permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest])
	);
}

/** One place a label may take: what it covers, and how to record it. */
interface Option {
	/** What later labels must avoid (a label, a callout's leader). */
	boxes: Box[];
	/** The text as drawn (without the nudge allowance), which no rule may cross. */
	text?: Box;
	/** The marker rule this option draws: at px, from `top` down to the floor. */
	rule?: { px: number; top: number };
	/** What the option costs the layout beyond its conflicts (a short or missing marker label). */
	cost: number;
	/** Conflicts with what is already placed, counted up to `limit`. */
	conflicts: (limit: number) => number;
	commit: () => void;
	/** Takes back what commit recorded. */
	undo: () => void;
}

/**
 * The labels of one chart state in one order, as a list of items (notes, then values and marker
 * labels, in the order given) each with its options, best first, and two ways to choose among
 * them: greedily, or by a budgeted search with backtracking.
 */
function plan(
	input: LayoutInput,
	size: Size,
	markersFirst: boolean,
	line: Lines,
	work: { left: number },
	first: string[] = []
) {
	const [x0, x1] = input.xDomain;
	const [y0, y1] = input.yDomain;
	const sx = (year: number) => ((year - x0) / (x1 - x0)) * size.width;
	const sy = (value: number) => size.height - ((value - y0) / (y1 - y0)) * size.height;
	// A label anchored at the first or last year may reach a nudge past it: into the value-axis
	// gutter on the left, into the chart's right padding (EDGE) on the right. Text over other text,
	// a rule, a leader or a dot is a crossing; text over the data line is only crowded: where no
	// place is free, a label takes one over the line rather than a crossing.
	const plot = new Obstacles({
		left: -NUDGE - 0.5,
		right: size.width + EDGE,
		top: 0,
		bottom: size.height
	});
	for (const p of input.dots) plot.boxes.push(dotBox(sx(p.year), sy(p.value)));

	const labels: PlacedLabel[] = [];
	const callouts: Callout[] = [];
	const markerRows: Record<string, number> = {};
	const markerLabels: Record<string, string[]> = {};
	const markerSides: Record<string, Side> = {};
	// The text placed so far (as drawn) and the marker rules: no rule may cross text. Rules are
	// kept apart from the plot's obstacles, as a callout's leader may run beside one.
	const texts: Box[] = [];
	const rules: { px: number; top: number }[] = [];
	// Where the rules of markers still to be placed will stand: a value label placed before them
	// leaves their x free when it can, so their labels and rules may go high.
	const pending = new Map(input.markers.map((m) => [m.key, sx(m.x)]));
	const inTheWay = (o: Option) => {
		if (o.rule !== undefined || o.text === undefined) return false;
		for (const px of pending.values()) if (crosses(o.text, px, 0)) return true;
		return false;
	};
	const crosses = (t: Box, px: number, top: number) =>
		t.left - RULE_CLEAR < px && px < t.right + RULE_CLEAR && t.bottom > top;
	const rulesThrough = (box: Box, limit: number) => {
		let count = 0;
		for (const r of rules) if (crosses(box, r.px, r.top) && ++count >= limit) break;
		return count;
	};
	const textsCrossed = (px: number, top: number, limit: number) => {
		let count = 0;
		for (const t of texts) if (crosses(t, px, top) && ++count >= limit) break;
		return count;
	};
	/**
	 * Conflicts of a shape at `box`, counted up to `limit`: CROSSING for each text, rule, leader or
	 * dot it covers (and for leaving the plot), 1 for each segment of line. `text`: the shape as
	 * drawn, if it is text that no rule may cross.
	 */
	const conflicts = (box: Box, text: Box | undefined, limit: number) => {
		let count = plot.conflicts(box, Math.ceil(limit / CROSSING)) * CROSSING;
		if (text && count < limit)
			count += rulesThrough(text, Math.ceil((limit - count) / CROSSING)) * CROSSING;
		return count >= limit ? count : count + line.conflicts(box, limit - count);
	};

	const nearOptions = (request: LabelRequest, lines: string[]): Option[] => {
		const width = Math.max(...lines.map(measure));
		const height = lines.length * LINE_HEIGHT;
		const [px, py] = [sx(request.point.year), sy(request.point.value)];
		return (request.tries ?? VALUE_TRIES).map(([anchor, where]) => {
			const box = labelBox(px, py, width, height, anchor, where);
			const text = boxAt(px, py, width, height, anchor, where);
			return {
				boxes: [box],
				text,
				cost: 0,
				conflicts: (limit) => conflicts(box, text, limit),
				commit: () =>
					labels.push({
						key: request.key,
						x: request.point.year,
						y: request.point.value,
						lines,
						anchor,
						place: where,
						tone: request.tone
					}),
				undo: () => labels.pop()
			};
		});
	};
	const liftedOptions = (request: LabelRequest, lines: string[]): Option[] => {
		const width = Math.max(...lines.map(measure));
		const height = lines.length * LINE_HEIGHT;
		const [px, py] = [sx(request.point.year), sy(request.point.value)];
		const natural: Side = px > size.width / 2 ? 'left' : 'right';
		// Rows above the dot, nearest first, so the leader stays short; on the side with more room,
		// then on the other; then rows below the dot (under a line that has climbed), nearest first.
		const lowest = Math.floor((py - GAP - height) / ROW);
		const rowsUp = Array.from({ length: Math.max(0, lowest + 1) }, (_, i) => lowest - i);
		const highest = Math.ceil((py + GAP + MIN_LEADER) / ROW);
		const last = Math.floor((size.height - height) / ROW);
		const rowsDown = Array.from({ length: Math.max(0, last - highest + 1) }, (_, i) => highest + i);
		const sides: Side[] = [natural, natural === 'left' ? 'right' : 'left'];
		return [
			...sides.flatMap((side, s) => rowsUp.map((row) => lifted(row, side, false, 1 + s))),
			...sides.flatMap((side, s) => rowsDown.map((row) => lifted(row, side, true, 2 + s)))
		];
		function lifted(row: number, side: Side, below: boolean, cost: number): Option {
			const top = row * ROW;
			const left = side === 'left' ? px - LEADER_PAD - width : px + LEADER_PAD;
			const box = { left, right: left + width, top, bottom: top + height };
			// The leader runs from the label to just short of the dot.
			const leader = below
				? { left: px, right: px, top: py + GAP, bottom: top }
				: { left: px, right: px, top: box.bottom, bottom: py - GAP };
			return {
				boxes: [box, leader],
				text: box,
				cost,
				conflicts: (limit: number) =>
					leader.bottom <= leader.top
						? 100 * CROSSING
						: conflicts(box, box, limit) + conflicts(leader, undefined, limit),
				commit: () =>
					callouts.push({
						key: request.key,
						x: request.point.year,
						to: request.point.value,
						lines,
						row,
						side,
						...(below ? { below } : {}),
						tone: request.tone
					}),
				undo: () => callouts.pop()
			};
		}
	};
	const labelOptions = (request: LabelRequest): Option[] => {
		const shapes = request.narrow ? [request.lines, request.narrow] : [request.lines];
		// Beside the dot in either shape before lifting it; one line before several.
		const near = shapes.flatMap((lines) => nearOptions(request, lines));
		const lifted = request.callout ? shapes.flatMap((lines) => liftedOptions(request, lines)) : [];
		return [...near, ...lifted];
	};
	// Rows from the top: a label as high as it fits, then a short form, then the year alone.
	const rows = Math.floor(size.height / ROW) + 1;
	function* markerOptions(marker: MarkerRequest): Generator<Option> {
		const px = sx(marker.x);
		const natural = naturalSide(px, size.width);
		const undo = () => {
			delete markerRows[marker.key];
			delete markerLabels[marker.key];
			delete markerSides[marker.key];
		};
		const option = (lines: string[], cost: number, row: number, side: Side): Option => {
			const box = markerBox(px, lines, row, side);
			const top = ruleTop(row);
			return {
				boxes: [box],
				text: box,
				rule: { px, top },
				cost,
				conflicts: (limit) => {
					const own = conflicts(box, box, limit);
					if (own >= limit) return own;
					return own + textsCrossed(px, top, Math.ceil((limit - own) / CROSSING)) * CROSSING;
				},
				commit: () => {
					markerRows[marker.key] = row;
					markerLabels[marker.key] = lines;
					markerSides[marker.key] = side;
				},
				undo
			};
		};
		// Each form on its natural side, then on the other (towards the middle is where a label
		// runs into its neighbours' rules).
		const other: Side = natural === 'left' ? 'right' : 'left';
		for (const { lines, cost } of markerForms(marker)) {
			for (const side of [natural, other]) {
				const extra = side === natural ? 0 : 1;
				for (let row = 0; row < rows; row++) yield option(lines, cost + extra, row, side);
			}
		}
	}

	// Notes (a gap, a year after the story) first: they belong exactly where they are. Then any
	// labels named in `first`, in that order.
	type Item = { key: string; options: () => Iterable<Option> };
	const labelItem = (r: LabelRequest): Item => ({ key: r.key, options: () => labelOptions(r) });
	const labelItems = input.values.map(labelItem);
	const markerItems = input.markers.map((m): Item => ({
		key: m.key,
		options: () => markerOptions(m)
	}));
	const ordered: Item[] = [
		...(input.notes ?? []).map(labelItem),
		...(markersFirst ? [...markerItems, ...labelItems] : [...labelItems, ...markerItems])
	];
	const rank = (item: Item) => {
		const i = first.indexOf(item.key);
		return i < 0 ? first.length : i;
	};
	const items = ordered.sort((a, b) => rank(a) - rank(b));

	const apply = (o: Option, key: string) => {
		plot.boxes.push(...o.boxes);
		if (o.text) texts.push(o.text);
		if (o.rule) rules.push(o.rule);
		if (o.rule) pending.delete(key);
		o.commit();
	};
	const undo = (o: Option, key: string) => {
		plot.boxes.length -= o.boxes.length;
		if (o.text) texts.pop();
		if (o.rule) rules.pop();
		if (o.rule) pending.set(key, o.rule.px);
		o.undo();
	};
	const result = (chosen: { option: Option; conflicts: number; key: string }[]): Result => {
		const crowded = chosen.filter((c) => c.conflicts > 0).map((c) => c.key);
		const crossed = chosen.filter((c) => c.conflicts >= CROSSING).length;
		const giveWays = chosen.reduce((sum, c) => sum + c.option.cost, 0);
		return {
			layout: {
				labels: [...labels],
				callouts: [...callouts],
				markerRows: { ...markerRows },
				markerLabels: { ...markerLabels },
				markerSides: { ...markerSides },
				crowded
			},
			cost: crossed * CROSSED + crowded.length * CROWDED + giveWays
		};
	};

	return {
		/** Each label in its first free place, or where it conflicts least. */
		greedy(): Result {
			const chosen = items.map((item) => {
				// The first free option out of the way of the rules to come, else the first free one,
				// else the one with the fewest conflicts (counting stops at the best so far).
				let best: { option: Option; conflicts: number; rank: number } | undefined;
				for (const option of item.options()) {
					work.left--;
					const n = option.conflicts(best ? Math.ceil(best.rank) : Infinity);
					const rank = n + (inTheWay(option) ? 0.5 : 0);
					if (!best || rank < best.rank) best = { option, conflicts: n, rank };
					if (rank === 0) break;
				}
				apply(best!.option, item.key);
				return { ...best!, key: item.key };
			});
			return result(chosen);
		},
		/**
		 * Each label in a place with at most `tolerance` conflicts, going back to an earlier label's
		 * next place when a later one has none; undefined when none is found within the work left.
		 * `years`: whether a marker label may be cut to its year.
		 */
		backtrack(tolerance: number, years: boolean): Result | undefined {
			const chosen: { option: Option; conflicts: number; key: string }[] = [];
			const search = (i: number): boolean => {
				if (i === items.length) return true;
				// Options out of the way of the rules to come first.
				for (const clear of [true, false]) {
					for (const option of items[i]!.options()) {
						if (inTheWay(option) === clear) continue;
						if (!years && option.cost >= YEAR_ONLY) continue;
						if (--work.left < 0) return false;
						const n = option.conflicts(tolerance + 1);
						if (n > tolerance) continue;
						apply(option, items[i]!.key);
						chosen.push({ option, conflicts: n, key: items[i]!.key });
						if (search(i + 1)) return true;
						chosen.pop();
						undo(option, items[i]!.key);
					}
				}
				return false;
			};
			if (!search(0)) return undefined;
			return result(chosen);
		}
	};
}
