// Sentenced prisoners under state and federal jurisdiction (Dec 31) and the imprisonment rate
// per 100,000 residents, 1925–2016, from R package Ecdat's USincarcerations (via Rdatasets).
//
// The carrier's count column changes definition: 1925–2009 are *sentenced* (>1 yr) prisoners,
// but 2010 onward it holds the *total* jurisdiction population (sentenced + unsentenced) from
// BJS Prisoners in 2019. Those counts equal BJS Prisoners in 2018 Table 1 totals exactly, which
// this script checks. They are therefore left blank here rather than mislabelled as sentenced.
// The rate column stays on the sentenced basis throughout (2010–2016 equal BJS p18at01).
import { readReference, writeDataset } from './lib.mjs';
import { count, expect, readReferenceRows } from './checks.mjs';

const LAST_SENTENCED_COUNT = 2009;

const source = readReference('prisons/rdatasets_ecdat_USincarcerations_sentenced_1925_2019.csv')
	.map((d) => ({
		year: +d.year,
		count: +d.stateFedIncarcerees,
		rate: +d.stateFedIncarcerationRate
	}))
	.filter((d) => d.year >= 1925 && d.year <= 2016)
	.sort((a, b) => a.year - b.year);

// BJS Prisoners in 2018, Table 1: total jurisdiction population, 2008–2018.
const p18t01 = new Map(
	readReferenceRows('prisons/bjs_prisoners2018_p18t01_jurisdiction_total_2008_2018.csv')
		.filter((r) => /^\d{4}$/.test(r[0] ?? ''))
		.map((r) => [+r[0], count(r[2])])
);
// BJS Prisoners in 2018, Appendix table 1: imprisonment rate (sentenced), 1978–2018.
const p18at01 = new Map(
	readReferenceRows('prisons/bjs_prisoners2018_p18at01_imprisonment_rate_1978_2018.csv')
		.filter((r) => /^\d{4}$/.test(r[0] ?? ''))
		.map((r) => [+r[0], count(r[1])])
);

for (const d of source.filter((d) => d.year > LAST_SENTENCED_COUNT)) {
	expect(
		`${d.year} carrier count equals BJS p18t01 total jurisdiction`,
		d.count,
		p18t01.get(d.year)
	);
	expect(`${d.year} carrier rate equals BJS p18at01 sentenced rate`, d.rate, p18at01.get(d.year));
}
const count2009 = source.find((d) => d.year === LAST_SENTENCED_COUNT)?.count;
expect(
	'2009 carrier count differs from the total jurisdiction figure',
	count2009 !== p18t01.get(2009),
	true
);

const rows = source.map((d) => ({
	year: d.year,
	sentenced_prisoners: d.year <= LAST_SENTENCED_COUNT ? d.count : '',
	imprisonment_rate: d.rate
}));

expect(
	'years',
	`${rows[0]?.year}–${rows.at(-1)?.year} (${rows.length} rows)`,
	'1925–2016 (92 rows)'
);
expect('2016 imprisonment rate', rows.find((d) => d.year === 2016)?.imprisonment_rate, 450);
const peak = Math.max(...rows.map((d) => d.imprisonment_rate));
expect('peak rate', peak, 506);
expect(
	'peak years',
	rows.filter((d) => d.imprisonment_rate === peak).map((d) => d.year),
	'2007,2008'
);

// Diagnostics only: where this series differs from the BJS 2018-edition rates.
const diffs = rows
	.filter((d) => p18at01.has(d.year) && p18at01.get(d.year) !== d.imprisonment_rate)
	.map((d) => `${d.year}: ${d.imprisonment_rate} vs BJS 2018 edition ${p18at01.get(d.year)}`);
console.log(`rate differs from BJS p18at01 in ${diffs.length} years:\n  ${diffs.join('\n  ')}`);

writeDataset('prisoners', rows, ['year', 'sentenced_prisoners', 'imprisonment_rate']);
