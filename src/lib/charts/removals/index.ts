import { format } from 'd3-format';
import type { RemovalsRow } from '$lib/data/removals/schema';
import type { ChartModule } from '../shared/types';
import type { TimeState } from '../shared/contract';
import { rowsInRanges } from '../shared/table';
import Chart from './Chart.svelte';
import { drawnSeries, summaryFacts } from './marks';

const count = format(',');

export const chart: ChartModule = {
	id: 'removals',
	component: Chart,
	table(data, states, strings) {
		const columns = strings.charts.removals.columns;
		const rows = rowsInRanges(data.removals as RemovalsRow[], states);
		// The returns column only when a step draws the returns line.
		const withReturns = states.some((s) => drawnSeries(s as TimeState).includes('returns'));
		return {
			columns: [
				{ key: 'year', label: columns.year },
				{ key: 'removals', label: columns.removals },
				...(withReturns ? [{ key: 'returns', label: columns.returns }] : [])
			],
			rows: rows.map((r) => ({
				year: r.year,
				removals: r.removals,
				...(withReturns ? { returns: r.returns } : {})
			}))
		};
	},
	summary(data, strings) {
		const facts = summaryFacts(data.removals as RemovalsRow[]);
		if (!facts) return '';
		return strings.charts.removals.summary({
			from: facts.first.year,
			before: facts.before,
			earlyMax: count(facts.earlyMax.value),
			earlyMaxYear: facts.earlyMax.year,
			peak: count(facts.peak.value),
			peakYear: facts.peak.year,
			last: count(facts.last.value),
			lastYear: facts.last.year
		});
	}
};
