import { format } from 'd3-format';
import type { PrisonersRow } from '$lib/data/prisoners/schema';
import type { FederalDrugShareRow } from '$lib/data/federal-drug-share/schema';
import type { ChartModule, ChartTable } from '../shared/types';
import type { TimeState } from '../shared/contract';
import { rowsInRanges } from '../shared/table';
import Chart from './Chart.svelte';
import { YEARS, seriesShown, sharePoints, summaryFacts } from './marks';

const whole = format(',.0f');
const pct = (value: number) => `${format('.1f')(value)}%`;

export const chart: ChartModule = {
	id: 'imprisonment',
	component: Chart,
	table(data, states, strings) {
		const columns = strings.charts.imprisonment.columns;
		const shown = new Set((states as TimeState[]).flatMap((s) => seriesShown(s)));
		const prisoners = (data.prisoners as PrisonersRow[]).filter(
			(r) => r.year >= YEARS[0] && r.year <= YEARS[1]
		);
		const rows = rowsInRanges(prisoners, states);
		const years = new Set(rows.map((r) => r.year));
		// Snapshot years drawn in the strip, keyed by year; 2018 (after the story's date) is never drawn.
		const shares = new Map(
			shown.has('federal-drug-share')
				? sharePoints(data['federal-drug-share'] as FederalDrugShareRow[])
						.filter((p) => years.has(p.year))
						.map((p) => [p.year, p])
				: []
		);
		const table: ChartTable = {
			columns: [
				{ key: 'year', label: columns.year },
				...(shown.has('rate')
					? [{ key: 'imprisonment_rate', label: columns.imprisonment_rate }]
					: []),
				...(shown.has('federal-drug-share')
					? [
							{ key: 'drug_share_pct', label: columns.drug_share_pct },
							{ key: 'basis', label: columns.basis }
						]
					: [])
			],
			rows: rows
				.filter((r) => shown.has('rate') || shares.has(r.year))
				.map((r) => ({
					year: r.year,
					...(shown.has('rate') ? { imprisonment_rate: r.imprisonment_rate } : {}),
					...(shown.has('federal-drug-share')
						? {
								drug_share_pct: shares.get(r.year)?.value ?? null,
								basis: shares.get(r.year)?.basis ?? null
							}
						: {})
				}))
		};
		return table;
	},
	summary(data, strings) {
		const facts = summaryFacts(
			data.prisoners as PrisonersRow[],
			data['federal-drug-share'] as FederalDrugShareRow[]
		);
		if (!facts) return '';
		return strings.charts.imprisonment.summary({
			from: facts.first.year,
			trough: facts.trough.year,
			low: whole(facts.low),
			high: whole(facts.high),
			peak: facts.peak.year,
			peakValue: whole(facts.peak.value),
			last: facts.last.year,
			lastValue: whole(facts.last.value),
			share:
				facts.shareFirst && facts.shareLast && facts.shareFirst !== facts.shareLast
					? {
							from: facts.shareFirst.year,
							fromValue: pct(facts.shareFirst.value),
							to: facts.shareLast.year,
							toValue: pct(facts.shareLast.value)
						}
					: undefined
		});
	}
};
