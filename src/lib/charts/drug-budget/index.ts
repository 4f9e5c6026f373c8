import type { DrugBudgetRow } from '$lib/data/drug-budget/schema';
import type { ChartModule } from '../shared/types';
import { rowsInRanges } from '../shared/table';
import Chart from './Chart.svelte';
import { YEARS, summaryFacts } from './marks';
import { format } from 'd3-format';

export const chart: ChartModule = {
	id: 'drug-budget',
	component: Chart,
	table(data, states, strings) {
		const text = strings.charts['drug-budget'];
		const rows = rowsInRanges(
			(data['drug-budget'] as DrugBudgetRow[]).filter(
				(r) => r.year >= YEARS[0] && r.year <= YEARS[1]
			),
			states
		);
		return {
			columns: [
				{ key: 'year', label: text.columns.year },
				{ key: 'total', label: text.columns.total },
				{ key: 'supply_reduction', label: text.columns.supply_reduction },
				{ key: 'demand_reduction', label: text.columns.demand_reduction },
				{ key: 'method', label: text.columns.method }
			],
			rows: rows.map((r) => ({
				year: r.year,
				total: r.total,
				supply_reduction: r.supply_reduction,
				demand_reduction: r.demand_reduction,
				method: text.methods[r.method]
			}))
		};
	},
	summary(data, strings) {
		const facts = summaryFacts(data['drug-budget'] as DrugBudgetRow[]);
		if (!facts) return '';
		// Millions as billions with one decimal: 7045.6 → "7.0".
		const billions = (millions: number) => format('.1f')(millions / 1000);
		const span = (s: (typeof facts)['before']) => ({
			from: s.first.year,
			fromValue: billions(s.first.value),
			to: s.last.year,
			toValue: billions(s.last.value)
		});
		return strings.charts['drug-budget'].summary({
			before: span(facts.before),
			after: span(facts.after)
		});
	}
};
