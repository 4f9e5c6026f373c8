import type { ViolentCrimeRow } from '$lib/data/violent-crime/schema';
import type { TimeState } from '../shared/contract';
import { highlighted, niceMax, yearTicks, valueTicks, type Point } from '../shared/series';

export const YEARS: [number, number] = [1960, 2016];

export interface ViolentCrimeMarks {
	xDomain: [number, number];
	yDomain: [number, number];
	xTicks: number[];
	yTicks: number[];
	/** The whole series; the component shows it up to `range[1]` (layers/Reveal). */
	series: Point[];
	range: [number, number];
	highlights: Point[];
	/** A rule at the 2016 level, and the last year before the 1990s peak when the rate was that low. */
	level2016?: { value: number; lastAsLow: number | undefined };
	/** The latest point, labelled as the level that was described as rising in July 2017. */
	claim?: Point;
}

/** What the violent-crime chart draws for a step: a pure function of (rows, state). */
export function marks(rows: ViolentCrimeRow[], state: TimeState): ViolentCrimeMarks {
	const series = rows
		.filter((r) => r.year >= YEARS[0] && r.year <= YEARS[1])
		.map((r) => ({ year: r.year, value: r.violent_crime_rate }));
	const max = niceMax(Math.max(0, ...series.map((p) => p.value)));
	const latest = series.at(-1);
	const showLevel =
		state.markers?.includes('level-2016') && latest && state.range[1] >= latest.year;
	return {
		xDomain: YEARS,
		yDomain: [0, max],
		xTicks: yearTicks(...YEARS),
		yTicks: valueTicks(max),
		series,
		range: state.range,
		highlights: highlighted(series, state.highlight, state.range),
		...(showLevel
			? { level2016: { value: latest.value, lastAsLow: lastYearAtOrBelow(series, latest) } }
			: {}),
		...(state.markers?.includes('claim-2017') && latest && state.range[1] >= latest.year
			? { claim: latest }
			: {})
	};
}

/** Highlighted points closer than this many years have labels on opposite sides of the line. */
export const NEAR = 8;

/**
 * Where each highlighted point's label goes: above the line, except that of two points closer
 * than `near` years the earlier one's label drops below, so neighbours never collide.
 */
export function labelPlaces(points: Point[], near = NEAR): ('above' | 'below')[] {
	return points.map((point, i) => {
		const next = points[i + 1];
		return next && next.year - point.year < near ? 'below' : 'above';
	});
}

/** Walking back from the peak, the most recent year whose rate was at or below `level`. */
function lastYearAtOrBelow(series: Point[], level: Point): number | undefined {
	const peak = series.reduce((a, b) => (b.value > a.value ? b : a));
	return series.filter((p) => p.year < peak.year && p.value <= level.value).at(-1)?.year;
}

/** The facts the generated one-sentence summary is made from. */
export function summaryFacts(rows: ViolentCrimeRow[]) {
	const points = rows.map((r) => ({ year: r.year, value: r.violent_crime_rate }));
	const first = points[0];
	const last = points.at(-1);
	if (!first || !last) return undefined;
	const peak = points.reduce((a, b) => (b.value > a.value ? b : a));
	return { first, peak, last, dropFromPeak: 1 - last.value / peak.value };
}
