import type { PrisonersRow } from '$lib/data/prisoners/schema';
import type { FederalDrugShareRow } from '$lib/data/federal-drug-share/schema';
import type { TimeState } from '../shared/contract';
import { highlighted, niceMax, valueTicks, type Point } from '../shared/series';

export const YEARS: [number, number] = [1925, 2016];
/** Every twenty years, centred on their ticks (AxisX align="centre"): none sits at an end. */
export const X_TICKS = [1930, 1950, 1970, 1990, 2010];

export type SeriesId = 'rate' | 'federal-drug-share';
export const SERIES: SeriesId[] = ['rate', 'federal-drug-share'];

export type MarkerId =
	| 'controlled-substances-act-1970'
	| 'nixon-1971'
	| 'anti-drug-abuse-act-1986'
	| 'anti-drug-abuse-act-1988'
	| 'crime-bill-1994';

/**
 * Each law's year and label row. Labels hang to the left of their leader and the rightmost
 * markers take the top rows, so no label crosses another marker's leader. The 1970 and 1971
 * labels get two rows each because they wrap on a phone (little room left of 1970); so does
 * 1986, whose label wraps on a chart narrower than about 300 px. The component keeps this order
 * but sets each label's height for the plot's real size (layout.ts: clear of every gridline).
 */
export const MARKERS: Record<MarkerId, { year: number; row: number }> = {
	'crime-bill-1994': { year: 1994, row: 0 },
	'anti-drug-abuse-act-1988': { year: 1988, row: 1 },
	'anti-drug-abuse-act-1986': { year: 1986, row: 2 },
	'nixon-1971': { year: 1971, row: 4 },
	'controlled-substances-act-1970': { year: 1970, row: 6 }
};

export type LabelPlace = 'above' | 'below' | 'left' | 'right';
export type LabelAlign = 'start' | 'center' | 'end';

export interface LabelledPoint extends Point {
	place: LabelPlace;
	align?: LabelAlign;
}

export interface HighlightMark extends LabelledPoint {
	/** Neighbouring highlighted years with the same value share one label, on the last of them. */
	years: number[];
	/** False for the other dots of such a group: a dot without a label. */
	labelled: boolean;
}

export interface MarkerMark {
	id: MarkerId;
	year: number;
	row: number;
	/** The leader stops on the line when the line has reached the marker's year. */
	to?: number;
}

export interface SharePoint extends Point {
	basis: FederalDrugShareRow['basis'];
}

export interface ImprisonmentMarks {
	xDomain: [number, number];
	yDomain: [number, number];
	xTicks: number[];
	yTicks: number[];
	range: [number, number];
	/** The whole rate series, or null when the step hides it; the component clips it to the range. */
	rate: Point[] | null;
	highlights: HighlightMark[];
	markers: MarkerMark[];
	/** The federal drug share, in its own 0–100% strip under the main plot; null when hidden. */
	share: {
		yDomain: [number, number];
		yTicks: number[];
		points: SharePoint[];
		/** The highest and lowest points drawn carry their percentage. */
		labelled: LabelledPoint[];
	} | null;
}

/** Which series a step draws: all of them when it does not say. */
export function seriesShown(state: Pick<TimeState, 'series'>): SeriesId[] {
	return SERIES.filter((id) => !state.series || state.series.includes(id));
}

export function ratePoints(rows: PrisonersRow[]): Point[] {
	return rows
		.filter((r) => r.year >= YEARS[0] && r.year <= YEARS[1])
		.map((r) => ({ year: r.year, value: r.imprisonment_rate }));
}

/** Snapshot years up to the story's date (2018 is dropped), as percentages. */
export function sharePoints(rows: FederalDrugShareRow[]): SharePoint[] {
	return rows
		.filter((r) => !r.after_story_date && r.year >= YEARS[0] && r.year <= YEARS[1])
		.map((r) => ({ year: r.year, value: r.drug_share_pct, basis: r.basis }))
		.sort((a, b) => a.year - b.year);
}

/**
 * Where a highlighted point's label goes. At the end of the drawn line it sits to the right, where
 * nothing is drawn yet, unless the point is in the last fifth of the axis: then it hangs left,
 * above the line if the line rose into the point, below it if the line fell. Elsewhere it sits
 * on the side the line leaves empty: below and to the right where the next few years are higher,
 * above where they are lower.
 */
