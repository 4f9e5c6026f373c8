import type { ApprehensionsRow } from '$lib/data/apprehensions/schema';
import type { TimeState } from '../shared/contract';
import { LAST_FY_BEFORE_STORY } from '../removals/events';
import { fySeriesMarks, type FySeriesMarks } from '../removals/fy-series';

/** The fiscal years of the Border Patrol series that the chart may draw. */
export const YEARS: [number, number] = [1960, 2017];
export const MARKERS = ['iirira-1996', 'dhs-2003', 'streamline-2005'] as const;
export type MarkerId = (typeof MARKERS)[number];
export type ApprehensionsMarks = FySeriesMarks<MarkerId>;

export function points(rows: ApprehensionsRow[]) {
	return rows.map((r) => ({ year: r.year, value: r.apprehensions as number | null }));
}

/**
 * What the apprehensions chart draws for a step: a pure function of (rows, state). The line stops
 * at FY2016; FY2017, which ended after the story's August 2017 date, is dashed when a step
 * reaches it (as in the detention chart).
 */
export function marks(rows: ApprehensionsRow[], state: TimeState): ApprehensionsMarks {
	// Headroom: three event markers stack above the FY1986 and FY2000 peaks on a phone.
	return fySeriesMarks(points(rows), state, { years: YEARS, markers: MARKERS, headroom: 1.45 });
}

/** The facts the generated one-sentence summary is made from: FY1960 to the last year before the story. */
export function summaryFacts(rows: ApprehensionsRow[], to = LAST_FY_BEFORE_STORY) {
	const known = rows
		.filter((r) => r.year >= YEARS[0] && r.year <= to)
		.map((r) => ({ year: r.year, value: r.apprehensions }));
	const first = known[0];
	const last = known.at(-1);
	if (!first || !last) return undefined;
	const peak = known.reduce((a, b) => (b.value > a.value ? b : a));
	return { first, peak, last, shareOfPeak: last.value / peak.value };
}
