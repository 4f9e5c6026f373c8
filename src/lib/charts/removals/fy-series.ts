// The marks of a single fiscal-year series that runs past the story's date (detention and
// apprehensions): a solid line up to the last fiscal year that had ended by August 2017, a dashed
// segment for FY2017 (which ended on 30 September 2017) when a step's range reaches it, and the
// years without a figure left as gaps.
import type { TimeState } from '../shared/contract';
import {
	clipSeries,
	highlighted,
	niceMax,
	splitAtGaps,
	yearTicks,
	type Point
} from '../shared/series';
import { format } from 'd3-format';
import {
	EVENT_DATES,
	markerRequests,
	LAST_FY_BEFORE_STORY,
	fiscalPosition,
	roundTicks,
	type EventId
} from './events';
import { layout, type LabelRequest, type Layout, type LayoutInput } from './layout';
import { DEFAULT_SIZE, type Size } from '../shared/label-boxes';

export interface FySeriesMarks<M extends EventId> {
	xDomain: [number, number];
	yDomain: [number, number];
	xTicks: number[];
	yTicks: number[];
	/** Every year with a value, up to the last fiscal year before the story (drawn solid). */
	series: Point[];
	/**
	 * The years after the story's date, drawn dashed from the last year before it; empty unless
	 * the range reaches them.
	 */
	afterStory: Point[];
	/** Years inside the range with no value: drawn as gaps, and named. */
	gaps: number[];
	range: [number, number];
	highlights: Point[];
	markers: { id: M; x: number }[];
}

export interface FySeriesOptions<M extends EventId> {
	/** The first and last fiscal year of the dataset that the chart may draw. */
	years: [number, number];
	markers: readonly M[];
	/**
	 * Room above the highest point, as a multiple of it: the value axis then runs past its top
	 * tick, so marker labels stacked at the top stay clear of the peaks. 1 (default): no room.
	 */
	headroom?: number;
}

/**
 * What such a chart draws for a step: a pure function of (points, state). `points` has one entry
 * per year, `value: null` where the source has no figure.
 */
export function fySeriesMarks<M extends EventId>(
	points: { year: number; value: number | null }[],
	state: TimeState,
	options: FySeriesOptions<M>
): FySeriesMarks<M> {
	const [first, last] = options.years;
	const range = state.range;
	const known = points.filter(
		(p): p is Point => p.value !== null && p.year >= first && p.year <= last
	);
	// The axis ends at the last year before the story unless the step draws a later one.
	const xDomain: [number, number] = [
		first,
		Math.min(last, Math.max(LAST_FY_BEFORE_STORY, range[1]))
	];
	const inDomain = known.filter((p) => p.year <= xDomain[1]);
	const highest = Math.max(0, ...inDomain.map((p) => p.value));
	const max = niceMax(highest);
	const before = known.filter((p) => p.year <= LAST_FY_BEFORE_STORY);
	const joint = before.at(-1);
	const after = known.filter((p) => p.year > LAST_FY_BEFORE_STORY && p.year <= range[1]);
	const gaps = points
		.filter((p) => p.value === null && p.year >= range[0] && p.year <= range[1])
		.map((p) => p.year);
	return {
		xDomain,
		yDomain: [0, Math.max(max, highest * (options.headroom ?? 1))],
		xTicks: yearTicks(xDomain[0], xDomain[1], 10),
		yTicks: roundTicks(max),
		series: before,
		afterStory: after.length > 0 && joint ? [joint, ...after] : [],
		gaps,
		range,
		highlights: highlighted(known, state.highlight, range),
		markers: options.markers
			.filter((id) => state.markers?.includes(id))
			.map((id) => ({ id, x: fiscalPosition(EVENT_DATES[id]) }))
			.filter((m) => m.x >= xDomain[0] && m.x <= xDomain[1])
	};
}

/**
 * The solid line from range[0] to `to` (a year, fractional while the line grows), split at gaps.
 * A run of one year is a lone point: draw it as a dot.
 */
export function solidRuns(m: { series: Point[]; range: [number, number] }, to: number): Point[][] {
	return splitAtGaps(m.series)
		.map((run) => clipSeries(run, m.range[0], to))
		.filter((run) => run.length > 0);
}

/** The dashed after-story segment, grown to `to`. */
export function afterStoryRun(m: { afterStory: Point[] }, to: number): Point[] {
	const [joint] = m.afterStory;
	return joint && to > joint.year ? clipSeries(m.afterStory, joint.year, to) : [];
}

/** The strings a fiscal-year series chart labels itself with. */
export interface FySeriesText<M extends EventId> {
	point: (v: { value: string; year: number }) => string;
	fy: (year: number) => string;
	markers: Record<M, string>;
	shortMarkers: Record<M, string>;
	/** The note over a year without a figure. */
	gap?: (year: number) => string[];
}

const count = format(',');

/**
 * The chart's text laid out for a plot size: a value label per highlighted year (beside its dot,
 * or lifted with a leader), a note over each gap, and the marker rows.
 */
export function fySeriesLayout<M extends EventId>(
	m: FySeriesMarks<M>,
	text: FySeriesText<M>,
	size: Size = DEFAULT_SIZE
): Layout {
	return layout(fySeriesInput(m, text), size);
}

/** What the chart's text layout is asked to place, whatever the plot's size. */
export function fySeriesInput<M extends EventId>(
	m: FySeriesMarks<M>,
	text: FySeriesText<M>
): LayoutInput {
	const solid = solidRuns(m, Math.min(m.range[1], LAST_FY_BEFORE_STORY));
	const values: LabelRequest[] = m.highlights.map((p) => ({
		key: `value-${p.year}`,
		point: p,
		lines: [text.point({ value: count(p.value), year: p.year })],
		narrow: [count(p.value), text.fy(p.year)],
		tone: 'ink',
		callout: true
	}));
	const gap = text.gap;
	const notes: LabelRequest[] = gap
		? m.gaps.map((year) => {
				const near = m.series.filter((p) => Math.abs(p.year - year) === 1);
				return {
					key: `gap-${year}`,
					point: { year, value: Math.max(0, ...near.map((p) => p.value)) },
					lines: gap(year),
					tone: 'muted',
					// Over the gap, or ending at it (clear of a line that climbs after it).
					tries: [
						['middle', 'above'],
						['end', 'above'],
						['middle', 'below'],
						['end', 'below']
					]
				};
			})
		: [];
	return {
		xDomain: m.xDomain,
		yDomain: m.yDomain,
		lines: [...solid, afterStoryRun(m, m.range[1])],
		dots: [...m.highlights, ...solid.filter((r) => r.length === 1).map((r) => r[0]!)],
		values,
		notes,
		markers: markerRequests(m.markers, text)
	};
}