export function placeLabel(
	point: Point,
	series: Point[],
	end: number,
	[xMin, xMax]: [number, number]
): { place: LabelPlace; align?: LabelAlign } {
	if (point.year >= end) {
		if ((xMax - point.year) / (xMax - xMin) > 0.2) return { place: 'right' };
		const before = series.filter((p) => p.year < point.year).slice(-3);
		const mean = before.reduce((sum, p) => sum + p.value, 0) / Math.max(1, before.length);
		return before.length > 0 && mean > point.value
			? { place: 'below', align: 'end' }
			: { place: 'above', align: 'end' };
	}
	const next = series.filter((p) => p.year > point.year && p.year <= end).slice(0, 3);
	const mean = next.reduce((sum, p) => sum + p.value, 0) / Math.max(1, next.length);
	return next.length === 0 || mean >= point.value
		? { place: 'below', align: 'start' }
		: { place: 'above', align: 'start' };
}

/** What the imprisonment chart draws for a step: a pure function of (rows, state). */
export function marks(
	prisoners: PrisonersRow[],
	shares: FederalDrugShareRow[],
	state: TimeState
): ImprisonmentMarks {
	const shown = seriesShown(state);
	const all = ratePoints(prisoners);
	const rate = shown.includes('rate') ? all : null;
	const max = niceMax(Math.max(0, ...all.map((p) => p.value)));
	const [from, to] = state.range;

	const highlights = rate ? groupHighlights(highlighted(rate, state.highlight, state.range)) : [];
	const placed = highlights.map((h) =>
		h.labelled ? { ...h, ...placeLabel(h, rate!, to, YEARS) } : h
	);

	const markers = (Object.keys(MARKERS) as MarkerId[])
		.filter((id) => state.markers?.includes(id))
		.map((id) => {
			const { year, row } = MARKERS[id];
			const onLine =
				rate && year >= from && year <= to ? rate.find((p) => p.year === year) : undefined;
			return { id, year, row, ...(onLine ? { to: onLine.value } : {}) };
		});

	let share: ImprisonmentMarks['share'] = null;
	if (shown.includes('federal-drug-share')) {
		const points = sharePoints(shares).filter((p) => p.year >= from && p.year <= to);
		const labelled: LabelledPoint[] = [];
		if (points.length > 0) {
			const high = points.reduce((a, b) => (b.value > a.value ? b : a));
			const low = points.reduce((a, b) => (b.value < a.value ? b : a));
			labelled.push({ year: high.year, value: high.value, place: 'above' });
			if (low !== high) labelled.push({ year: low.year, value: low.value, place: 'below' });
		}
		share = { yDomain: [0, 100], yTicks: [0, 50, 100], points, labelled };
	}

	return {
		xDomain: YEARS,
		yDomain: [0, max],
		xTicks: X_TICKS,
		// With the share strip below, the main plot is shorter: fewer gridlines.
		yTicks: valueTicks(max, share ? 2 : 4),
		range: state.range,
		rate,
		highlights: placed,
		markers,
		share
	};
}

/** Highlighted years in a row with the same value (2007 and 2008: 506) get one label. */
export function groupHighlights(points: Point[]): HighlightMark[] {
	const sorted = [...points].sort((a, b) => a.year - b.year);
	const groups: Point[][] = [];
	for (const point of sorted) {
		const group = groups.at(-1);
		const previous = group?.at(-1);
		if (group && previous && point.year - previous.year === 1 && point.value === previous.value) {
			group.push(point);
		} else groups.push([point]);
	}
	return groups.flatMap((group) =>
		group.map((p, i) => ({
			...p,
			place: 'above' as const,
			years: group.map((q) => q.year),
			labelled: i === group.length - 1
		}))
	);
}

/** The facts the generated one-sentence summary is made from. */
export function summaryFacts(prisoners: PrisonersRow[], shares: FederalDrugShareRow[]) {
	const points = ratePoints(prisoners);
	const first = points[0];
	const last = points.at(-1);
	if (!first || !last) return undefined;
	const peak = points.reduce((a, b) => (b.value > a.value ? b : a));
	// The climb: walk back from the peak while each earlier year was lower.
	let start = points.indexOf(peak);
	while (start > 0 && points[start - 1]!.value < points[start]!.value) start -= 1;
	const trough = points[start]!;
	const before = points.filter((p) => p.year <= trough.year);
	const low = Math.min(...before.map((p) => p.value));
	const high = Math.max(...before.map((p) => p.value));
	const share = sharePoints(shares);
	return {
		first,
		trough,
		low,
		high,
		peak,
		last,
		shareFirst: share[0],
		shareLast: share.at(-1)
	};
}
