import { format } from 'd3-format';
import type { ProsecutionsRow } from '$lib/data/prosecutions/schema';
import type { ImmigrationSentenceShareRow } from '$lib/data/immigration-sentence-share/schema';
import type { ChartModule } from '../shared/types';
import type { TimeState } from '../shared/contract';
import Chart from './Chart.svelte';
import { COUNT_SERIES, summaryFacts, YEARS, type SeriesId } from './marks';

const count = format(',');
const percent = (value: number) => `${format('.1f')(value)}%`;

/** The series the steps draw: the ones they ask for (the total when they do not say). */
function seriesDrawn(states: Record<string, unknown>[]): Set<SeriesId> {
	return new Set(
		(states as Partial<TimeState>[]).flatMap((s) => (s.series ?? ['all']) as SeriesId[])
	);
}

export const chart: ChartModule = {
	id: 'prosecutions',
	component: Chart,
	table(data, states, strings) {
		const columns = strings.charts.prosecutions.columns;
		const rows = data['prosecutions'] as ProsecutionsRow[];
		const shareRows = data['immigration-sentence-share'] as ImmigrationSentenceShareRow[];
		const ranges = (states as Partial<TimeState>[]).flatMap((s) => (s.range ? [s.range] : []));
		const from = Math.min(YEARS[1], ...ranges.map((r) => r[0]));
		const to = Math.max(YEARS[0], ...ranges.map((r) => r[1]));
		const drawn = seriesDrawn(states);
		const keys = {
			all: 'all_immigration',
			entry: 'illegal_entry',
			reentry: 'illegal_reentry',
			'sentence-share': 'share_pct'
		} as const;
		const shown = [...COUNT_SERIES, 'sentence-share' as const].filter((id) => drawn.has(id));
		const years = [
			...new Set([
				...(shown.some((id) => id !== 'sentence-share') ? rows.map((r) => r.year) : []),
				...(drawn.has('sentence-share') ? shareRows.map((r) => r.year) : [])
			])
		]
			.filter((year) => year >= from && year <= to)
			.sort((a, b) => a - b);
		const tableRows = years
			.map((year) => {
				const trac = rows.find((r) => r.year === year);
				const share = shareRows.find((r) => r.year === year);
				const values: Record<string, number | null> = {
					all_immigration: trac?.all_immigration ?? null,
					illegal_entry: trac?.illegal_entry ?? null,
					illegal_reentry: trac?.illegal_reentry ?? null,
					share_pct: share?.share_pct ?? null
				};
				const row: Record<string, number | null> = { year };
				for (const id of shown) row[keys[id]] = values[keys[id]] ?? null;
				return row;
			})
			.filter((row) => shown.some((id) => row[keys[id]] !== null));
		return {
			columns: [
				{ key: 'year', label: columns.year },
				...shown.map((id) => ({ key: keys[id], label: columns[keys[id]] }))
			],
			rows: tableRows
		};
	},
	summary(data, strings) {
		const facts = summaryFacts(
			data['prosecutions'] as ProsecutionsRow[],
			data['immigration-sentence-share'] as ImmigrationSentenceShareRow[]
		);
		if (!facts) return '';
		return strings.charts.prosecutions.summary({
			from: facts.first.year,
			fromValue: count(facts.first.value),
			peak: facts.peak.year,
			peakValue: count(facts.peak.value),
			to: facts.last.year,
			toValue: count(facts.last.value),
			shareFrom: facts.shareFirst.year,
			shareFromValue: percent(facts.shareFirst.value),
			sharePeak: facts.sharePeak.year,
			sharePeakValue: percent(facts.sharePeak.value),
			shareTo: facts.shareLast.year,
			shareToValue: percent(facts.shareLast.value)
		});
	}
};
