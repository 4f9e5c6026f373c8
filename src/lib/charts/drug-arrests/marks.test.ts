import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data';
import type { DrugArrestsRow } from '$lib/data/drug-arrests/schema';
import type { TimeState } from '../shared/contract';
import { stringsFor } from '$lib/strings';
import { contract } from './steps';
import { chart } from './index';
import { marijuanaPoints, marks, summaryFacts } from './marks';
import { compact, percent } from './format';

const rows = loadDataset('drug-arrests') as DrugArrestsRow[];

describe('drug-arrests marks: the steps of the story', () => {
	it.each<{
		name: string;
		state: TimeState;
		highlights: { year: number; value: number; place: string; align?: string }[];
		level: { year: number; value: number } | null;
	}>([
		{
			name: 'first step (1995–2006, both ends highlighted)',
			state: { range: [1995, 2006], series: ['total'], highlight: [1995, 2006] },
			highlights: [
				{ year: 1995, value: 1476100, place: 'below' },
				{ year: 2006, value: 1889810, place: 'right' }
			],
			level: null
		},
		{
			name: 'last step (2016 highlighted: the 1995 level is ruled for comparison)',
			state: { range: [1995, 2016], series: ['total'], highlight: [2016] },
			highlights: [{ year: 2016, value: 1572579, place: 'above', align: 'end' }],
			level: { year: 1995, value: 1476100 }
		}
	])('$name', ({ state, highlights, level }) => {
		expect(contract.state.safeParse(state).success).toBe(true);
		const m = marks(rows, state);
		expect(m.xDomain).toEqual([1995, 2016]);
		expect(m.yDomain).toEqual([0, 2000000]);
		expect(m.yTicks.map(compact)).toEqual(['0', '500k', '1M', '1.5M', '2M']);
		expect(m.total).toHaveLength(22);
		expect(m.marijuana).toBeNull();
		expect(m.totalLabel).toBeNull();
		expect(m.highlights).toEqual(highlights);
		expect(m.level).toEqual(level);
	});
});

describe('drug-arrests marks: marijuana possession', () => {
	it('is drawn only where it exists (2010–2015), never bridged to the blank 2016', () => {
		const m = marks(rows, { range: [1995, 2016] });
		expect(m.marijuana?.runs).toHaveLength(1);
		expect(m.marijuana?.runs[0]?.map((p) => p.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015]);
		expect(m.marijuana?.singles).toEqual([]);
	});

	it('carries its share of all drug arrests at its first and last year, the last naming it', () => {
		const m = marks(rows, { range: [1995, 2016], series: ['total', 'marijuana-possession'] });
		expect(
			m.marijuana?.shares.map(({ year, share, named, place }) => ({ year, share, named, place }))
		).toEqual([
			{ year: 2010, share: 45.8, named: false, place: 'above' },
			{ year: 2015, share: 38.6, named: true, place: 'below' }
		]);
		expect(m.marijuana?.shares.map((s) => percent(s.share))).toEqual(['46%', '39%']);
	});

	it('names the total line when both series are drawn, and draws no level rule then', () => {
		const m = marks(rows, { range: [1995, 2016], highlight: [2016] });
		expect(m.totalLabel).toMatchObject({ year: 2004, place: 'below' });
		expect(m.level).toBeNull();
	});

	it('a lone year is a point, not a line', () => {
		const m = marks(rows, { range: [2005, 2010], series: ['marijuana-possession'] });
		expect(m.marijuana?.runs).toEqual([]);
		expect(m.marijuana?.singles).toEqual([{ year: 2010, value: 750591 }]);
		expect(m.marijuana?.shares).toMatchObject([{ year: 2010, named: true }]);
	});

	it('splits at a gap inside the series', () => {
		const gappy = rows.map((r) =>
			r.year === 2012
				? { ...r, marijuana_possession: null, marijuana_possession_share_pct: null }
				: r
		);
		const m = marks(gappy, { range: [1995, 2016], series: ['marijuana-possession'] });
		expect(m.marijuana?.runs.map((run) => run.map((p) => p.year))).toEqual([
			[2010, 2011],
			[2013, 2014, 2015]
		]);
	});

	it('computes the share when the file leaves it blank', () => {
		const blank = rows.map((r) => ({ ...r, marijuana_possession_share_pct: null }));
		expect(marijuanaPoints(blank)[0]?.share).toBeCloseTo((100 * 750591) / 1638846, 6);
	});

	it('takes the highlights when the total is hidden', () => {
		const m = marks(rows, {
			range: [1995, 2016],
			series: ['marijuana-possession'],
			highlight: [2000, 2013]
		});
		expect(m.total).toBeNull();
		expect(m.highlights.map((p) => p.year)).toEqual([2013]);
	});
});

