import type { RemovalsRow } from '$lib/data/removals/schema';
import type { TimeState } from '../shared/contract';
import { niceMax, yearTicks, type Point } from '../shared/series';
import { EVENT_DATES, fiscalPosition, roundTicks } from './events';

/** The fiscal years in DHS Yearbook 2019, Table 39, that the story draws. */
export const YEARS: [number, number] = [1892, 2016];

/**
 * A step whose range starts in or after this year zooms the x axis in: the axis then starts at the
 * range's first year instead of 1892, so recent decades are not squeezed into the right edge.
 */
export const ZOOM_FROM = 1950;

/** With several series, the value axis runs this far above the highest point (see marks). */
export const HEADROOM = 1.45;

export const SERIES = ['removals', 'returns'] as const;
export type SeriesId = (typeof SERIES)[number];

export const MARKERS = [
	'aggravated-felony-1988',
	'iirira-1996',
	'dhs-2003',
	'secure-communities-2008'
] as const;
export type MarkerId = (typeof MARKERS)[number];

export interface SeriesLine {
	id: SeriesId;
	/** The whole series (years with a value); the component draws it from range[0] to range[1]. */
	points: Point[];
}

export interface Highlight extends Point {
	series: SeriesId;
}

export interface MarkerMark {
	id: MarkerId;
	/** Position on the fiscal-year axis: the event's date, not just its calendar year. */
	x: number;
}

export interface RemovalsMarks {
	xDomain: [number, number];
	yDomain: [number, number];
	xTicks: number[];
	yTicks: number[];
	/** Drawn series, main series (removals) first. */
	lines: SeriesLine[];
	range: [number, number];
	highlights: Highlight[];
	markers: MarkerMark[];
}

/** The points of one series; years the table leaves blank (returns before FY1927) are left out. */
export function seriesPoints(rows: RemovalsRow[], id: SeriesId): Point[] {
	return rows.flatMap((r) => {
		const value = r[id];
		return r.year >= YEARS[0] && r.year <= YEARS[1] && value !== null
			? [{ year: r.year, value }]
			: [];
	});
}

/** Which series a step draws: removals alone unless the step names its series. */
export function drawnSeries(state: TimeState): SeriesId[] {
	const asked = state.series ?? ['removals'];
	return SERIES.filter((id) => asked.includes(id));
}

/** The x domain for a range: 1892–2016, or from the range's start when it starts after ZOOM_FROM. */
export function xDomainFor(range: [number, number]): [number, number] {
	return [range[0] >= ZOOM_FROM ? range[0] : YEARS[0], YEARS[1]];
}

/** Year ticks that stay legible at 360 px whatever the span. */
export function xTicksFor([from, to]: [number, number]): number[] {
	const span = to - from;
	return yearTicks(from, to, span > 60 ? 20 : span > 25 ? 10 : 5);
}

/** What the removals chart draws for a step: a pure function of (rows, state). */
export function marks(rows: RemovalsRow[], state: TimeState): RemovalsMarks {
	const range = state.range;
	const xDomain = xDomainFor(range);
	const lines = drawnSeries(state).map((id) => ({ id, points: seriesPoints(rows, id) }));
	// One frame per set of series, fixed across steps: the line grows into it.
	const inDomain = lines.flatMap((l) => l.points).filter((p) => p.year >= xDomain[0]);
	const highest = Math.max(0, ...inDomain.map((p) => p.value));
	const max = niceMax(highest);
	const markers = MARKERS.filter((id) => state.markers?.includes(id))
		.map((id) => ({ id, x: fiscalPosition(EVENT_DATES[id]) }))
		.filter((m) => m.x >= xDomain[0] && m.x <= xDomain[1]);
	return {
		xDomain,
		// With returns drawn, room above their peak for the labels of both lines' last values.
		yDomain: [0, lines.length > 1 ? Math.max(max, highest * HEADROOM) : max],
		xTicks: xTicksFor(xDomain),
		yTicks: roundTicks(max),
		lines,
		range,
		highlights: highlights(lines, state.highlight ?? [], range),
		markers
	};
}

/**
 * The dots for the highlighted years inside the range. With one series, each such year gets a
 * dot. With several, a highlighted year gets a dot on the series that is highest that year, and
 * the range's last year (where each line stands) on every series: the labels stay few.
 */
function highlights(
	lines: SeriesLine[],
	years: number[],
	[from, to]: [number, number]
): Highlight[] {
	return years
		.filter((year, i) => year >= from && year <= to && years.indexOf(year) === i)
		.flatMap((year) => {
			const points = lines.flatMap((l) => {
				const p = l.points.find((q) => q.year === year);
				return p ? [{ ...p, series: l.id }] : [];
			});
			if (points.length <= 1 || year === to) return points;
			return [points.reduce((a, b) => (b.value > a.value ? b : a))];
		});
}

/** The facts the generated one-sentence summary is made from. */
export function summaryFacts(rows: RemovalsRow[], before = 1988) {
	const removals = seriesPoints(rows, 'removals');
	const early = removals.filter((p) => p.year <= before);
	const first = removals[0];
	const last = removals.at(-1);
	if (!first || !last || early.length === 0) return undefined;
	const earlyMax = early.reduce((a, b) => (b.value > a.value ? b : a));
	const peak = removals.reduce((a, b) => (b.value > a.value ? b : a));
	return { first, before, earlyMax, peak, last };
}
