import type { MarijuanaLawsRow } from '$lib/data/marijuana-laws/schema';

export type LawStatus = 'none' | 'medical' | 'recreational';

export interface MapState {
	/** Laws enacted up to and including this year are drawn. */
	through: number;
	highlight?: 'border'[];
}

export interface StateMark {
	name: string;
	abbr: string;
	/** The most a state allowed by `through`: nothing, medical use, or adult use as well. */
	status: LawStatus;
	border: boolean;
	medicalYear: number | null;
	recreationalYear: number | null;
}

/** A tally of states (DC is not a state: it is counted apart, as the trackers did). */
export interface Count {
	states: number;
	dc: boolean;
}

export interface MapMarks {
	through: number;
	states: StateMark[];
	medical: Count;
	recreational: Count;
	/** States the mid-2017 "29 states" tallies disagreed on that are counted here by `through`. */
	disputed: { name: string; year: number }[];
	/** The border states, outlined and labelled when the step highlights them. */
	border: StateMark[];
}

const DC = 'DC';

function statusOf(row: MarijuanaLawsRow, through: number): LawStatus {
	if (row.recreational_year !== null && row.recreational_year <= through) return 'recreational';
	if (row.medical_year !== null && row.medical_year <= through) return 'medical';
	return 'none';
}

function tally(states: StateMark[], has: (s: StateMark) => boolean): Count {
	return {
		states: states.filter((s) => s.abbr !== DC && has(s)).length,
		dc: states.some((s) => s.abbr === DC && has(s))
	};
}

/** What the map draws for a step: a pure function of (rows, state). */
export function marks(rows: MarijuanaLawsRow[], state: MapState): MapMarks {
	const { through } = state;
	const states = rows.map((row): StateMark => ({
		name: row.state,
		abbr: row.abbr,
		status: statusOf(row, through),
		border: row.border_state,
		medicalYear: row.medical_year,
		recreationalYear: row.recreational_year
	}));
	return {
		through,
		states,
		// A state with an adult-use law had a medical law first, but count it either way.
		medical: tally(states, (s) => s.status !== 'none'),
		recreational: tally(states, (s) => s.status === 'recreational'),
		disputed: rows
			.filter(
				(row) =>
					row.counted_in_29 === 'disputed' &&
					row.medical_year !== null &&
					row.medical_year <= through
			)
			.map((row) => ({ name: row.state, year: row.medical_year! })),
		border: state.highlight?.includes('border') ? states.filter((s) => s.border) : []
	};
}

/** The facts the generated one-sentence summary is made from. */
export function summaryFacts(rows: MarijuanaLawsRow[]) {
	const years = rows
		.flatMap((r) => [r.medical_year, r.recreational_year])
		.filter((y) => y !== null);
	if (years.length === 0) return undefined;
	const last = Math.max(...years);
	const m = marks(rows, { through: last });
	const firstYear = Math.min(
		...rows.flatMap((r) => (r.medical_year === null ? [] : [r.medical_year]))
	);
	const first = rows.filter((r) => r.medical_year === firstYear).map((r) => r.state);
	const firstAdult = Math.min(
		...rows.flatMap((r) => (r.recreational_year === null ? [] : [r.recreational_year]))
	);
	return {
		through: last,
		medical: m.medical,
		recreational: m.recreational,
		first,
		firstYear,
		firstAdult,
		firstAdultStates: rows.filter((r) => r.recreational_year === firstAdult).map((r) => r.state),
		disputed: m.disputed
	};
}