describe('drug-arrests marks: edges', () => {
	it('an empty range draws nothing but keeps the axes', () => {
		const m = marks([], { range: [1995, 2016], highlight: [2016] });
		expect(m.total).toEqual([]);
		expect(m.highlights).toEqual([]);
		expect(m.level).toBeNull();
		expect(m.yDomain).toEqual([0, 1]);
		expect(m.marijuana?.runs).toEqual([]);
	});

	it('ignores highlights outside the range', () => {
		const m = marks(rows, { range: [1995, 2006], series: ['total'], highlight: [2010, 2016] });
		expect(m.highlights).toEqual([]);
		expect(m.level).toBeNull();
	});

	it('rules no level when the start of the range is highlighted too', () => {
		const m = marks(rows, { range: [1995, 2016], series: ['total'], highlight: [1995, 2016] });
		expect(m.level).toBeNull();
	});
});

describe('drug-arrests summary facts', () => {
	it('finds the first year, the peak, the last year and the marijuana shares', () => {
		const facts = summaryFacts(rows)!;
		expect(facts.first).toEqual({ year: 1995, value: 1476100 });
		expect(facts.peak).toEqual({ year: 2006, value: 1889810 });
		expect(facts.last).toEqual({ year: 2016, value: 1572579 });
		expect(facts.marijuanaFirst).toMatchObject({ year: 2010, share: 45.8 });
		expect(facts.marijuanaLast).toMatchObject({ year: 2015, share: 38.6 });
	});

	it('has no facts without rows', () => {
		expect(summaryFacts([])).toBeUndefined();
	});
});

describe('drug-arrests table and summary', () => {
	const data = { 'drug-arrests': rows };
	const strings = stringsFor('en');

	it('tables exactly the rows drawn in the story: the total, 1995–2016', () => {
		const table = chart.table(
			data,
			[
				{ range: [1995, 2006], series: ['total'] },
				{ range: [1995, 2016], series: ['total'] }
			],
			strings
		);
		expect(table.columns.map((c) => c.key)).toEqual(['year', 'drug_arrests']);
		expect(table.rows).toHaveLength(22);
		expect(table.rows.at(-1)).toEqual({ year: 2016, drug_arrests: 1572579 });
	});

	it('adds marijuana possession (blank where the FBI gave none) when it is drawn', () => {
		const table = chart.table(data, [{ range: [2009, 2016] }], strings);
		expect(table.columns.map((c) => c.key)).toEqual([
			'year',
			'drug_arrests',
			'marijuana_possession',
			'marijuana_possession_share_pct'
		]);
		expect(table.rows.map((r) => r.marijuana_possession_share_pct)).toEqual([
			null,
			45.8,
			43.3,
			42.4,
			40.6,
			39.7,
			38.6,
			null
		]);
	});

	it('tables only the marijuana years when the total is hidden', () => {
		const table = chart.table(
			data,
			[{ range: [1995, 2016], series: ['marijuana-possession'] }],
			strings
		);
		expect(table.rows.map((r) => r.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015]);
	});

	it('generates its summary from the data', () => {
		expect(chart.summary(data, strings)).toBe(
			'FBI estimates of drug arrests rose from 1,476,100 in 1995 to a peak of 1,889,810 in 2006 and were 1,572,579 in 2016; marijuana possession made up 45.8% of drug arrests in 2010 and 38.6% in 2015.'
		);
	});
});
