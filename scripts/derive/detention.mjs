// Immigration detention, average daily population (ADP) by fiscal year, FY1979–FY2017, from
// Nathan Craig's compilation. FY1993 is missing in the compilation and is kept missing (no
// interpolation): charts must show the gap.
import { readReference, writeDataset } from './lib.mjs';
import { expect } from './checks.mjs';

const rows = readReference(
	'immigration_detention/immigration_detention_adp_fy1979_2021apr_compiled.csv'
)
	.map((d) => ({ year: +d.FY, average_daily_population: d.ADP.trim() }))
	.filter((d) => d.year >= 1979 && d.year <= 2017)
	.sort((a, b) => a.year - b.year);

expect(
	'years',
	`${rows[0]?.year}–${rows.at(-1)?.year} (${rows.length} rows)`,
	'1979–2017 (39 rows)'
);
expect(
	'no missing rows',
	rows.every((d, i) => d.year === 1979 + i),
	true
);
expect(
	'blank years',
	rows.filter((d) => d.average_daily_population === '').map((d) => d.year),
	'1993'
);
expect('FY1994', rows.find((d) => d.year === 1994)?.average_daily_population, '6785');
expect('FY2014', rows.find((d) => d.year === 2014)?.average_daily_population, '33227');

console.table(rows);
writeDataset('detention', rows, ['year', 'average_daily_population']);
