import type { DetentionRow } from '$lib/data/detention/schema';
import type { TimeState } from '../shared/contract';
import { LAST_FY_BEFORE_STORY } from '../removals/events';
import { fySeriesMarks, type FySeriesMarks } from '../removals/fy-series';

/** The fiscal years of the compilation that the chart may draw (FY1993 has no figure). */
export const YEARS: [number, number] = [1979, 2017];
export const MARKERS = ['iirira-1996', 'dhs-2003', 'secure-communities-2008'] as const;
export type MarkerId = (typeof MARKERS)[number];
export type DetentionMarks = FySeriesMarks<MarkerId>;

export function points(rows: DetentionRow[]) {
	return rows.map((r) => ({ year: r.year, value: r.average_daily_population }));
}

/**
 * What the detention chart draws for a step: a pure function of (rows, state). The line stops at
 * FY2016; FY2017, which ended after the story's August 2017 date, is dashed when a step reaches it.
 */
export function marks(rows: DetentionRow[], state: TimeState): DetentionMarks {
	// Headroom: three event markers stack above the line's last years on a phone.
	return fySeriesMarks(points(rows), state, { years: YEARS, markers: MARKERS, headroom: 1.3 });
}

/** The facts the generated one-sentence summary is made from: FY1979 to the last year before the story. */
export function summaryFacts(rows: DetentionRow[], to = LAST_FY_BEFORE_STORY) {
	const all = points(rows).filter((p) => p.year >= YEARS[0] && p.year <= to);
	const known = all.flatMap((p) => (p.value === null ? [] : [{ year: p.year, value: p.value }]));
	const first = known[0];
	const last = known.at(-1);
	if (!first || !last) return undefined;
	return {
		first,
		last,
		ratio: last.value / first.value,
		missing: all.filter((p) => p.value === null).map((p) => p.year)
	};
}
