import type { TimelineRow } from '$lib/data/timeline/schema';
import type { ChartModule } from '../shared/types';
import Chart from './Chart.svelte';
import { summaryFacts, type TimelineState } from './marks';

/** A date as precise as its source, in the page's language: 21 Sep 1969, Oct 1984, 2005. */
function formatDate(row: TimelineRow, lang: string, decades: (from: number, to: number) => string) {
	if (row.date_precision === 'decades') {
		const decade = (iso: string) => Math.floor(Number(iso.slice(0, 4)) / 10) * 10;
		return decades(decade(row.date), decade(row.end_date || row.date));
	}
	const parts = row.date.split('-').map(Number);
	const date = (iso: string) => {
		const [y, m = 1, d = 1] = iso.split('-').map(Number);
		return new Date(Date.UTC(y!, m - 1, d));
	};
	const options: Intl.DateTimeFormatOptions =
		parts.length === 3
			? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
			: parts.length === 2
				? { month: 'short', year: 'numeric', timeZone: 'UTC' }
				: { year: 'numeric', timeZone: 'UTC' };
	const format = new Intl.DateTimeFormat(lang, options);
	return row.end_date
		? format.formatRange(date(row.date), date(row.end_date))
		: format.format(date(row.date));
}

export const chart: ChartModule = {
	id: 'timeline',
	component: Chart,
	table(data, states, strings) {
		const text = strings.charts.timeline;
		const ranges = (states as Partial<TimelineState>[]).flatMap((s) => (s.range ? [s.range] : []));
		const from = Math.min(...ranges.map((r) => r[0]));
		const to = Math.max(...ranges.map((r) => r[1]));
		const rows = (data['timeline'] as TimelineRow[]).filter(
			(r) => ranges.length === 0 || (r.year >= from && r.year <= to)
		);
		return {
			columns: [
				{ key: 'date', label: text.columns.date },
				{ key: 'lane', label: text.columns.lane },
				{ key: 'label', label: text.columns.label },
				{ key: 'bridge', label: text.columns.bridge },
				{ key: 'unverified', label: text.columns.unverified },
				{ key: 'source_url', label: text.columns.source_url }
			],
			rows: rows.map((r) => ({
				date: formatDate(r, strings.lang, text.decades),
				lane: text.lanes[r.lane],
				label: r.label,
				bridge: r.bridge ? text.yes : '',
				unverified: r.unverified ? text.unverified : '',
				source_url: r.source_url
			})),
			// Each event can be linked to as #event-<id>. Ids must be unique on the page, so only the
			// section that lists the whole timeline carries them (chapter 1); shorter ones do not.
			...(rows.length === (data['timeline'] as TimelineRow[]).length
				? { anchors: rows.map((r) => `event-${r.id}`) }
				: {})
		};
	},
	summary(data, strings) {
		const facts = summaryFacts(data['timeline'] as TimelineRow[]);
		return facts ? strings.charts.timeline.summary(facts) : '';
	}
};
