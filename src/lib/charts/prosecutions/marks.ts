import type { ProsecutionsRow } from '$lib/data/prosecutions/schema';
import type { ImmigrationSentenceShareRow } from '$lib/data/immigration-sentence-share/schema';
import type { TimeState } from '../shared/contract';
import { niceMax, splitAtGaps, valueTicks, yearTicks, type Point } from '../shared/series';

/** The x axis of both panels: the fiscal years the step contract allows. */
export const YEARS: [number, number] = [1996, 2016];
/** The share panel's scale: a fixed 0–50 %, so a third reads as a third. */
export const SHARE_MAX = 50;
/** Room above the highest count for its label: the axis runs to a round number past max × 1.2. */
const HEADROOM = 1.2;

export type CountSeriesId = 'all' | 'entry' | 'reentry';
export type SeriesId = CountSeriesId | 'sentence-share';
export const COUNT_SERIES: CountSeriesId[] = ['all', 'entry', 'reentry'];

export type Anchor = 'start' | 'middle' | 'end';

/** A series split where years are missing: runs of consecutive years are lines, lone years points. */
export interface DrawnSeries {
	id: SeriesId;
	runs: Point[][];
	singles: Point[];
}

/** A highlighted value: a dot and its number (layout.ts places the number clear of the lines). */
export interface ValueLabel extends Point {
	series: SeriesId;
	/** Whether the label names the year (one series drawn) or only the value (several). */
	withYear: boolean;
}

/** A series name, written beside the start of its line. */
export interface SeriesLabel {
	series: CountSeriesId;
	year: number;
	value: number;
}

/** Years with no figure inside the drawn range: shaded, and said so. */
export interface Gap {
	from: number;
	to: number;
}

export interface Panel {
	yDomain: [number, number];
	yTicks: number[];
	series: DrawnSeries[];
	highlights: ValueLabel[];
}

export type CountPanel = Panel & { labels: SeriesLabel[]; gaps: Gap[] };

export interface ProsecutionsMarks {
	xDomain: [number, number];
	xTicks: number[];
	/** The years drawn so far; the component shows the lines up to `range[1]` (see layers/Reveal). */
	range: [number, number];
	/** The prosecution counts, when the step asks for any of them. */
	counts: CountPanel | undefined;
	/** The immigration share of prison sentences, in its own panel: never on the count axis. */
	share: Panel | undefined;
	markers: { key: 'streamline-2005'; year: number }[];
}

const countValue: Record<CountSeriesId, (r: ProsecutionsRow) => number | null> = {
	all: (r) => r.all_immigration,
	entry: (r) => r.illegal_entry,
	reentry: (r) => r.illegal_reentry
};

/** The points of one count series, skipping years without a figure. */
export function countPoints(rows: ProsecutionsRow[], id: CountSeriesId): Point[] {
	return rows
		.filter((r) => r.year >= YEARS[0] && r.year <= YEARS[1])
		.flatMap((r) => {
			const value = countValue[id](r);
			return value === null ? [] : [{ year: r.year, value }];
		});
}

export function sharePoints(rows: ImmigrationSentenceShareRow[]): Point[] {
	return rows
		.filter((r) => r.year >= YEARS[0] && r.year <= YEARS[1])
		.map((r) => ({ year: r.year, value: r.share_pct }));
}

/** Runs of two or more consecutive years become lines; a year with no neighbour is a point. */
export function split(points: Point[]): { runs: Point[][]; singles: Point[] } {
	const parts = splitAtGaps(points);
	return {
		runs: parts.filter((run) => run.length > 1),
		singles: parts.filter((run) => run.length === 1).map((run) => run[0]!)
	};
}

