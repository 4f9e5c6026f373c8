import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data';
import type { ViolentCrimeRow } from '$lib/data/violent-crime/schema';
import { labelPlaces, marks, summaryFacts } from './marks';

const rows = loadDataset('violent-crime') as ViolentCrimeRow[];
const row = (year: number, rate: number): ViolentCrimeRow => ({
	year,
	violent_crime_rate: rate,
	murder_rate: 5,
	basis: 'CDE estimate'
});

describe('violent-crime marks', () => {
	it.each([
		{
			step: 'first: the rise to the peak',
			state: { range: [1960, 1991] as [number, number], highlight: [1960, 1991] },
			highlights: [
				[1960, 160.9],
				[1991, 758.2]
			]
		},
		{
			step: 'the long decline',
			state: { range: [1960, 2014] as [number, number], highlight: [1991, 2014] },
			highlights: [
				[1991, 758.2],
				[2014, 361.6]
			]
		},
		{
			step: 'last: the whole line, 2016 labelled as the claim',
			state: {
				range: [1960, 2016] as [number, number],
				highlight: [1991],
				markers: ['claim-2017']
			},
			highlights: [[1991, 758.2]]
		}
	])('$step', ({ state, highlights }) => {
		const m = marks(rows, state);
		expect(m.xDomain).toEqual([1960, 2016]);
		expect(m.yDomain).toEqual([0, 800]);
		expect(m.range).toEqual(state.range);
		expect(m.highlights.map((p) => [p.year, p.value])).toEqual(highlights);
		expect(m.series).toHaveLength(57);
	});

	it('puts the claim on the latest year only when the range reaches it', () => {
		expect(marks(rows, { range: [1960, 2016], markers: ['claim-2017'] }).claim).toEqual({
			year: 2016,
			value: 386.6
		});
		expect(marks(rows, { range: [1960, 2010], markers: ['claim-2017'] }).claim).toBeUndefined();
	});

	it('rules the 2016 level back to 1970, the last year before the rise that was as low', () => {
		const m = marks(rows, { range: [1960, 2016], markers: ['level-2016'] });
		expect(m.level2016).toEqual({ value: 386.6, lastAsLow: 1970 });
		expect(marks(rows, { range: [1960, 2016] }).level2016).toBeUndefined();
	});

	it('drops highlights outside the range drawn, and years with no data', () => {
		const m = marks(rows, { range: [1960, 1980], highlight: [1975, 1991, 1950] });
		expect(m.highlights.map((p) => p.year)).toEqual([1975]);
	});

	it('draws nothing but the frame for an empty dataset', () => {
		const m = marks([], { range: [1960, 2016], highlight: [1991], markers: ['level-2016'] });
		expect(m.series).toEqual([]);
		expect(m.highlights).toEqual([]);
		expect(m.level2016).toBeUndefined();
		expect(m.yDomain).toEqual([0, 1]);
		expect(summaryFacts([])).toBeUndefined();
	});

	it('keeps the axis fixed at 1960–2016 for a small dataset', () => {
		const m = marks([row(1960, 100), row(1961, 250)], { range: [1960, 1961] });
		expect(m.xDomain).toEqual([1960, 2016]);
		expect(m.yDomain).toEqual([0, 250]);
	});

	it('drops the earlier of two close labels below the line', () => {
		const points = [
			{ year: 1991, value: 1 },
			{ year: 2014, value: 1 },
			{ year: 2016, value: 1 }
		];
		expect(labelPlaces(points)).toEqual(['above', 'below', 'above']);
	});

	it('summarises the rise, the peak and the fall from the data', () => {
		const facts = summaryFacts(rows)!;
		expect([facts.first.year, facts.peak.year, facts.last.year]).toEqual([1960, 1991, 2016]);
		expect(facts.dropFromPeak).toBeCloseTo(1 - 386.6 / 758.2, 6);
	});
});
