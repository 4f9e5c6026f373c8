// ONDCP federal drug-control spending, nominal $ millions, FY1995–FY2017, with a method column
// marking ONDCP's FY2003 budget-methodology break so a chart can break the line there.
//
// Vintages: in the carrier's original workbook (ondcp_drug_control_spending_1995_2018_ORIGINAL.xlsx)
// FY1995–FY2002 were typed as total and demand reduction, with supply reduction computed as
// total − demand (FY1995 has all three typed); FY2003 onward were typed as demand and supply, with
// total computed as their sum. That matches the FY2003 break; the later methodology changes that
// SOURCES.md mentions cannot be told apart from the file, so only two method values are used.
import { readReference, writeDataset } from './lib.mjs';
import { expect } from './checks.mjs';

const BREAK_YEAR = 2003;

const rows = readReference(
	'drug_control_budget/ondcp_federal_drug_control_spending_fy1995_2019_nominal_musd.csv'
)
	.map((d) => ({
		year: +d.year,
		total: +d.total,
		demand_reduction: +d.demand_reduction,
		supply_reduction: +d.supply_reduction
	}))
	.filter((d) => d.year >= 1995 && d.year <= 2017)
	.sort((a, b) => a.year - b.year)
	.map((d) => {
		const gap = Math.abs(d.demand_reduction + d.supply_reduction - d.total);
		if (gap > 0.11) throw new Error(`FY${d.year}: demand + supply differs from total by ${gap}`);
		if (gap > 0.001)
			console.log(
				`note: FY${d.year} demand + supply differs from total by ${gap.toFixed(1)} (rounding)`
			);
		return {
			year: d.year,
			total: d.total.toFixed(1),
			demand_reduction: d.demand_reduction.toFixed(1),
			supply_reduction: d.supply_reduction.toFixed(1),
			method: d.year < BREAK_YEAR ? 'pre-2003' : '2003-on'
		};
	});

expect(
	'years',
	`${rows[0]?.year}–${rows.at(-1)?.year} (${rows.length} rows)`,
	'1995–2017 (23 rows)'
);
expect('FY2002 total ($10.8 bn)', rows.find((d) => d.year === 2002)?.total, '10781.4');
expect('FY2003 total ($17.1 bn)', rows.find((d) => d.year === 2003)?.total, '17053.4');

console.table(rows);
writeDataset('drug-budget', rows, [
	'year',
	'total',
	'demand_reduction',
	'supply_reduction',
	'method'
]);
