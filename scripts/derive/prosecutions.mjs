// Federal immigration prosecutions by fiscal year, as counted by TRAC (Syracuse University) from
// Justice Department case data. Figures were typed by the researcher from stored TRAC pages; years
// with no figure are simply absent (FY1997–2003 and FY2014). TRAC is not public domain: credit TRAC.
import { readReference, writeDataset } from './lib.mjs';
import { expect } from './checks.mjs';

const num = (text) => {
	const value = text.trim();
	if (value !== '' && !/^\d+$/.test(value)) throw new Error(`not a count: "${text}"`);
	return value;
};

const rows = readReference(
	'immigration_prosecutions/trac_immigration_prosecutions_fy_COMPILED_from_pages.csv'
)
	.map((d) => ({
		year: +d.fiscal_year,
		all_immigration: num(d.all_immigration_prosecutions),
		illegal_entry: num(d.illegal_entry_8usc1325),
		illegal_reentry: num(d.illegal_reentry_8usc1326),
		source_page: d.source_page.trim()
	}))
	.filter((d) => d.year <= 2016)
	.sort((a, b) => a.year - b.year);

for (const d of rows) {
	if (d.all_immigration === '') throw new Error(`FY${d.year}: no total`);
	const parts = +d.illegal_entry + +d.illegal_reentry;
	if (parts > +d.all_immigration) throw new Error(`FY${d.year}: lead charges exceed the total`);
}
const fy2013 = rows.find((d) => d.year === 2013);
expect(
	'FY2013 illegal entry / re-entry (report 354)',
	`${fy2013?.illegal_entry}/${fy2013?.illegal_reentry}`,
	'53822/37440'
);
expect(
	'years',
	rows.map((d) => d.year),
	'1996,2004,2005,2006,2007,2008,2009,2010,2011,2012,2013,2015,2016'
);

console.table(rows);
writeDataset('prosecutions', rows, [
	'year',
	'all_immigration',
	'illegal_entry',
	'illegal_reentry',
	'source_page'
]);
