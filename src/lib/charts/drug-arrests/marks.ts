import type { DrugArrestsRow } from '$lib/data/drug-arrests/schema';
import type { TimeState } from '../shared/contract';
import {
	clipSeries,
	highlighted,
	niceMax,
	splitAtGaps,
	valueTicks,
	type Point
} from '../shared/series';

export const YEARS: [number, number] = [1995, 2016];
/** Ticks that land on both ends of the axis, so the end labels sit flush. */
export const X_TICKS = [1995, 2000, 2005, 2010, 2016];

export type SeriesId = 'total' | 'marijuana-possession';
export const SERIES: SeriesId[] = ['total', 'marijuana-possession'];

export type LabelPlace = 'above' | 'below' | 'left' | 'right';
export type LabelAlign = 'start' | 'center' | 'end';

export interface LabelledPoint extends Point {
	place: LabelPlace;
	align?: LabelAlign;
}

export interface SharePoint extends LabelledPoint {
	/** Marijuana possession as a percentage of all drug arrests that year. */
	share: number;
	/** The label also names the series. */
	named: boolean;
}

export interface DrugArrestsMarks {
	xDomain: [number, number];
	yDomain: [number, number];
	xTicks: number[];
	yTicks: number[];
	range: [number, number];
	/** All drug arrests, whole series (the component clips it to the range), or null when hidden. */
	total: Point[] | null;
	/** Marijuana possession in the range, split where years are missing: a run of one is a dot. */
	marijuana: { runs: Point[][]; singles: Point[]; shares: SharePoint[] } | null;
	highlights: LabelledPoint[];
	/** Where the total line gets its name, when both series are drawn. */
	totalLabel: LabelledPoint | null;
	/**
	 * When a step highlights the last year drawn but not the first, a rule at the first year's
	 * level lets the reader compare the two (total series alone).
	 */
	level: Point | null;
}

/** Which series a step draws: all of them when it does not say. */
export function seriesShown(state: Pick<TimeState, 'series'>): SeriesId[] {
	return SERIES.filter((id) => !state.series || state.series.includes(id));
}

export function totalPoints(rows: DrugArrestsRow[]): Point[] {
	return rows
		.filter((r) => r.year >= YEARS[0] && r.year <= YEARS[1])
		.map((r) => ({ year: r.year, value: r.drug_arrests }));
}

/** Marijuana-possession arrests and their share, only in the years the FBI published them. */
export function marijuanaPoints(rows: DrugArrestsRow[]): (Point & { share: number })[] {
	return rows
		.filter((r) => r.year >= YEARS[0] && r.year <= YEARS[1] && r.marijuana_possession !== null)
		.map((r) => ({
			year: r.year,
			value: r.marijuana_possession!,
			share: r.marijuana_possession_share_pct ?? (100 * r.marijuana_possession!) / r.drug_arrests
		}));
}

/**
 * Where a highlighted point's label goes. At the end of the drawn line it sits to the right, where
 * nothing is drawn yet, unless the point is in the last fifth of the axis (then above, hanging
 * left). Elsewhere it sits on the side the line leaves empty: below where the next few years
 * are higher, above where they are lower.
 */
export function placeLabel(
	point: Point,
	series: Point[],
	end: number,
	[xMin, xMax]: [number, number]
): { place: LabelPlace; align?: LabelAlign } {
	if (point.year >= end) {
		return (xMax - point.year) / (xMax - xMin) > 0.2
			? { place: 'right' }
			: { place: 'above', align: 'end' };
	}
	const next = series.filter((p) => p.year > point.year && p.year <= end).slice(0, 3);
	const mean = next.reduce((sum, p) => sum + p.value, 0) / Math.max(1, next.length);
	return next.length === 0 || mean >= point.value ? { place: 'below' } : { place: 'above' };
}

/** What the drug-arrests chart draws for a step: a pure function of (rows, state). */
export function marks(rows: DrugArrestsRow[], state: TimeState): DrugArrestsMarks {
	const shown = seriesShown(state);
	const [from, to] = state.range;
	const all = totalPoints(rows);
	const max = niceMax(Math.max(0, ...all.map((p) => p.value)));
	const total = shown.includes('total') ? all : null;

	let marijuana: DrugArrestsMarks['marijuana'] = null;
	if (shown.includes('marijuana-possession')) {
		const points = marijuanaPoints(rows).filter((p) => p.year >= from && p.year <= to);
		const runs = splitAtGaps(points.map(({ year, value }) => ({ year, value })));
		const first = points[0];
		const last = points.at(-1);
		const shares: SharePoint[] = [];
		if (first && last && first !== last) {
			shares.push({ ...first, place: 'above', align: 'end', named: false });
		}
		if (last) shares.push({ ...last, place: 'below', align: 'end', named: true });
		marijuana = {
			runs: runs.filter((run) => run.length > 1),
			singles: runs.filter((run) => run.length === 1).map((run) => run[0]!),
			shares
		};
	}

	// Highlights belong to the total line; with the total hidden, to the marijuana series.
	const base =
		total ?? (marijuana ? marijuanaPoints(rows).map(({ year, value }) => ({ year, value })) : []);
	const highlights = highlighted(base, state.highlight, state.range).map((p) => ({
		...p,
		...placeLabel(p, base, to, YEARS)
	}));

	const drawn = total ? clipSeries(total, from, to) : [];
	const start = drawn[0];
	const level =
		total && !marijuana && start && state.highlight?.includes(to) && !state.highlight.includes(from)
			? start
			: null;

	// The total's name goes under its line around 2004, clear of labels at either end.
	const named = total && marijuana ? drawn.find((p) => p.year === 2004) : undefined;
	return {
		xDomain: YEARS,
		yDomain: [0, max],
		xTicks: X_TICKS,
		yTicks: valueTicks(max),
		range: state.range,
		total,
		marijuana,
		highlights,
		totalLabel: named ? { ...named, place: 'below' } : null,
		level
	};
}

/** The facts the generated one-sentence summary is made from. */
export function summaryFacts(rows: DrugArrestsRow[]) {
	const points = totalPoints(rows);
	const first = points[0];
	const last = points.at(-1);
	if (!first || !last) return undefined;
	const peak = points.reduce((a, b) => (b.value > a.value ? b : a));
	const marijuana = marijuanaPoints(rows);
	return { first, peak, last, marijuanaFirst: marijuana[0], marijuanaLast: marijuana.at(-1) };
}
