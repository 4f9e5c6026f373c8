import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data';
import type { RemovalsRow } from '$lib/data/removals/schema';
import { en } from '$lib/strings/en';
import type { TimeState } from '../shared/contract';
import { contract } from './steps';
import { fiscalPosition } from './events';
import { HEADROOM, MARKERS, YEARS, drawnSeries, marks, seriesPoints, summaryFacts } from './marks';
import { labelLayout, runsOf, valueLabels } from './labels';

const rows = loadDataset('removals') as RemovalsRow[];
const text = en.charts.removals;

/** The story's first and last steps (content/en/chapters/04-deportation-machine.md). */
const FIRST: TimeState = {
	range: [1892, 1988],
	series: ['removals'],
	markers: ['aggravated-felony-1988'],
	highlight: [1988]
};
const PEAK: TimeState = {
	range: [1892, 2016],
	series: ['removals'],
	markers: [...MARKERS],
	highlight: [2013, 2016]
};
const LAST: TimeState = {
	range: [1892, 2016],
	series: ['removals', 'returns'],
	highlight: [2000, 2016]
};

describe('removals marks', () => {
	it('accepts the story states in its contract', () => {
		for (const state of [FIRST, PEAK, LAST])
			expect(contract.state.safeParse(state).success).toBe(true);
	});

	it.each([
		{
			name: 'first step: removals to FY1988, the 1988 marker, FY1988 highlighted',
			state: FIRST,
			lines: ['removals'],
			yMax: 500_000,
			yTicks: [0, 100_000, 200_000, 300_000, 400_000, 500_000],
			highlights: [{ year: 1988, value: 25_829, series: 'removals' }],
			markers: ['aggravated-felony-1988']
		},
		{
			name: 'peak step: all four markers, FY2013 and FY2016',
			state: PEAK,
			lines: ['removals'],
			yMax: 500_000,
			yTicks: [0, 100_000, 200_000, 300_000, 400_000, 500_000],
			highlights: [
				{ year: 2013, value: 432_281, series: 'removals' },
				{ year: 2016, value: 332_227, series: 'removals' }
			],
			markers: [...MARKERS]
		},
		{
			name: 'last step: returns added; FY2000 on the higher line only, FY2016 (the end) on both',
			state: LAST,
			lines: ['removals', 'returns'],
			yMax: 1_675_876 * HEADROOM,
			yTicks: [0, 500_000, 1_000_000, 1_500_000, 2_000_000],
			highlights: [
				{ year: 2000, value: 1_675_876, series: 'returns' },
				{ year: 2016, value: 332_227, series: 'removals' },
				{ year: 2016, value: 106_464, series: 'returns' }
			],
			markers: []
		}
	])('$name', ({ state, lines, yMax, yTicks, highlights, markers }) => {
		const m = marks(rows, state);
		expect(m.xDomain).toEqual(YEARS);
		expect(m.xTicks).toEqual([1900, 1920, 1940, 1960, 1980, 2000]);
		expect(m.lines.map((l) => l.id)).toEqual(lines);
		expect(m.yDomain[1]).toBeCloseTo(yMax);
		expect(m.yTicks).toEqual(yTicks);
		expect(m.range).toEqual(state.range);
		expect(m.highlights).toEqual(highlights);
		expect(m.markers.map((mk) => mk.id)).toEqual(markers);
	});

	it('draws removals alone when a step names no series, and returns alone when asked', () => {
		expect(drawnSeries({ range: [1892, 2016] })).toEqual(['removals']);
		expect(drawnSeries({ range: [1892, 2016], series: ['returns'] })).toEqual(['returns']);
		const m = marks(rows, { range: [1892, 2016], series: ['returns'], highlight: [2000] });
		expect(m.lines.map((l) => l.id)).toEqual(['returns']);
		expect(m.highlights).toEqual([{ year: 2000, value: 1_675_876, series: 'returns' }]);
	});

	it('draws nothing extra for a bare state: no dots, no markers', () => {
		const m = marks(rows, { range: [1892, 1893] });
		expect(m.highlights).toEqual([]);
		expect(m.markers).toEqual([]);
		expect(runsOf(m, 'removals', 1893)).toEqual([
			[
				{ year: 1892, value: 2801 },
				{ year: 1893, value: 1630 }
			]
		]);
	});

	it('ignores highlights outside the range, and years a series leaves blank', () => {
		expect(marks(rows, { range: [1892, 1988], highlight: [1996, 2016] }).highlights).toEqual([]);
		// Returns are blank before FY1927: a highlighted FY1900 marks removals only.
		const m = marks(rows, {
			range: [1892, 2016],
			series: ['removals', 'returns'],
			highlight: [1900]
		});
		expect(m.highlights).toEqual([{ year: 1900, value: 4602, series: 'removals' }]);
	});

	it('leaves the years before FY1927 out of the returns line (a start, not an interpolation)', () => {
		const returns = seriesPoints(rows, 'returns');
		expect(returns[0]).toEqual({ year: 1927, value: 15_012 });
		expect(returns).toHaveLength(2016 - 1927 + 1);
		const m = marks(rows, LAST);
		expect(runsOf(m, 'returns', 2016)).toHaveLength(1);
	});

	it.each([
		['aggravated-felony-1988', '1988-11-18'],
		['iirira-1996', '1996-09-30'],
		['dhs-2003', '2003-03-01'],
		['secure-communities-2008', '2008-03']
	] as const)('places the %s marker at its date on the fiscal-year axis', (id, date) => {
		const m = marks(rows, { range: [1892, 2016], markers: [id] });
		expect(m.markers).toEqual([{ id, x: fiscalPosition(date) }]);
	});

	it('zooms the x axis when a range starts after 1950, dropping markers left of it', () => {
		const m = marks(rows, {
			range: [1990, 2016],
			markers: ['aggravated-felony-1988', 'iirira-1996']
		});
		expect(m.xDomain).toEqual([1990, 2016]);
		expect(m.xTicks).toEqual([1990, 2000, 2010]);
		expect(m.markers.map((mk) => mk.id)).toEqual(['iirira-1996']);
		expect(marks(rows, { range: [1950, 2016] }).xDomain).toEqual([1950, 2016]);
		expect(marks(rows, { range: [1949, 2016] }).xDomain).toEqual(YEARS);
	});

	it('labels a year once, both values in one label when two lines end there', () => {
		const labels = valueLabels(marks(rows, LAST), text);
		expect(labels.map((l) => l.lines)).toEqual([
			['Returns 1,675,876 (FY2000)'],
			['Removals 332,227 (FY2016)', 'Returns 106,464 (FY2016)']
		]);
		expect(valueLabels(marks(rows, FIRST), text)[0]!.lines).toEqual(['25,829 (FY1988)']);
	});

	it('lifts the FY2016 label above the steep 2000s climb on a phone, with a leader to its dot', () => {
		const layout = labelLayout(marks(rows, PEAK), text, { width: 312, height: 290 });
		expect(layout.callouts).toMatchObject([
			{ key: 'value-2016', x: 2016, to: 332_227, lines: ['332,227 (FY2016)'], side: 'left' }
		]);
		expect(layout.labels.map((l) => l.key)).toEqual(['value-2013']);
	});

	// On a 360 × 640 phone (a 282 × 192 plot) the FY1996 and FY1997 labels of the second step
	// stack with no space between them: legible, but the layout counts it as crowded.
	it.each([
		{ name: 'phone', size: { width: 312, height: 290 }, allowed: [] as string[] },
		{ name: 'small phone', size: { width: 282, height: 192 }, allowed: ['value-1996'] },
		{ name: 'desktop', size: { width: 626, height: 449 }, allowed: [] }
	])('lays out every story step on a $name plot without crowding', ({ size, allowed }) => {
		const AFTER_1996: TimeState = {
			range: [1892, 2000],
			series: ['removals'],
			markers: ['aggravated-felony-1988', 'iirira-1996'],
			highlight: [1996, 1997, 2000]
		};
		for (const state of [FIRST, AFTER_1996, PEAK, LAST]) {
			const crowded = labelLayout(marks(rows, state), text, size).crowded;
			expect(
				crowded.filter((key) => !allowed.includes(key)),
				JSON.stringify(state)
			).toEqual([]);
		}
	});

	it('gives the summary its facts from the data', () => {
		const facts = summaryFacts(rows)!;
		expect(facts.earlyMax).toEqual({ year: 1976, value: 38_471 });
		expect(facts.peak).toEqual({ year: 2013, value: 432_281 });
		expect(facts.last).toEqual({ year: 2016, value: 332_227 });
		expect(summaryFacts([])).toBeUndefined();
	});
});
