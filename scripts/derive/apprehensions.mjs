// U.S. Border Patrol apprehensions at the southwest border, FY1960–FY2017.
// The file is long (one row per sector and year) and includes a 'southwest border' total row;
// this script checks that the total equals the sum of the nine sectors in every year.
import { readReference, writeDataset } from './lib.mjs';
import { expect } from './checks.mjs';

const TOTAL = 'southwest border';
const long = readReference(
	'border_apprehensions/usbp_southwest_border_apprehensions_1960_2019.csv'
);

const byYear = new Map();
for (const d of long) {
	const year = +d.fiscal_year;
	const value = d.total_apprehensions.trim();
	if (!/^\d+$/.test(value)) throw new Error(`FY${year} ${d.sector}: not a count: "${value}"`);
	const entry = byYear.get(year) ?? { total: undefined, sectors: new Map() };
	if (d.sector === TOTAL) entry.total = +value;
	else entry.sectors.set(d.sector, +value);
	byYear.set(year, entry);
}

const rows = [];
for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
	if (year < 1960 || year > 2017) continue;
	const { total, sectors } = byYear.get(year);
	const sum = [...sectors.values()].reduce((a, b) => a + b, 0);
	if (total === undefined) throw new Error(`FY${year}: no '${TOTAL}' row`);
	if (sectors.size !== 9) throw new Error(`FY${year}: ${sectors.size} sectors, expected 9`);
	if (sum !== total) throw new Error(`FY${year}: sectors sum to ${sum}, total row says ${total}`);
	rows.push({ year, apprehensions: total });
}
console.log('check ok: southwest border total row equals the sum of the 9 sectors in every year');

// The southwest border can never exceed the nationwide USBP total.
const nationwide = new Map(
	readReference('border_apprehensions/usbp_nationwide_total_apprehensions_1925_2019.csv').map(
		(d) => [+d.fiscal_year, +d.total_apprehensions]
	)
);
expect(
	'southwest border <= nationwide every year',
	rows.every((d) => d.apprehensions <= (nationwide.get(d.year) ?? -1)),
	true
);
expect('nationwide FY2016 (SOURCES.md)', nationwide.get(2016), 415816);
expect('nationwide FY2017 (SOURCES.md)', nationwide.get(2017), 310531);
expect(
	'years',
	`${rows[0]?.year}–${rows.at(-1)?.year} (${rows.length} rows)`,
	'1960–2017 (58 rows)'
);
const peak = rows.reduce((a, b) => (b.apprehensions > a.apprehensions ? b : a));
console.log(`peak: FY${peak.year} ${peak.apprehensions}`);
for (const year of [2000, 2016, 2017]) {
	const sw = rows.find((d) => d.year === year)?.apprehensions;
	console.log(`FY${year}: southwest ${sw} of nationwide ${nationwide.get(year)}`);
}

writeDataset('apprehensions', rows, ['year', 'apprehensions']);
