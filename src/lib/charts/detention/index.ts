import { format } from 'd3-format';
import type { DetentionRow } from '$lib/data/detention/schema';
import type { ChartModule } from '../shared/types';
import { rowsInRanges } from '../shared/table';
import Chart from './Chart.svelte';
import { summaryFacts } from './marks';

const count = format(',');
const ratio = format('.0f');

export const chart: ChartModule = {
	id: 'detention',
	component: Chart,
	table(data, states, strings) {
		const columns = strings.charts.detention.columns;
		const rows = rowsInRanges(data.detention as DetentionRow[], states);
		return {
			columns: [
				{ key: 'year', label: columns.year },
				{ key: 'average_daily_population', label: columns.average_daily_population }
			],
			rows: rows.map((r) => ({
				year: r.year,
				average_daily_population: r.average_daily_population
			}))
		};
	},
	summary(data, strings) {
		const facts = summaryFacts(data.detention as DetentionRow[]);
		if (!facts) return '';
		return strings.charts.detention.summary({
			from: facts.first.year,
			fromValue: count(facts.first.value),
			to: facts.last.year,
			toValue: count(facts.last.value),
			ratio: ratio(facts.ratio),
			missing: facts.missing
		});
	}
};
