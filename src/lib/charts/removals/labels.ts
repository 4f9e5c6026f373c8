// The removals chart's text, laid out for a plot size: value labels, callouts and marker rows.
import { format } from 'd3-format';
import type { Strings } from '$lib/strings';
import { clipSeries, splitAtGaps, type Point } from '../shared/series';
import type { RemovalsMarks, SeriesId } from './marks';
import { markerRequests } from './events';
import { layout, type LabelRequest, type Layout, type LayoutInput } from './layout';
import { DEFAULT_SIZE, type Size } from '../shared/label-boxes';

type Text = Strings['charts']['removals'];
const count = format(',');

/** One series' line from range[0] to `to` (fractional while it grows), split at any gap. */
export function runsOf(m: RemovalsMarks, id: SeriesId, to: number): Point[][] {
	return splitAtGaps(m.lines.find((l) => l.id === id)?.points ?? []).map((run) =>
		clipSeries(run, m.range[0], to)
	);
}

/**
 * One label per highlighted year, its lines ordered as the dots are (highest first); with two
 * series each line names its series.
 */
export function valueLabels(m: RemovalsMarks, text: Text): LabelRequest[] {
	const several = m.lines.length > 1;
	return [...new Set(m.highlights.map((p) => p.year))].map((year) => {
		const points = m.highlights.filter((p) => p.year === year).sort((a, b) => b.value - a.value);
		return {
			key: `value-${year}`,
			point: points[0]!,
			lines: points.map((p) =>
				text.point({
					value: count(p.value),
					year: p.year,
					series: several ? text.series[p.series] : undefined
				})
			),
			narrow: [
				...points.map((p) =>
					several ? text.seriesValue(text.series[p.series], count(p.value)) : count(p.value)
				),
				text.fy(year)
			],
			tone: 'ink',
			callout: true
		};
	});
}

export function labelLayout(m: RemovalsMarks, text: Text, size: Size = DEFAULT_SIZE): Layout {
	return layout(labelInput(m, text), size);
}

/** What the chart's text layout is asked to place, whatever the plot's size. */
export function labelInput(m: RemovalsMarks, text: Text): LayoutInput {
	return {
		xDomain: m.xDomain,
		yDomain: m.yDomain,
		lines: m.lines.flatMap((l) => runsOf(m, l.id, m.range[1])),
		dots: m.highlights,
		values: valueLabels(m, text),
		markers: markerRequests(m.markers, text)
	};
}
