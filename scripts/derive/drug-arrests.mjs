// FBI national estimated arrests for drug abuse violations, 1995–2016, plus estimated arrests
// for marijuana possession where the FBI's by-drug-type estimates exist (2010–2015).
// CIUS 2016 dropped the by-type table, so 2016 marijuana possession stays blank: it is NOT
// filled from the "reported" (non-estimated) file, which covers only reporting agencies.
import { readReference, writeDataset } from './lib.mjs';
import { expect, pct1 } from './checks.mjs';

const estimated = readReference('drug_arrests/fbi_cde_arrests_national_estimated_1995_2016.csv')
	.map((d) => ({ year: +d.year, drug_arrests: +d.drug_abuse }))
	.filter((d) => d.year >= 1995 && d.year <= 2016)
	.sort((a, b) => a.year - b.year);

const byType = new Map(
	readReference('drug_arrests/fbi_estimated_drug_arrests_by_drug_type_2010_2018_no2016.csv').map(
		(d) => [+d.year, { total: +d.total_drug_arrests, marijuana_possession: +d.weed_pos }]
	)
);

const rows = estimated.map((d) => {
	const t = byType.get(d.year);
	if (t) expect(`${d.year} by-type total equals CDE estimate`, t.total, d.drug_arrests);
	return {
		year: d.year,
		drug_arrests: d.drug_arrests,
		marijuana_possession: t ? t.marijuana_possession : '',
		marijuana_possession_share_pct: t ? pct1(t.marijuana_possession, d.drug_arrests) : ''
	};
});

expect(
	'years',
	`${rows[0]?.year}–${rows.at(-1)?.year} (${rows.length} rows)`,
	'1995–2016 (22 rows)'
);
expect(
	'2015 marijuana possession',
	rows.find((d) => d.year === 2015)?.marijuana_possession,
	574641
);
expect(
	'years with marijuana possession',
	rows.filter((d) => d.marijuana_possession !== '').map((d) => d.year),
	'2010,2011,2012,2013,2014,2015'
);

console.table(rows);
writeDataset('drug-arrests', rows, [
	'year',
	'drug_arrests',
	'marijuana_possession',
	'marijuana_possession_share_pct'
]);
