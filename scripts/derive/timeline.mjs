// The 44 events of ../shared/reference/TIMELINE.md as data. The Markdown table is parsed for the
// row number, date and first source URL; the slug, lane, bridge flag and short label are the data
// desk's own (written here, not copied from any article), keyed by row number. Each key also
// names a word that must appear in that row's event text, so a reordered table fails loudly.
//
// lane: 'drugs' = drug-war and criminal-justice policy; 'immigration' = immigration enforcement.
// bridge: true where the event itself ties criminal (drug-war) enforcement to immigration
// consequences, or the reverse; the lane is then the side on which the event's effect falls.
import { writeDataset } from './lib.mjs';
import { expect, readReferenceText } from './checks.mjs';

/** row number → [slug, lane, bridge, label, word that must appear in the Event cell] */
const EVENTS = {
	1: [
		'operation-intercept-1969',
		'drugs',
		false,
		'Operation Intercept at Mexican border',
		'Operation Intercept'
	],
	2: [
		'controlled-substances-act-1970',
		'drugs',
		false,
		'Controlled Substances Act signed',
		'Controlled Substances Act'
	],
	3: [
		'nixon-public-enemy-1971',
		'drugs',
		false,
		'Nixon names drugs “public enemy”',
		'public enemy'
	],
	4: ['dea-formed-1973', 'drugs', false, 'DEA formed', 'Drug Enforcement Administration'],
	5: [
		'asset-forfeiture-fund-1984',
		'drugs',
		false,
		'Asset forfeiture fund created',
		'Assets Forfeiture Fund'
	],
	6: [
		'anti-drug-abuse-act-1986',
		'drugs',
		false,
		'Anti-Drug Abuse Act',
		'Anti-Drug Abuse Act of 1986'
	],
	7: ['irca-1986', 'immigration', true, 'Immigration Reform and Control Act', 'IRCA'],
	8: [
		'anti-drug-abuse-act-1988',
		'immigration',
		true,
		'1988 drug act: “aggravated felony”',
		'Anti-Drug Abuse Act of 1988'
	],
	9: [
		'immigration-act-1990',
		'immigration',
		true,
		'Immigration Act widens aggravated felony',
		'Immigration Act of 1990'
	],
	10: ['ms-13-origins', 'immigration', true, 'MS-13 spreads through deportations', 'MS-13'],
	11: ['crime-bill-1994', 'drugs', true, '1994 crime bill', 'Violent Crime Control'],
	12: ['aedpa-1996', 'immigration', true, 'AEDPA curbs deportation relief', 'AEDPA'],
	13: ['iirira-1996', 'immigration', true, 'IIRIRA expands deportation, detention', 'IIRIRA'],
	14: [
		'homeland-security-act-2002',
		'immigration',
		false,
		'DHS created, ICE formed',
		'Homeland Security Act'
	],
	15: [
		'operation-streamline-2005',
		'immigration',
		true,
		'Operation Streamline prosecutions begin',
		'Operation Streamline'
	],
	16: [
		'secure-communities-2008',
		'immigration',
		true,
		'Secure Communities launched',
		'Secure Communities'
	],
	17: ['fair-sentencing-act-2010', 'drugs', false, 'Fair Sentencing Act', 'Fair Sentencing Act'],
	18: [
		'global-commission-2011',
		'drugs',
		false,
		'Global commission: drug war failed',
		'Global Commission on Drug Policy'
	],
	19: [
		'wa-co-legalize-2012',
		'drugs',
		false,
		'Washington, Colorado legalise marijuana',
		'Colorado'
	],
	20: [
		'moncrieffe-v-holder-2013',
		'immigration',
		true,
		'Moncrieffe v. Holder ruling',
		'Moncrieffe v. Holder'
	],
	21: ['smart-on-crime-2013', 'drugs', false, 'Holder’s “Smart on Crime”', 'Smart on Crime'],
	22: ['cole-memo-2013', 'drugs', false, 'Cole memo on marijuana', 'James Cole'],
	23: [
		'pep-replaces-secure-communities-2014',
		'immigration',
		true,
		'PEP replaces Secure Communities',
		'Priority Enforcement Program'
	],
	24: [
		'rohrabacher-farr-2014',
		'drugs',
		false,
		'Medical-marijuana spending rider enacted',
		'Rohrabacher-Farr'
	],
	25: [
		'holder-curbs-adoptions-2015',
		'drugs',
		false,
		'Holder curbs forfeiture adoptions',
		'adoptions'
	],
	26: ['kate-steinle-2015', 'immigration', true, 'Kate Steinle killed', 'Kate Steinle'],
	27: [
		'private-prisons-phase-out-2016',
		'drugs',
		true,
		'DOJ to phase out private prisons',
		'private contract prisons'
	],
	28: ['marijuana-ballots-2016', 'drugs', false, 'Marijuana wins at 2016 ballot', 'West Virginia'],
	29: ['eo-13768-2017', 'immigration', true, 'Executive order on interior enforcement', 'EO 13768'],
	30: ['crime-task-force-2017', 'drugs', true, 'Crime-reduction task force created', 'EO 13776'],
	31: ['kelly-memos-2017', 'immigration', false, 'Kelly memos widen enforcement', 'John Kelly'],
	32: [
		'sessions-marijuana-violence-2017',
		'drugs',
		false,
		'Sessions ties marijuana to violence',
		'more violence around marijuana'
	],
	33: [
		'sessions-nogales-memo-2017',
		'immigration',
		true,
		'Sessions memo: prosecute border crossers',
		'Nogales'
	],
	34: [
		'sessions-rider-letter-2017',
		'drugs',
		false,
		'Sessions asks to end rider',
		'medical-marijuana rider'
	],
	35: ['sessions-charging-memo-2017', 'drugs', false, 'Sessions charging memo', 'charging memo'],
	36: ['kates-law-house-2017', 'immigration', true, 'House passes Kate’s Law', "Kate's Law"],
	37: [
		'forfeiture-adoptions-restored-2017',
		'drugs',
		false,
		'Forfeiture adoptions restored',
		'Order 3946-2017'
	],
	38: [
		'sessions-governor-letters-2017',
		'drugs',
		false,
		'Sessions letters to legal-marijuana states',
		'governors'
	],
	39: [
		'byrne-jag-conditions-2017',
		'immigration',
		true,
		'Immigration strings on police grants',
		'Byrne JAG'
	],
	40: ['task-force-secrecy-2017', 'drugs', true, 'Task-force advice kept private', 'rolling basis'],
	41: ['leahy-amendment-2017', 'drugs', false, 'Senate panel backs marijuana rider', 'Leahy'],
	42: [
		'sessions-el-salvador-2017',
		'immigration',
		true,
		'Sessions visits El Salvador',
		'San Salvador'
	],
	43: [
		'trump-brentwood-speech-2017',
		'immigration',
		true,
		'Trump’s MS-13 speech to police',
		'Brentwood'
	],
	44: [
		'chicago-sues-2017',
		'immigration',
		true,
		'Chicago sues over grant conditions',
		'Chicago sues'
	]
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Turns a TIMELINE Date cell into { date, end_date, precision }. */
function parseDate(cell) {
	let m;
	let date, precision;
	if ((m = /^(\d{4})s–(\d{4})s/.exec(cell))) {
		// "1980s–1990s": the first year of the span, with its last year as end_date.
		return { date: m[1], end_date: String(+m[2] + 9), precision: 'decades' };
	} else if ((m = /^(\d{4}-\d{2}-\d{2})/.exec(cell))) {
		[date, precision] = [m[1], 'day'];
	} else if ((m = /^(\d{4}-\d{2})(?![-\d])/.exec(cell))) {
		[date, precision] = [m[1], 'month'];
	} else if ((m = /^(\d{4}) \((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\)/.exec(cell))) {
		[date, precision] = [`${m[1]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}`, 'month'];
	} else if ((m = /^(\d{4})\b/.exec(cell))) {
		[date, precision] = [m[1], 'year'];
	} else {
		throw new Error(`unparsed date: "${cell}"`);
	}
	// A range: "(to 1969-10-11)", "→ 2003-03-01" or "→ 07-28" (same year).
	let end_date = '';
	if ((m = /(?:\(to |→ )(\d{4}-\d{2}-\d{2})/.exec(cell))) end_date = m[1];
	else if ((m = /→ (\d{2}-\d{2})\b/.exec(cell))) end_date = `${date.slice(0, 4)}-${m[1]}`;
	return { date, end_date, precision };
}

const markdown = readReferenceText('TIMELINE.md');
const tableRows = markdown
	.split('\n')
	.filter((line) => /^\| \d+ \|/.test(line))
	.map((line) => {
		const cells = line
			.replace(/^\|/, '')
			.replace(/\|\s*$/, '')
			.split('|')
			.map((c) => c.trim());
		if (cells.length !== 5)
			throw new Error(`expected 5 cells, got ${cells.length}: ${line.slice(0, 60)}`);
		return cells;
	});

const rows = tableRows.map(([num, dateCell, event, , sources]) => {
	const number = +num;
	const meta = EVENTS[number];
	if (!meta) throw new Error(`row ${number}: no slug/lane/label defined`);
	const [id, lane, bridge, label, mustContain] = meta;
	if (!event.includes(mustContain)) {
		throw new Error(`row ${number}: event text no longer mentions "${mustContain}"`);
	}
	if (label.split(/\s+/).length > 6) throw new Error(`row ${number}: label longer than 6 words`);
	const { date, end_date, precision } = parseDate(dateCell);
	const source_url = sources.split(/\s+;\s+/)[0]?.trim() ?? '';
	if (!/^https?:\/\/\S+$/.test(source_url))
		throw new Error(`row ${number}: bad URL "${source_url}"`);
	return {
		id,
		number,
		date,
		end_date,
		date_precision: precision,
		year: +date.slice(0, 4),
		lane,
		bridge,
		label,
		unverified: /unverified/i.test(dateCell),
		source_url
	};
});

expect('rows', rows.length, 44);
expect(
	'numbers 1..44 in order',
	rows.every((d, i) => d.number === i + 1),
	true
);
expect('unique ids', new Set(rows.map((d) => d.id)).size, 44);
expect(
	'unverified dates',
	rows.filter((d) => d.unverified).map((d) => d.number),
	'5,9,15'
);
expect('row 5 date', rows[4]?.date, '1984-10');
expect('row 8 date', rows[7]?.date, '1988-11-18');
// Rows whose Event/Why cells flag a secondary detail (not the event date) as unverified.
const flagged = tableRows
	.filter(
		([, dateCell, event, why]) =>
			!/unverified/i.test(dateCell) && /unverified|not checked/i.test(event + why)
	)
	.map(([num]) => num);
console.log(
	`rows with an unverified secondary detail (date itself verified): ${flagged.join(', ')}`
);

console.table(rows.map(({ source_url: _url, ...d }) => d));
writeDataset('timeline', rows, [
	'id',
	'number',
	'date',
	'end_date',
	'date_precision',
	'year',
	'lane',
	'bridge',
	'label',
	'unverified',
	'source_url'
]);
