// Removals and returns of noncitizens by fiscal year, FY1892–FY2016, from the DHS 2019 Yearbook of
// Immigration Statistics, Table 39 (the 2019 edition: recent years differ from first publication).
import { readReference, writeDataset } from './lib.mjs';
import { expect } from './checks.mjs';

const rows = readReference('removals/dhs_yearbook2019_table39_removals_returns_fy1892_2019_raw.csv')
	.map((d) => ({ year: +d.Year, removals: +d.Removals, returns: d.Returns.trim() }))
	.filter((d) => d.year >= 1892 && d.year <= 2016)
	.sort((a, b) => a.year - b.year);

expect(
	'years',
	`${rows[0]?.year}–${rows.at(-1)?.year} (${rows.length} rows)`,
	'1892–2016 (125 rows)'
);
expect(
	'no missing years',
	rows.every((d, i) => d.year === 1892 + i),
	true
);
expect('FY2016 removals (2019 edition)', rows.find((d) => d.year === 2016)?.removals, 332227);
expect('first year with returns', rows.find((d) => d.returns !== '')?.year, 1927);
expect(
	'returns blank only before 1927',
	rows.every((d) => (d.returns === '') === d.year < 1927),
	true
);
const peak = rows.reduce((a, b) => (b.removals > a.removals ? b : a));
console.log(`removals peak: FY${peak.year} ${peak.removals}`);
console.table(rows.filter((d) => d.year >= 1986));

writeDataset('removals', rows, ['year', 'removals', 'returns']);
