import type { MarijuanaLawsRow } from '$lib/data/marijuana-laws/schema';
import type { ChartModule } from '../shared/types';
import Chart from './Chart.svelte';
import { summaryFacts } from './marks';

export const chart: ChartModule = {
	id: 'marijuana-map',
	component: Chart,
	// Every state is drawn at every step, so the table lists every state with its years.
	table(data, _states, strings) {
		const text = strings.charts['marijuana-map'];
		const rows = data['marijuana-laws'] as MarijuanaLawsRow[];
		const year = (value: number | null) => (value === null ? null : String(value));
		return {
			columns: [
				{ key: 'state', label: text.columns.state },
				{ key: 'medical_year', label: text.columns.medical_year },
				{ key: 'recreational_year', label: text.columns.recreational_year },
				{ key: 'border_state', label: text.columns.border_state },
				{ key: 'counting_note', label: text.columns.counting_note }
			],
			rows: rows.map((r) => ({
				state: r.state,
				medical_year: year(r.medical_year),
				recreational_year: year(r.recreational_year),
				border_state: r.border_state ? text.yes : '',
				counting_note: r.counting_note
			}))
		};
	},
	summary(data, strings) {
		const facts = summaryFacts(data['marijuana-laws'] as MarijuanaLawsRow[]);
		if (!facts) return '';
		const list = (names: string[]) =>
			names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
		return strings.charts['marijuana-map'].summary({
			through: facts.through,
			medical: facts.medical.states,
			medicalDc: facts.medical.dc,
			recreational: facts.recreational.states,
			recreationalDc: facts.recreational.dc,
			first: list(facts.first),
			firstYear: facts.firstYear,
			firstAdult: list(facts.firstAdultStates),
			firstAdultYear: facts.firstAdult
		});
	}
};
