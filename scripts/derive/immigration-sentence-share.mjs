// Immigration cases as a share of all federal prison sentences, FY2001–FY2016, summed nationally
// from The Marshall Project's district-level scrape of the U.S. Sentencing Commission Sourcebooks.
//
// How the sum is made: the file has one row per (Year, District) for 94 federal districts,
// including Guam, the Northern Mariana Islands, Puerto Rico and the Virgin Islands. For each Year,
// immigration_prison_sentences = sum of `Immigration` (the district's immigration prison sentences, which
// the Marshall Project built by adding the five sentence-length buckets), and
// all_prison_sentences = sum of `SentenceAdd` (the district's prison sentences across all offence
// types). share_pct = immigration_prison_sentences / all_prison_sentences, rounded to 0.1. The file's own
// per-district PCTImmig is not averaged (that would weight small districts equally).
// FY2017 is dropped: it ended on 30 September 2017, after the story's August 2017 date.
import { readReference, writeDataset } from './lib.mjs';
import { expect, pct1 } from './checks.mjs';

const LAST_YEAR = 2016;
const source = readReference(
	'immigration_prosecutions/marshallproject_ussc_immigration_prison_sentences_by_district_2001_2017.csv'
);

const byYear = new Map();
for (const d of source) {
	const year = +d.Year;
	for (const key of ['Immigration', 'SentenceAdd']) {
		if (!/^\d+$/.test(d[key].trim())) throw new Error(`${year} ${d.District}: ${key} "${d[key]}"`);
	}
	const entry = byYear.get(year) ?? { districts: new Set(), immigration: 0, prison: 0 };
	if (entry.districts.has(d.District)) throw new Error(`${year} ${d.District}: duplicate row`);
	entry.districts.add(d.District);
	entry.immigration += +d.Immigration;
	entry.prison += +d.SentenceAdd;
	byYear.set(year, entry);
}

const rows = [...byYear.entries()]
	.sort(([a], [b]) => a - b)
	.filter(([year]) => year <= LAST_YEAR)
	.map(([year, e]) => {
		expect(`${year} districts`, e.districts.size, 94);
		return {
			year,
			immigration_prison_sentences: e.immigration,
			all_prison_sentences: e.prison,
			share_pct: pct1(e.immigration, e.prison)
		};
	});

expect(
	'years',
	`${rows[0]?.year}–${rows.at(-1)?.year} (${rows.length} rows)`,
	'2001–2016 (16 rows)'
);
// SOURCES.md §7: ≈19% in 2001, ≈36% in 2010–11, ≈31% in 2016.
const share = (year) => rows.find((d) => d.year === year)?.share_pct;
expect('2001 share ≈19%', Math.round(+share(2001)), 19);
expect('2010 share ≈36%', Math.round(+share(2010)), 36);
expect('2011 share ≈36%', Math.round(+share(2011)), 36);
expect('2016 share ≈31%', Math.round(+share(2016)), 31);

console.table(rows);
writeDataset('immigration-sentence-share', rows, [
	'year',
	'immigration_prison_sentences',
	'all_prison_sentences',
	'share_pct'
]);
