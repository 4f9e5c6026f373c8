import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data';
import type { DrugBudgetRow } from '$lib/data/drug-budget/schema';
import type { TimeState } from '../shared/contract';
import { clipSeries } from '../shared/series';
import { stringsFor } from '$lib/strings';
import { contract } from './steps';
import { chart } from './index';
import { marks, segmentsOf, budgetPoints, summaryFacts } from './marks';
import { axisBillions, billions } from './format';

const rows = loadDataset('drug-budget') as DrugBudgetRow[];

describe('drug-budget marks: the steps of the story', () => {
	it.each<{
		name: string;
		state: TimeState;
		highlights: object[];
		breaks: { id: string; year: number }[];
	}>([
		{
			name: 'first step (FY1995–FY2002, old accounting only)',
			state: { range: [1995, 2002], highlight: [1995, 2002] },
			highlights: [
				{ year: 1995, value: 7045.6, place: 'below', align: 'start' },
				{ year: 2002, value: 10781.4, place: 'right' }
			],
			breaks: []
		},
		{
			name: 'last step (to FY2016, the break marked)',
			state: { range: [1995, 2016], markers: ['method-2003'], highlight: [2003, 2016] },
			highlights: [
				{ year: 2003, value: 17053.4, place: 'below', align: 'start' },
				{ year: 2016, value: 26874, place: 'above', align: 'end' }
			],
			breaks: [{ id: 'method-2003', year: 2002.5 }]
		},
		{
			name: 'a step across the break with the last year before it highlighted',
			state: { range: [1995, 2003], markers: ['method-2003'], highlight: [1995, 2002, 2003] },
			highlights: [
				{ year: 1995, value: 7045.6, place: 'below', align: 'start' },
				{ year: 2002, value: 10781.4, place: 'above', align: 'end' },
				{ year: 2003, value: 17053.4, place: 'right' }
			],
			breaks: [{ id: 'method-2003', year: 2002.5 }]
		},
		{
			name: 'one year highlighted alone carries its supply/demand split',
			state: { range: [1995, 2016], markers: ['method-2003'], highlight: [2016] },
			highlights: [
				{
					year: 2016,
					value: 26874,
					place: 'above',
					align: 'end',
					split: { supply: 15542.5, demand: 11331.5 }
				}
			],
			breaks: [{ id: 'method-2003', year: 2002.5 }]
		}
	])('$name', ({ state, highlights, breaks }) => {
		expect(contract.state.safeParse(state).success).toBe(true);
		const m = marks(rows, state);
		expect(m.xDomain).toEqual([1995, 2016]);
		expect(m.xTicks).toEqual([1995, 2003, 2009, 2016]);
		expect(m.yDomain).toEqual([0, 40000]);
		expect(m.yTicks.map(axisBillions)).toEqual(['0', '$10B', '$20B', '$30B', '$40B']);
		expect(m.highlights).toEqual(highlights);
		expect(m.breaks).toEqual(breaks);
	});

	it('extends the axis to FY2017 only for a step that asks for it', () => {
		const m = marks(rows, { range: [1995, 2017], highlight: [2017] });
		expect(m.xDomain).toEqual([1995, 2017]);
		expect(m.xTicks).toEqual([1995, 2003, 2010, 2017]);
		expect(m.highlights).toMatchObject([{ year: 2017, place: 'above', align: 'end' }]);
	});
});

describe('drug-budget marks: the FY2003 accounting break', () => {
	it('draws two segments that are never joined', () => {
		const m = marks(rows, { range: [1995, 2017] });
		expect(m.segments.map((s) => [s.method, s.points[0]?.year, s.points.at(-1)?.year])).toEqual([
			['pre-2003', 1995, 2002],
			['2003-on', 2003, 2017]
		]);
	});

	it('does not bridge the break while the line grows across it', () => {
		const m = marks(rows, { range: [1995, 2003] });
		const [before, after] = m.segments;
		// Half-way between FY2002 and FY2003 (a tweened end), neither segment reaches into the gap.
		expect(clipSeries(before!.points, 1995, 2002.5).at(-1)).toEqual({ year: 2002, value: 10781.4 });
		expect(clipSeries(after!.points, 1995, 2002.5)).toEqual([]);
	});

	it('splits the line even when the step does not show the marker', () => {
		const m = marks(rows, { range: [1995, 2016] });
		expect(m.segments).toHaveLength(2);
		expect(m.breaks).toEqual([]);
	});

	it('splits a method at a missing year, too', () => {
		const gappy = rows.filter((r) => r.year !== 2010);
		const segments = segmentsOf(budgetPoints(gappy));
		expect(segments.map((s) => [s.points[0]?.year, s.points.at(-1)?.year])).toEqual([
			[1995, 2002],
			[2003, 2009],
			[2011, 2017]
		]);
	});
});

