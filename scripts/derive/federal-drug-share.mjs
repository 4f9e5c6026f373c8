// Federal prisoners held for drug offences as a share of all sentenced federal prisoners.
// Only snapshot years exist in the reference files (three BJS "Prisoners in ..." tables), and their
// bases differ (Dec 31 vs Sep 30; all sentences vs sentences over a year), so each row keeps its basis.
// Shares are computed here from the counts and checked against the percentages quoted in SOURCES.md.
import { writeDataset } from './lib.mjs';
import { count, expect, pct1, readReferenceRows } from './checks.mjs';

const DIR = 'federal_prisoners_by_offense/';
const STORY_LAST_YEAR = 2017;

/** Finds the first row that satisfies `test`, or throws. */
function findRow(rows, test, label) {
	const row = rows.find(test);
	if (!row) throw new Error(`row not found: ${label}`);
	return row;
}

const rows = [];

// Prisoners in 2000, table 19: 1990 and 1995 (Dec 31), 1999 (Sep 30); all sentence lengths.
{
	const t = readReferenceRows(
		DIR + 'bjs_prisoners2000_p0019_federal_by_offense_1990_1995_1999.csv'
	);
	expect('p0019 year header', t.find((r) => r[2] === '1990')?.slice(2, 5), '1990,1995,1999');
	const total = findRow(t, (r) => r[0] === 'Total', 'Total');
	const drug = findRow(t, (r) => r[0] === 'Drug offenses', 'Drug offenses');
	const immig = findRow(t, (r) => r[0] === 'Immigration', 'Immigration');
	[1990, 1995, 1999].forEach((year, i) => {
		rows.push({
			year,
			drug_offenders: count(drug[2 + i]),
			total_prisoners: count(total[2 + i]),
			immigration_offenders: count(immig[2 + i]),
			basis: year === 1999 ? 'Sep 30, all sentences' : 'Dec 31, all sentences',
			report: 'Prisoners in 2000, table 19'
		});
	});
}

// Prisoners in 2008, appendix table 17: 2000, 2007, 2008 (Sep 30); sentences of more than 1 year.
{
	const t = readReferenceRows(
		DIR + 'bjs_prisoners2008_p08at17_federal_by_offense_2000_2007_2008.csv'
	);
	const header = findRow(t, (r) => r[0] === 'Offense', 'Offense header');
	expect('p08at17 year header', [header[2], header[4], header[6]], '2000,2007,2008');
	const total = findRow(t, (r) => r[1] === 'Total', 'Total');
	const drug = findRow(t, (r) => r[0] === 'Drug offenses', 'Drug offenses');
	const immig = findRow(t, (r) => r[1] === 'Immigration', 'Immigration');
	[2000, 2007, 2008].forEach((year, i) => {
		rows.push({
			year,
			drug_offenders: count(drug[2 + 2 * i]),
			total_prisoners: count(total[2 + 2 * i]),
			immigration_offenders: count(immig[2 + 2 * i]),
			basis: 'Sep 30, sentence >1 yr',
			report: 'Prisoners in 2008, appendix table 17'
		});
	});
}

// Prisoners in 2018, table 16: Sep 30, 2018; sentences of one year or more; offence counts
// rounded to the nearest 100 by BJS (the total is not rounded).
{
	const t = readReferenceRows(DIR + 'bjs_prisoners2018_p18t16_federal_number_by_offense_2018.csv');
	const total = findRow(t, (r) => r[1] === 'Total/d', 'Total/d');
	const drug = findRow(t, (r) => r[0] === 'Drug/h', 'Drug/h');
	const immig = findRow(t, (r) => r[1] === 'Immigration/i', 'Immigration/i');
	rows.push({
		year: 2018,
		drug_offenders: count(drug[2]),
		total_prisoners: count(total[2]),
		immigration_offenders: count(immig[2]),
		basis: 'Sep 30, sentence 1 yr or more',
		report: 'Prisoners in 2018, table 16'
	});
	// BJS's own percentage (table 15), computed from unrounded counts.
	const t15 = readReferenceRows(DIR + 'bjs_prisoners2018_p18t15_federal_pct_by_offense_2018.csv');
	const drugPct = findRow(t15, (r) => r[0] === 'Drug/g', 'Drug/g');
	expect('2018 drug share published in table 15', drugPct[2], '47.1');
}

for (const d of rows) {
	d.drug_share_pct = pct1(d.drug_offenders, d.total_prisoners);
	d.after_story_date = d.year > STORY_LAST_YEAR;
}

// Percentages quoted in SOURCES.md §3.
const share = (year) => rows.find((d) => d.year === year)?.drug_share_pct;
expect('1990 drug share (30,470 of 56,989)', share(1990), '53.5');
expect('1999 drug share (68,360 of 119,185)', share(1999), '57.4');
expect('2000 drug share (74,276 of 131,739)', share(2000), '56.4');
expect('2008 drug share (95,079 of 182,333)', share(2008), '52.1');
expect('2018 drug share (76,700 of 162,904)', share(2018), '47.1');
expect(
	'immigration offenders 2000 → 2008',
	[2000, 2008].map((year) => rows.find((d) => d.year === year)?.immigration_offenders),
	'13676,19678'
);

console.table(rows);
writeDataset('federal-drug-share', rows, [
	'year',
	'drug_offenders',
	'total_prisoners',
	'drug_share_pct',
	'immigration_offenders',
	'basis',
	'report',
	'after_story_date'
]);
