import { format } from 'd3-format';
import type { ApprehensionsRow } from '$lib/data/apprehensions/schema';
import type { ChartModule } from '../shared/types';
import { rowsInRanges } from '../shared/table';
import Chart from './Chart.svelte';
import { summaryFacts } from './marks';

const count = format(',');
const percent = format('.0%');

export const chart: ChartModule = {
	id: 'apprehensions',
	component: Chart,
	table(data, states, strings) {
		const columns = strings.charts.apprehensions.columns;
		const rows = rowsInRanges(data.apprehensions as ApprehensionsRow[], states);
		return {
			columns: [
				{ key: 'year', label: columns.year },
				{ key: 'apprehensions', label: columns.apprehensions }
			],
			rows: rows.map((r) => ({ year: r.year, apprehensions: r.apprehensions }))
		};
	},
	summary(data, strings) {
		const facts = summaryFacts(data.apprehensions as ApprehensionsRow[]);
		if (!facts) return '';
		return strings.charts.apprehensions.summary({
			from: facts.first.year,
			fromValue: count(facts.first.value),
			peak: facts.peak.year,
			peakValue: count(facts.peak.value),
			to: facts.last.year,
			toValue: count(facts.last.value),
			share: percent(facts.shareOfPeak)
		});
	}
};