describe('drug-budget marks: edges', () => {
	it('an empty range draws nothing but keeps the axes', () => {
		const m = marks([], { range: [1995, 2017], highlight: [2016], markers: ['method-2003'] });
		expect(m.segments).toEqual([]);
		expect(m.highlights).toEqual([]);
		expect(m.breaks).toEqual([]);
		expect(m.yDomain).toEqual([0, 1]);
	});

	it('ignores highlights outside the range', () => {
		const m = marks(rows, { range: [1995, 2003], highlight: [2016, 2017] });
		expect(m.highlights).toEqual([]);
	});

	it('gives no split when several years are highlighted, or when a part is missing', () => {
		expect(marks(rows, { range: [1995, 2016], highlight: [2015, 2016] }).highlights).toMatchObject([
			{ year: 2015 },
			{ year: 2016 }
		]);
		expect(
			marks(rows, { range: [1995, 2016], highlight: [2015, 2016] }).highlights.some((h) => h.split)
		).toBe(false);
		const noParts = rows.map((r) => ({ ...r, supply_reduction: null }));
		expect(marks(noParts, { range: [1995, 2016], highlight: [2016] }).highlights[0]?.split).toBe(
			undefined
		);
	});

	it('labels a year inside a segment on the side its line leaves empty', () => {
		const m = marks(rows, { range: [1995, 2016], highlight: [2009, 2005] });
		expect(m.highlights).toEqual([
			{ year: 2009, value: 24864.6, place: 'above' },
			{ year: 2005, value: 19881.7, place: 'below', align: 'start' }
		]);
	});
});

describe('drug-budget summary facts and formats', () => {
	it('gives each accounting method its first and last year', () => {
		const facts = summaryFacts(rows)!;
		expect([facts.before.first.year, billions(facts.before.first.value)]).toEqual([1995, '$7.0B']);
		expect([facts.before.last.year, billions(facts.before.last.value)]).toEqual([2002, '$10.8B']);
		expect([facts.after.first.year, billions(facts.after.first.value)]).toEqual([2003, '$17.1B']);
		// FY2017 was not complete at the story's date: the summary stops at FY2016.
		expect([facts.after.last.year, billions(facts.after.last.value)]).toEqual([2016, '$26.9B']);
	});

	it('has no facts without both methods', () => {
		expect(summaryFacts(rows.filter((r) => r.method === 'pre-2003'))).toBeUndefined();
	});
});

describe('drug-budget table and summary', () => {
	const data = { 'drug-budget': rows };
	const strings = stringsFor('en');

	it('tables exactly the fiscal years drawn, with the split and the accounting method', () => {
		const table = chart.table(
			data,
			[{ range: [1995, 2002] }, { range: [1995, 2016], markers: ['method-2003'] }],
			strings
		);
		expect(table.columns.map((c) => c.key)).toEqual([
			'year',
			'total',
			'supply_reduction',
			'demand_reduction',
			'method'
		]);
		expect(table.rows).toHaveLength(22);
		expect(table.rows.find((r) => r.year === 2002)?.method).toBe('Before FY2003');
		expect(table.rows.at(-1)).toEqual({
			year: 2016,
			total: 26874,
			supply_reduction: 15542.5,
			demand_reduction: 11331.5,
			method: 'From FY2003'
		});
	});

	it('generates its summary from the data, stopping at the last complete fiscal year', () => {
		expect(chart.summary(data, strings)).toBe(
			'In nominal dollars, federal drug-control spending rose from $7.0 billion in FY1995 to $10.8 billion in FY2002 under the Office of National Drug Control Policy’s old accounting, and from $17.1 billion in FY2003 to $26.9 billion in FY2016 under the method it adopted in FY2003.'
		);
	});
});
