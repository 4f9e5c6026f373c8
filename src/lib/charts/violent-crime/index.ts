import { format } from 'd3-format';
import type { ViolentCrimeRow } from '$lib/data/violent-crime/schema';
import type { ChartModule } from '../shared/types';
import { rowsInRanges } from '../shared/table';
import Chart from './Chart.svelte';
import { summaryFacts } from './marks';

const rate = format(',.1f');
const percent = format('.0%');

export const chart: ChartModule = {
	id: 'violent-crime',
	component: Chart,
	table(data, states, strings) {
		const columns = strings.charts['violent-crime'].columns;
		const rows = rowsInRanges(data['violent-crime'] as ViolentCrimeRow[], states);
		return {
			columns: [
				{ key: 'year', label: columns.year },
				{ key: 'violent_crime_rate', label: columns.violent_crime_rate }
			],
			rows: rows.map((r) => ({ year: r.year, violent_crime_rate: r.violent_crime_rate }))
		};
	},
	summary(data, strings) {
		const facts = summaryFacts(data['violent-crime'] as ViolentCrimeRow[]);
		if (!facts) return '';
		return strings.charts['violent-crime'].summary({
			from: facts.first.year,
			fromValue: rate(facts.first.value),
			peak: facts.peak.year,
			peakValue: rate(facts.peak.value),
			to: facts.last.year,
			toValue: rate(facts.last.value),
			change: percent(facts.dropFromPeak)
		});
	}
};
