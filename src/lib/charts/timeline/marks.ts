import type { TimelineRow } from '$lib/data/timeline/schema';
import { LINE_HEIGHT, textWidth, wrap } from '../shared/text-width';
import { SHORT_LABELS } from './short-labels';
import { Remembered, runToEnd, type Steps } from '../shared/slices';

export type Lane = 'drugs' | 'immigration';
export const LANES: Lane[] = ['drugs', 'immigration'];

export interface TimelineState {
	range: [number, number];
	lanes?: Lane[];
	/** Events the step names (ids): labelled before all others where room is short. */
	labels?: string[];
}

export interface EventMark {
	id: string;
	lane: Lane;
	/** Position on the time axis, in fractional years (mid-month, mid-year where less precise). */
	x: number;
	/** Where a span ends (an operation, a drawn-out period), in fractional years. */
	x2?: number;
	/** A rough span ('1980s–1990s'): drawn as a band, without a dot. */
	rough: boolean;
	bridge: boolean;
	unverified: boolean;
	label: string;
	/** False for events in a lane the step does not ask for: drawn dimmed and unlabelled. */
	active: boolean;
}

export interface TimelineMarks {
	/** From the first of January of the first year to the end of the last. */
	xDomain: [number, number];
	xTicks: number[];
	events: EventMark[];
	lanes: { lane: Lane; active: boolean }[];
	/** Whether any event drawn has an unverified date (the chart then explains hollow dots). */
	anyUnverified: boolean;
	anyBridge: boolean;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** An ISO date (as precise as its source) as a fractional year: the middle of what it names. */
export function yearFraction(date: string): number {
	const [y, m, d] = date.split('-').map(Number);
	const year = y!;
	if (m === undefined) return year + 0.5;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const days = leap ? 366 : 365;
	const before = DAYS_BEFORE_MONTH[m - 1]! + (leap && m > 2 ? 1 : 0);
	if (d === undefined) {
		const length =
			(DAYS_BEFORE_MONTH[m] ?? 365) - DAYS_BEFORE_MONTH[m - 1]! + (leap && m === 2 ? 1 : 0);
		return year + (before + length / 2) / days;
	}
	return year + (before + d - 0.5) / days;
}

/** Year ticks that stay about 60 px apart or more on a plot `width` px wide. */
export function timeTicks([from, to]: [number, number], width: number): number[] {
	const span = to - from;
	const step = [1, 2, 5, 10, 20].find((s) => (span / s) * 60 <= width) ?? 20;
	const ticks: number[] = [];
	for (let year = Math.ceil(from / step) * step; year < to; year += step) ticks.push(year);
	return ticks;
}

/**
 * The whole time axis the events are placed along, from the first event's year to the end of the
 * last's: every step's range is a view of it. Fixed for the data, so a zoom moves no mark.
 */
export function timeAxis(rows: TimelineRow[]): [number, number] {
	if (rows.length === 0) return [1969, 2018];
	const years = rows.map((r) => r.year);
	return [Math.min(...years), Math.max(...years) + 1];
}

/** The plot width the server lays out for (a phone); the browser lays out again for the real one. */
export const DEFAULT_WIDTH = 330;

/** What the timeline draws for a step: a pure function of (rows, state). */
export function marks(
	rows: TimelineRow[],
	state: TimelineState,
	width = DEFAULT_WIDTH
): TimelineMarks {
	const [from, to] = state.range;
	const lanes = state.lanes ?? LANES;
	const events = rows
		.filter((r) => r.year >= from && r.year <= to)
		.map((r): EventMark => {
			const rough = r.date_precision === 'decades';
			const x = rough ? r.year : yearFraction(r.date);
			const end = r.end_date
				? rough
					? Number(r.end_date.slice(0, 4)) + 1
					: yearFraction(r.end_date)
				: undefined;
			return {
				id: r.id,
				lane: r.lane,
				x,
				...(end !== undefined ? { x2: Math.min(end, to + 1) } : {}),
				rough,
				bridge: r.bridge,
				unverified: r.unverified,
				label: r.label,
				active: lanes.includes(r.lane)
			};
		});
	return {
		xDomain: [from, to + 1],
		xTicks: timeTicks([from, to + 1], width),
		events,
		lanes: LANES.map((lane) => ({ lane, active: lanes.includes(lane) })),
		anyUnverified: events.some((e) => e.unverified),
		anyBridge: events.some((e) => e.bridge && e.active)
	};
}

// ---------------------------------------------------------------------------------------------
// Labels: which events get one, and where. Labels stack away from their lane (up from the drug
// lane, down from the immigration lane) in rows one text line high, each tied to its dot by a
// leader line. A label may not overlap another, and no leader may pass through a label nearer the
// lane than its own. A label can take one line or wrap onto two, whichever fits.

/**
 * Events labelled first when room is short: the data desk's pick of the turning points the story's
 * steps name. After these come the other bridge events, then the rest, each group in date order.
 */
export const KEY_EVENTS = [
	'trump-brentwood-speech-2017',
	'anti-drug-abuse-act-1986',
	'irca-1986',
	'anti-drug-abuse-act-1988',
	'iirira-1996',
	'crime-bill-1994',
	'eo-13768-2017',
	'byrne-jag-conditions-2017',
	'chicago-sues-2017',
	'private-prisons-phase-out-2016',
	'operation-streamline-2005',
	'secure-communities-2008',
	'homeland-security-act-2002',
	'kate-steinle-2015',
	'pep-replaces-secure-communities-2014',
	'moncrieffe-v-holder-2013',
	'operation-intercept-1969',
	'nixon-public-enemy-1971',
	'controlled-substances-act-1970',
	'dea-formed-1973'
];

export interface LabelPlacement {
	/** The first event the label names (the layer's key). */
	id: string;
	/** Every event the label names: several where their dots sit on one spot, a line each. */
	ids: string[];
	lane: Lane;
	x: number;
	/** The row (one text line high) its nearest line sits in; 0 is next to the lane. */
	row: number;
	/** start: the text begins at the leader; end: it ends there. */
	align: 'start' | 'end';
	lines: string[];
	/** The label's box in px: left and right edges on the plot. */
	left: number;
	right: number;
}

export interface LabelOptions {
	/** Plot width in px. */
	width: number;
	/** How many rows of label text fit beside each lane. */
	rows: Record<Lane, number>;
	/** The widest a wrapped label may be, in px. */
	wrapWidth?: number;
	/** The widest a one-line label may be, in px. */
	lineWidth?: number;
	/** The most labels a lane gets, however much room there is: a timeline, not a list. */
	perLane?: number;
	/**
	 * How much wider the labels render than textWidth estimates (1: as estimated). The browser
	 * measures it, so a reader whose web font did not load (a fallback font is wider) still gets
	 * labels that do not overlap.
	 */
	textScale?: number;
	/** Events the step names: labelled before all others, in this order. */
	first?: readonly string[];
	/**
	 * A lane title set in one of its lane's label rows, from the plot's left edge to `right` px
	 * (a short plot, where the titles get no rows of their own): labels keep clear of it.
	 */
	titles?: Partial<Record<Lane, { row: number; right: number }>>;
	/** Short names may also break onto two lines (a short plot, where rows are few). */
	narrow?: boolean;
}

/** Room in px between the leader line and the text, and between neighbouring labels. */
export const PAD = 4;
/**
 * Events closer than this (px) share a spot: their dots overlap by half or more and two leaders
 * barely fit between them, so one label names them: a short name each, on a line each or one line.
 */
export const SAME_SPOT = 6;
const GAP = 8;
/** One row of label text, px. */
export const ROW = LINE_HEIGHT + 2;

interface Option {
	/** The events this way of writing the label names, where fewer than its group. */
	ids?: string[];
	row: number;
	/** Rows taken: row … row + height − 1. */
	height: number;
	align: 'start' | 'end';
	left: number;
	right: number;
	lines: string[];
}

interface Candidate {
	id: string;
	ids: string[];
	x: number;
	px: number;
	options: Option[];
}

function conflicts(a: Candidate, oa: Option, b: Candidate, ob: Option): boolean {
	const rowsMeet = oa.row < ob.row + ob.height && ob.row < oa.row + oa.height;
	if (rowsMeet && oa.left < ob.right + GAP && ob.left < oa.right + GAP) return true;
	// A leader runs through every row between its dot and its label.
	if (ob.row < oa.row && a.px > ob.left - 2 && a.px < ob.right + 2) return true;
	if (oa.row < ob.row && b.px > oa.left - 2 && b.px < oa.right + 2) return true;
	return false;
}

/** Options looked at between two points where a layout may pause (see ../shared/slices). */
const NODES_PER_STEP = 64;

/**
 * Finds a place for every candidate, or undefined: depth-first, rows nearest the lane first.
 * Pausable, every `NODES_PER_STEP` options looked at.
 */
function* solve(candidates: Candidate[], budget: { nodes: number }): Steps<Option[] | undefined> {
	const chosen: Option[] = [];
	function* visit(i: number): Steps<boolean> {
		if (i === candidates.length) return true;
		const c = candidates[i]!;
		for (const option of c.options) {
			if (--budget.nodes < 0) return false;
			if (budget.nodes % NODES_PER_STEP === 0) yield;
			if (chosen.some((o, j) => conflicts(c, option, candidates[j]!, o))) continue;
			chosen.push(option);
			if (yield* visit(i + 1)) return true;
			chosen.pop();
		}
		return false;
	}
	return (yield* visit(0)) ? chosen : undefined;
}

/** Names run together on lines no wider than `width` (a name is never split). */
function pack(names: string[], width: number): string[] {
	const lines: string[] = [];
	for (const name of names) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last}, ${name}`) <= width)
			lines[lines.length - 1] = `${last}, ${name}`;
		else lines.push(name);
	}
	return lines;
}

/** The ways one label can be written: on one line if it is short enough, wrapped onto two. */
function variants(label: string, lineWidth: number, wrapWidth: number, scale = 1): string[][] {
	const out: string[][] = [];
	const two = wrap(label, wrapWidth / scale);
	if (two.length <= 2) out.push(two);
	if (two.length > 1 && textWidth(label) * scale <= lineWidth) out.push([label]);
	return out;
}

/** A label of several words broken onto two lines as even as they come ('1994 / crime bill'). */
export function halves(label: string): string[] | undefined {
	const words = label.split(' ');
	let best: string[] | undefined;
	for (let i = 1; i < words.length; i++) {
		const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
		if (!best || Math.max(...lines.map(textWidth)) < Math.max(...best.map(textWidth))) best = lines;
	}
	return best;
}

/**
 * Chooses the labels for the active events of one step: in order of importance, each event is
 * labelled if it and all the labels chosen before it can still be placed without overlapping.
 */
export function placeLabels(
	events: EventMark[],
	xDomain: [number, number],
	options: LabelOptions
): LabelPlacement[] {
	return runToEnd(placeLabelsSteps(events, xDomain, options));
}

/** `placeLabels`, pausable: before each group it tries to label, and as `solve` pauses. */
function* placeLabelsSteps(
	events: EventMark[],
	xDomain: [number, number],
	options: LabelOptions
): Steps<LabelPlacement[]> {
	const { width, rows } = options;

	const [from, to] = xDomain;
	const px = (x: number) => ((x - from) / (to - from)) * width;
	const scale = options.textScale ?? 1;
	// In px as drawn: text drawn larger (the classroom deck) may take as many words to a line.
	const wrapWidth = options.wrapWidth ?? Math.min(150 * scale, width * 0.5);
	const lineWidth = options.lineWidth ?? Math.min(230 * scale, width * 0.7);
	const first = options.first ?? [];
	const rank = (e: EventMark) => {
		const named = first.indexOf(e.id);
		if (named >= 0) return named - first.length;
		const key = KEY_EVENTS.indexOf(e.id);
		return key >= 0 ? key : KEY_EVENTS.length + (e.bridge ? 0 : 1000);
	};
	const active = events.filter((e) => e.active);
	const ranks = new Map(active.map((e) => [e.id, rank(e)]));
	const short = (e: EventMark) => SHORT_LABELS[e.id] ?? e.label;

	const placed: LabelPlacement[] = [];
	for (const lane of LANES) {
		// Events on one spot (2017's crowd on a phone) form a group, labelled together.
		const groups: EventMark[][] = [];
		for (const e of active.filter((e) => e.lane === lane).sort((a, b) => a.x - b.x)) {
			const group = groups.at(-1);
			if (group && px(e.x) - px(group.at(-1)!.x) < SAME_SPOT) group.push(e);
			else groups.push([e]);
		}
		// A group's label names the events the step names in it, else its most important one.
		const named = (g: EventMark[]) => {
			const asked = g.filter((e) => first.includes(e.id));
			if (asked.length > 0) return asked;
			const best = g.reduce((a, b) => (ranks.get(b.id)! < ranks.get(a.id)! ? b : a));
			return [best];
		};
		const ordered = groups
			.map((g, i) => ({ members: named(g), i }))
			.map((g) => ({ ...g, rank: Math.min(...g.members.map((e) => ranks.get(e.id)!)) }))
			.sort((a, b) => a.rank - b.rank || a.i - b.i);

		// The lane's title, where it shares a row: placed first, and never moved.
		const title = options.titles?.[lane];
		const fixed: Candidate[] = title
			? [
					{
						id: '',
						ids: [],
						x: from,
						px: -Infinity,
						options: [
							{ row: title.row, height: 1, align: 'start', left: 0, right: title.right, lines: [] }
						]
					}
				]
			: [];
		let accepted: Candidate[] = [...fixed];
		let solution: Option[] = fixed.map((c) => c.options[0]!);
		for (const { members } of ordered) {
			if (accepted.length - fixed.length >= (options.perLane ?? 8)) break;
			yield;
			const x = members.reduce((sum, e) => sum + e.x, 0) / members.length;
			const p = px(x);
			// One event: its full label on one line or two, else its short name. Several: a short
			// name each, one under the other.
			const full =
				members.length === 1 ? variants(members[0]!.label, lineWidth, wrapWidth, scale) : [];
			const shortWays =
				members.length > 1
					? [
							members.map(short),
							...[wrapWidth, lineWidth].map((w) => pack(members.map(short), w / scale))
						]
					: [
							...variants(short(members[0]!), lineWidth, wrapWidth, scale),
							...(options.narrow ? [halves(short(members[0]!)) ?? []] : [])
						].filter(
							(way, i, all) =>
								way.length > 0 &&
								!full.some((w) => w.join('\n') === way.join('\n')) &&
								all.findIndex((w) => w.join('\n') === way.join('\n')) === i
						);
			const lead = members.reduce((a, b) => (ranks.get(b.id)! < ranks.get(a.id)! ? b : a));
			// Last, where a group has no room: all its names run on one line as wide as the plot,
			// then its first-ranked event alone.
			const lastWays: { lines: string[]; ids?: string[] }[] =
				members.length > 1
					? [{ lines: [members.map(short).join(', ')] }, { lines: [short(lead)], ids: [lead.id] }]
					: [];
			const optionsFor = (ways: { lines: string[]; ids?: string[] }[]) => {
				const opts: Option[] = [];
				for (let row = 0; row < rows[lane]; row++) {
					for (const { lines, ids } of ways) {
						if (row + lines.length > rows[lane]) continue;
						const w = Math.max(...lines.map(textWidth)) * scale + PAD;
						const base = { row, height: lines.length, lines, ...(ids ? { ids } : {}) };
						if (p + w <= width) opts.push({ ...base, align: 'start', left: p, right: p + w });
						if (p - w >= 0) opts.push({ ...base, align: 'end', left: p - w, right: p });
					}
				}
				return opts;
			};
			const ids = members.map((e) => e.id);
			// The last ways are tried only if the others find no room now; a label accepted keeps the
			// ways it was accepted with, so that later, less important labels cannot shrink it.
			for (const ways of [[...full, ...shortWays].map((lines) => ({ lines })), lastWays]) {
				const opts = optionsFor(ways);
				if (opts.length === 0) continue;
				const candidate: Candidate = { id: ids[0]!, ids, x, px: p, options: opts };
				const trial = [...accepted, candidate].sort((a, b) => a.px - b.px);
				const result = yield* solve(trial, { nodes: 5000 });
				if (result) {
					accepted = trial;
					solution = result;
					break;
				}
			}
		}
		accepted.forEach((c, i) => {
			if (fixed.includes(c)) return;
			const o = solution[i]!;
			const ids = o.ids ?? c.ids;
			placed.push({
				id: ids[0]!,
				ids,
				lane,
				x: c.x,
				row: o.row,
				align: o.align,
				lines: o.lines,
				left: o.left,
				right: o.right
			});
		});
	}
	return placed;
}

export interface LaneLayout {
	/** Each lane's line, in px from the top of the plot. */
	y: Record<Lane, number>;
	rows: Record<Lane, number>;
	/**
	 * Where each lane's title sits, px: the top of the drug lane's (over its labels), the foot of
	 * the immigration lane's (under its labels). At the plot's edges until `used` is known.
	 */
	titles: Record<Lane, number>;
}

/** Room between the two lane lines (px), and a row at the top and bottom for the lane titles. */
export const BETWEEN = 30;
export const TITLE_ROW = 28;
/** Space between a dot and the nearest edge of its label, px. */
export const CLEAR = 10;
/** Room between a lane title and a label that shares its row (a short plot), px. */
export const TITLE_GAP = 20;

/**
 * Where the lanes sit in a plot `height` px tall. With both lanes asked for they share it, the
 * drug lane's labels stacking up and the immigration lane's down; with one, that lane may take
 * nearly all the room and the other is pushed beside it, dimmed. `used` (rows the labels take,
 * once placed) lets a single lane move in from the edge: the lanes and their labels are then
 * centred in the plot, not left at its foot with an empty band above (a tall projector slide).
 */
export function laneLayout(
	height: number,
	lanes: { lane: Lane; active: boolean }[],
	used?: Partial<Record<Lane, number>>
): LaneLayout {
	const drugs = lanes.find((l) => l.lane === 'drugs')?.active ?? true;
	const immigration = lanes.find((l) => l.lane === 'immigration')?.active ?? true;
	const edge = TITLE_ROW + 8;
	let top: number;
	if (drugs && !immigration) {
		top = height - edge - BETWEEN;
		const labels = used?.drugs;
		if (labels !== undefined) {
			const block = CLEAR + labels * ROW + BETWEEN;
			top = Math.min(
				top,
				Math.max(TITLE_ROW + CLEAR + labels * ROW, (height - block) / 2 + block - BETWEEN)
			);
		}
	} else if (immigration && !drugs) {
		top = edge;
		const labels = used?.immigration;
		if (labels !== undefined) {
			const block = BETWEEN + CLEAR + labels * ROW;
			top = Math.max(
				top,
				Math.min(height - TITLE_ROW - CLEAR - labels * ROW - BETWEEN, (height - block) / 2)
			);
		}
	} else {
		top = height / 2 - BETWEEN / 2;
		// Both lanes: once the labels are placed, the lanes, their labels and titles are centred
		// as one block, so no empty band opens between a title and its labels (a tall slide).
		if (used?.drugs !== undefined && used.immigration !== undefined) {
			const above = TITLE_ROW + CLEAR + used.drugs * ROW;
			const below = BETWEEN + CLEAR + used.immigration * ROW + TITLE_ROW;
			top = Math.min(height - below, Math.max(above, (height - above - below) / 2 + above));
		}
	}
	const y = { drugs: top, immigration: top + BETWEEN };
	const fit = (space: number) => Math.max(0, Math.floor((space - CLEAR - TITLE_ROW) / ROW));
	const labelled = (lane: Lane) => (used?.[lane] ?? Infinity) * ROW;
	return {
		y,
		rows: {
			drugs: drugs ? fit(y.drugs) : 0,
			immigration: immigration ? fit(height - y.immigration) : 0
		},
		titles: {
			drugs: Math.max(0, y.drugs - CLEAR - labelled('drugs') - TITLE_ROW),
			immigration: Math.min(height, y.immigration + CLEAR + labelled('immigration') + TITLE_ROW)
		}
	};
}

/** The facts the generated one-sentence summary is made from. */
export function summaryFacts(rows: TimelineRow[]) {
	if (rows.length === 0) return undefined;
	const years = rows.map((r) => r.year);
	const last = Math.max(...years);
	return {
		count: rows.length,
		from: Math.min(...years),
		to: last,
		drugs: rows.filter((r) => r.lane === 'drugs').length,
		immigration: rows.filter((r) => r.lane === 'immigration').length,
		bridge: rows.filter((r) => r.bridge).length,
		lastYear: rows.filter((r) => r.year === last).length
	};
}

export interface TimelineLayout {
	placed: LabelPlacement[];
	lanes: LaneLayout;
	/** True where the lane titles share the label rows (a short plot, a phone's sticky graphic). */
	compact: boolean;
}

export interface LayoutOptions {
	width: number;
	height: number;
	/** Each lane title's width in px, as drawn. */
	titleWidth: Record<Lane, number>;
	textScale?: number;
	/** Events the step names. */
	first?: readonly string[];
}

/**
 * Lanes and labels for a plot: each lane title in a row of its own, over (or under) the labels;
 * or, where that leaves the events the step names unlabelled (a short plot: a phone's sticky
 * graphic is about 336 × 153 px), compact: the titles share the outermost label row at the left,
 * the rows are shared out between the lanes as their labels need, and short names may break onto
 * two lines.
 */
export function layoutLabels(
	events: EventMark[],
	xDomain: [number, number],
	lanes: { lane: Lane; active: boolean }[],
	options: LayoutOptions
): TimelineLayout {
	return runToEnd(layoutLabelsSteps(events, xDomain, lanes, options));
}

const made = new Remembered<TimelineLayout>();
/** What a layout is remembered by: everything it is made from. */
export const layoutKey = (...args: Parameters<typeof layoutLabels>) => JSON.stringify(args);

/** A layout already made, by its key (`found` false when it was never asked for). */
export const rememberedLayout = (key: string) => made.get(key);

/**
 * `layoutLabels`, pausable (see ../shared/slices), and remembered, so scrolling back and forth
 * between steps lays out each case once.
 */
export function* layoutLabelsSteps(
	...args: Parameters<typeof layoutLabels>
): Steps<TimelineLayout> {
	return yield* made.steps(layoutKey(...args), () => bestLayoutSteps(...args));
}

function* bestLayoutSteps(
	events: EventMark[],
	xDomain: [number, number],
	lanes: { lane: Lane; active: boolean }[],
	options: LayoutOptions
): Steps<TimelineLayout> {
	const { width, height, textScale = 1, first = [] } = options;
	const label = { width, textScale, first };
	const room = laneLayout(height, lanes);
	const placed = yield* placeLabelsSteps(events, xDomain, { ...label, rows: room.rows });
	const missing = (p: LabelPlacement[]) => {
		const ids = new Set(p.flatMap((l) => l.ids));
		return first.filter((id) => events.some((e) => e.id === id && e.active) && !ids.has(id)).length;
	};
	const used = (p: LabelPlacement[]) =>
		Object.fromEntries(
			LANES.map((lane) => [
				lane,
				Math.max(0, ...p.filter((l) => l.lane === lane).map((l) => l.row + l.lines.length))
			])
		) as Record<Lane, number>;
	const roomy = { placed, lanes: laneLayout(height, lanes, used(placed)), compact: false };
	if (missing(placed) === 0) return roomy;

	const active = LANES.filter((lane) => lanes.find((l) => l.lane === lane)?.active ?? true);
	if (active.length === 0) return roomy;
	// Rows that fit: the lanes' gap, a dot's clearance each side, and a row for a lane without
	// labels (its title).
	const idle = LANES.length - active.length;
	const total = Math.floor((height - BETWEEN - LANES.length * CLEAR - idle * ROW) / ROW);
	if (total < active.length) return roomy;
	// A title keeps well clear of a label in its row, so the two do not read as one phrase.
	const titleRight = (lane: Lane) => options.titleWidth[lane] + TITLE_GAP;
	// The evenest splits first; the first that labels every named event is taken (each try is a
	// full layout, so on a phone the search stops as soon as it can).
	const splits: Record<Lane, number>[] =
		active.length === 2
			? Array.from({ length: total - 1 }, (_, i) => ({
					drugs: i + 1,
					immigration: total - i - 1
				})).sort(
					(a, b) =>
						Math.abs(a.drugs - a.immigration) - Math.abs(b.drugs - b.immigration) ||
						b.drugs - a.drugs
				)
			: [{ drugs: 0, immigration: 0, [active[0]!]: total }];
	let best: { placed: LabelPlacement[]; rows: Record<Lane, number>; score: number[] } | undefined;
	for (const rows of splits) {
		yield;
		const titles = Object.fromEntries(
			active.map((lane) => [lane, { row: rows[lane] - 1, right: titleRight(lane) }])
		);
		const p = yield* placeLabelsSteps(events, xDomain, { ...label, rows, titles, narrow: true });
		// The most named events labelled, then the most labels.
		const score = [-missing(p), p.length];
		const i = best ? score.findIndex((v, j) => v !== best!.score[j]) : 0;
		if (!best || (i >= 0 && score[i]! > best.score[i]!)) best = { placed: p, rows, score };
		if (score[0] === 0) break;
	}
	if (!best || -best.score[0]! >= missing(placed)) return roomy;
	// The lanes and their rows (a lane without labels keeps one, for its title), centred in the
	// plot as one block.
	const { rows } = best;
	const block = BETWEEN + LANES.length * CLEAR + (total + idle) * ROW;
	const above = active.includes('drugs') ? rows.drugs : 1;
	const y = {
		drugs: (height - block) / 2 + CLEAR + above * ROW,
		immigration: (height - block) / 2 + CLEAR + above * ROW + BETWEEN
	};
	// The row each title sits in: the outermost of an active lane, next to the lane for the other.
	const titleRow = (lane: Lane) => (active.includes(lane) ? rows[lane] - 1 : 0);
	// TextLabels sets the drug title below its point and the immigration title above, 0.5rem off.
	const titles = {
		drugs: y.drugs - CLEAR - titleRow('drugs') * ROW - LINE_HEIGHT - 8,
		immigration: y.immigration + CLEAR + titleRow('immigration') * ROW + LINE_HEIGHT + 8
	};
	return { placed: best.placed, lanes: { y, rows, titles }, compact: true };
}