/** Missing years of a yearly series inside [from, to], as runs. */
export function gapsIn(points: Point[], [from, to]: [number, number]): Gap[] {
	const years = new Set(points.map((p) => p.year));
	const first = points[0]?.year;
	const last = points.at(-1)?.year;
	if (first === undefined || last === undefined) return [];
	const gaps: Gap[] = [];
	for (let year = Math.max(from, first); year <= Math.min(to, last); year++) {
		if (years.has(year)) continue;
		const open = gaps.at(-1);
		if (open && open.to === year - 1) open.to = year;
		else gaps.push({ from: year, to: year });
	}
	return gaps;
}

/** Highlighted values of the focus series, in the range drawn. */
function highlightsOf(
	series: { id: SeriesId; points: Point[] }[],
	years: number[] = [],
	[from, to]: [number, number]
): ValueLabel[] {
	const withYear = series.length === 1;
	return years
		.filter((year) => year >= from && year <= to)
		.flatMap((year) =>
			series.flatMap((s) => {
				const point = s.points.find((p) => p.year === year);
				return point ? [{ ...point, series: s.id, withYear }] : [];
			})
		);
}

/** What the prosecutions chart draws for a step: a pure function of (rows, state). */
export function marks(
	rows: ProsecutionsRow[],
	shareRows: ImmigrationSentenceShareRow[],
	state: TimeState
): ProsecutionsMarks {
	const asked = (state.series ?? ['all']) as SeriesId[];
	const focusCounts = COUNT_SERIES.filter((id) => asked.includes(id));
	const points = Object.fromEntries(
		COUNT_SERIES.map((id) => [id, countPoints(rows, id)])
	) as Record<CountSeriesId, Point[]>;
	// The count axis fits the series drawn, with headroom for a label above the highest point.
	const max = niceMax(
		Math.max(0, ...focusCounts.flatMap((id) => points[id].map((p) => p.value))) * HEADROOM
	);
	const countSeries: DrawnSeries[] = focusCounts.map((id) => ({ id, ...split(points[id]) }));
	const counts: CountPanel | undefined =
		focusCounts.length === 0
			? undefined
			: {
					yDomain: [0, max],
					yTicks: valueTicks(max),
					series: countSeries,
					highlights: highlightsOf(
						focusCounts.map((id) => ({ id, points: points[id] })),
						state.highlight,
						state.range
					),
					// Several lines on one chart: each is named where it starts.
					labels:
						countSeries.length > 1
							? countSeries.map((s) => {
									const first = s.runs[0]?.[0] ?? s.singles[0]!;
									return { series: s.id as CountSeriesId, year: first.year, value: first.value };
								})
							: [],
					gaps: gapsIn(points.all, state.range)
				};

	let share: Panel | undefined;
	if (asked.includes('sentence-share')) {
		const sharePts = sharePoints(shareRows);
		share = {
			yDomain: [0, SHARE_MAX],
			yTicks: valueTicks(SHARE_MAX, 2),
			series: [{ id: 'sentence-share', ...split(sharePts) }],
			highlights: highlightsOf(
				[{ id: 'sentence-share', points: sharePts }],
				state.highlight,
				state.range
			)
		};
	}

	return {
		xDomain: YEARS,
		xTicks: [YEARS[0], ...yearTicks(YEARS[0] + 1, YEARS[1], 4)],
		range: state.range,
		counts,
		share,
		markers:
			counts && state.markers?.includes('streamline-2005')
				? [{ key: 'streamline-2005', year: 2005 }]
				: []
	};
}

/** The facts the generated one-sentence summary is made from. */
export function summaryFacts(rows: ProsecutionsRow[], shareRows: ImmigrationSentenceShareRow[]) {
	const all = countPoints(rows, 'all');
	const share = sharePoints(shareRows);
	const first = all[0];
	const last = all.at(-1);
	const shareFirst = share[0];
	const shareLast = share.at(-1);
	if (!first || !last || !shareFirst || !shareLast) return undefined;
	const peak = all.reduce((a, b) => (b.value > a.value ? b : a));
	const sharePeak = share.reduce((a, b) => (b.value > a.value ? b : a));
	return { first, peak, last, shareFirst, sharePeak, shareLast };
}
