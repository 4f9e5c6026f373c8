import type { DrugArrestsRow } from '$lib/data/drug-arrests/schema';
import type { ChartModule, ChartTable } from '../shared/types';
import type { TimeState } from '../shared/contract';
import { rowsInRanges } from '../shared/table';
import Chart from './Chart.svelte';
import { YEARS, seriesShown, summaryFacts } from './marks';
import { count } from './format';

const share = (value: number) => `${value.toFixed(1)}%`;

export const chart: ChartModule = {
	id: 'drug-arrests',
	component: Chart,
	table(data, states, strings) {
		const columns = strings.charts['drug-arrests'].columns;
		const shown = new Set((states as TimeState[]).flatMap((s) => seriesShown(s)));
		const rows = rowsInRanges(
			(data['drug-arrests'] as DrugArrestsRow[]).filter(
				(r) => r.year >= YEARS[0] && r.year <= YEARS[1]
			),
			states
		);
		const marijuana = shown.has('marijuana-possession');
		const table: ChartTable = {
			columns: [
				{ key: 'year', label: columns.year },
				...(shown.has('total') ? [{ key: 'drug_arrests', label: columns.drug_arrests }] : []),
				...(marijuana
					? [
							{ key: 'marijuana_possession', label: columns.marijuana_possession },
							{
								key: 'marijuana_possession_share_pct',
								label: columns.marijuana_possession_share_pct
							}
						]
					: [])
			],
			rows: rows
				.filter((r) => shown.has('total') || r.marijuana_possession !== null)
				.map((r) => ({
					year: r.year,
					...(shown.has('total') ? { drug_arrests: r.drug_arrests } : {}),
					...(marijuana
						? {
								marijuana_possession: r.marijuana_possession,
								marijuana_possession_share_pct: r.marijuana_possession_share_pct
							}
						: {})
				}))
		};
		return table;
	},
	summary(data, strings) {
		const facts = summaryFacts(data['drug-arrests'] as DrugArrestsRow[]);
		if (!facts) return '';
		const { marijuanaFirst: mFirst, marijuanaLast: mLast } = facts;
		return strings.charts['drug-arrests'].summary({
			from: facts.first.year,
			fromValue: count(facts.first.value),
			peak: facts.peak.year,
			peakValue: count(facts.peak.value),
			to: facts.last.year,
			toValue: count(facts.last.value),
			marijuana:
				mFirst && mLast && mFirst !== mLast
					? {
							from: mFirst.year,
							fromShare: share(mFirst.share),
							to: mLast.year,
							toShare: share(mLast.share)
						}
					: undefined
		});
	}
};
