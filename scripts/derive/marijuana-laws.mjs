// State marijuana laws through 2017: one row per state plus DC. The reference file lists only the
// 30 states + DC with a comprehensive medical-marijuana law; every other state gets a row with
// blank years. Years only: the file gives a month for West Virginia alone (inside medical_how).
// The file is the researcher's compilation (NCSL / ProCon.org lists) and must be checked against NCSL.
import { readReference, writeDataset } from './lib.mjs';
import { expect } from './checks.mjs';

// USPS codes and names: the 50 states and the District of Columbia.
const STATES = {
	AL: 'Alabama',
	AK: 'Alaska',
	AZ: 'Arizona',
	AR: 'Arkansas',
	CA: 'California',
	CO: 'Colorado',
	CT: 'Connecticut',
	DE: 'Delaware',
	DC: 'District of Columbia',
	FL: 'Florida',
	GA: 'Georgia',
	HI: 'Hawaii',
	ID: 'Idaho',
	IL: 'Illinois',
	IN: 'Indiana',
	IA: 'Iowa',
	KS: 'Kansas',
	KY: 'Kentucky',
	LA: 'Louisiana',
	ME: 'Maine',
	MD: 'Maryland',
	MA: 'Massachusetts',
	MI: 'Michigan',
	MN: 'Minnesota',
	MS: 'Mississippi',
	MO: 'Missouri',
	MT: 'Montana',
	NE: 'Nebraska',
	NV: 'Nevada',
	NH: 'New Hampshire',
	NJ: 'New Jersey',
	NM: 'New Mexico',
	NY: 'New York',
	NC: 'North Carolina',
	ND: 'North Dakota',
	OH: 'Ohio',
	OK: 'Oklahoma',
	OR: 'Oregon',
	PA: 'Pennsylvania',
	RI: 'Rhode Island',
	SC: 'South Carolina',
	SD: 'South Dakota',
	TN: 'Tennessee',
	TX: 'Texas',
	UT: 'Utah',
	VT: 'Vermont',
	VA: 'Virginia',
	WA: 'Washington',
	WV: 'West Virginia',
	WI: 'Wisconsin',
	WY: 'Wyoming'
};
// States on the Mexican border (the Gavrilova, Kamada & Zoutman study's treatment group).
const BORDER = new Set(['AZ', 'CA', 'NM', 'TX']);
// Notes in the file that the border_state and counted_in_29 columns now carry.
const MOVED_NOTES = new Set([
	'border state',
	'not a state',
	'counted by NCSL',
	'not counted by some 2017 tallies'
]);

// Whether each state is in the "29 states" medical-marijuana tallies of mid-2017 (SOURCES.md §8).
function counting(abbr, hasMedical) {
	if (abbr === 'DC')
		return ['not a state', 'DC has a medical law but is counted separately ("29 states and DC").'];
	// The compiled list has 30 states; a 29-state tally leaves out one of these two.
	const oneOfThirty =
		'The compiled list has 30 states; a "29 states" tally leaves out either Louisiana or West Virginia.';
	if (abbr === 'LA')
		return [
			'disputed',
			`Louisiana’s 2016 law is counted by NCSL but not by some 2017 trackers. ${oneOfThirty}`
		];
	if (abbr === 'WV')
		return [
			'disputed',
			`West Virginia’s law was signed in April 2017, so earlier tallies leave it out. ${oneOfThirty}`
		];
	return [hasMedical ? 'yes' : 'no', ''];
}

const compiled = readReference('medical_marijuana/state_marijuana_laws_through_2017_COMPILED.csv');
const byAbbr = new Map(compiled.map((d) => [d.abbr.trim(), d]));
for (const abbr of byAbbr.keys()) if (!(abbr in STATES)) throw new Error(`unknown state ${abbr}`);
for (const [abbr, d] of byAbbr) {
	if (d.state.trim() !== STATES[abbr]) throw new Error(`${abbr}: name "${d.state}"`);
}

const year = (text) => {
	const value = (text ?? '').trim();
	if (value !== '' && !/^(19|20)\d\d$/.test(value)) throw new Error(`not a year: "${text}"`);
	return value;
};

const rows = Object.entries(STATES)
	.sort(([, a], [, b]) => a.localeCompare(b))
	.map(([abbr, state]) => {
		const d = byAbbr.get(abbr);
		const medicalYear = year(d?.medical_year_enacted);
		const [counted, countingNote] = counting(abbr, medicalYear !== '');
		// The file's note column, minus what now has its own column (border_state, counted_in_29).
		const note = (d?.note ?? '')
			.split(';')
			.map((s) => s.trim())
			.filter((s) => s !== '' && !MOVED_NOTES.has(s))
			.join('; ');
		if (d && (d.note ?? '').includes('border state') !== BORDER.has(abbr)) {
			throw new Error(`${abbr}: border-state note disagrees with the border list`);
		}
		return {
			state,
			abbr,
			medical_year: medicalYear,
			medical_how: (d?.medical_how ?? '').trim(),
			recreational_year: year(d?.recreational_year_enacted),
			recreational_how: (d?.recreational_how ?? '').trim(),
			border_state: BORDER.has(abbr),
			counted_in_29: counted,
			counting_note: countingNote,
			note
		};
	});

expect('rows', rows.length, 51);
expect('medical laws (states + DC) in the file', rows.filter((d) => d.medical_year).length, 31);
expect(
	'medical states counted "yes" + disputed',
	rows.filter((d) => d.counted_in_29 === 'yes').length +
		'+' +
		rows.filter((d) => d.counted_in_29 === 'disputed').length,
	'28+2'
);
const rec2016 = rows.filter((d) => d.recreational_year && +d.recreational_year <= 2016);
expect(
	'recreational by end-2016 (SOURCES.md: 8 states + DC)',
	rec2016.map((d) => d.abbr).sort(),
	'AK,CA,CO,DC,MA,ME,NV,OR,WA'
);
expect(
	'border states medical years (CA 1996, NM 2007, AZ 2010, TX none)',
	['CA', 'NM', 'AZ', 'TX'].map((a) => rows.find((d) => d.abbr === a)?.medical_year),
	'1996,2007,2010,'
);

console.table(rows.map(({ counting_note: _note, ...d }) => d));
writeDataset('marijuana-laws', rows, [
	'state',
	'abbr',
	'medical_year',
	'medical_how',
	'recreational_year',
	'recreational_how',
	'border_state',
	'counted_in_29',
	'counting_note',
	'note'
]);
