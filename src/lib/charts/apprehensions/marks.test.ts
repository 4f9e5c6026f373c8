import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data';
import type { ApprehensionsRow } from '$lib/data/apprehensions/schema';
import { en } from '$lib/strings/en';
import type { TimeState } from '../shared/contract';
import { fiscalPosition } from '../removals/events';
import { afterStoryRun, fySeriesLayout, solidRuns } from '../removals/fy-series';
import { contract } from './steps';
import { MARKERS, marks, summaryFacts } from './marks';

const rows = loadDataset('apprehensions') as ApprehensionsRow[];
const text = en.charts.apprehensions;

/** The story's steps (content/en/chapters/05-kates-law.md). */
const FIRST: TimeState = { range: [1960, 2000], markers: ['iirira-1996'], highlight: [1986, 2000] };
const LAST: TimeState = { range: [1960, 2016], markers: [...MARKERS], highlight: [2013, 2016] };

describe('apprehensions marks', () => {
	it('accepts the story states in its contract', () => {
		for (const state of [FIRST, LAST]) expect(contract.state.safeParse(state).success).toBe(true);
	});

	it.each([
		{
			name: 'first step: FY1960–2000, the 1996 marker, FY1986 and FY2000',
			state: FIRST,
			highlights: [
				{ year: 1986, value: 1_615_844 },
				{ year: 2000, value: 1_643_679 }
			],
			markers: ['iirira-1996'],
			end: 2000
		},
		{
			name: 'last step: to FY2016, three markers, FY2013 and FY2016',
			state: LAST,
			highlights: [
				{ year: 2013, value: 414_397 },
				{ year: 2016, value: 408_870 }
			],
			markers: [...MARKERS],
			end: 2016
		}
	])('$name', ({ state, highlights, markers, end }) => {
		const m = marks(rows, state);
		expect(m.xDomain).toEqual([1960, 2016]);
		expect(m.xTicks).toEqual([1960, 1970, 1980, 1990, 2000, 2010]);
		// Room above the FY2000 peak for the marker labels; ticks stop at 2M.
		expect(m.yDomain[1]).toBeCloseTo(1_643_679 * 1.45);
		expect(m.yTicks).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000]);
		expect(m.highlights).toEqual(highlights);
		expect(m.markers.map((mk) => mk.id)).toEqual(markers);
		expect(m.gaps).toEqual([]);
		const runs = solidRuns(m, state.range[1]);
		expect(runs).toHaveLength(1);
		expect(runs[0]![0]!.year).toBe(1960);
		expect(runs[0]!.at(-1)!.year).toBe(end);
	});

	it('draws an empty state: no dots, no markers', () => {
		const m = marks(rows, { range: [1960, 1961] });
		expect(m.highlights).toEqual([]);
		expect(m.markers).toEqual([]);
		expect(solidRuns(m, 1961)).toHaveLength(1);
	});

	it('ignores highlights outside the range', () => {
		expect(marks(rows, { range: [1960, 2000], highlight: [2013, 2016] }).highlights).toEqual([]);
	});

	it.each([
		['iirira-1996', '1996-09-30'],
		['dhs-2003', '2003-03-01'],
		['streamline-2005', '2005']
	] as const)('places the %s marker at its date on the fiscal-year axis', (id, date) => {
		expect(marks(rows, { range: [1960, 2016], markers: [id] }).markers).toEqual([
			{ id, x: fiscalPosition(date) }
		]);
	});

	it('dashes FY2017, which ended after the story, as the detention chart does', () => {
		const m = marks(rows, { range: [1960, 2017] });
		expect(m.xDomain).toEqual([1960, 2017]);
		expect(m.series.at(-1)!.year).toBe(2016);
		expect(m.afterStory).toEqual([
			{ year: 2016, value: 408_870 },
			{ year: 2017, value: 303_916 }
		]);
		expect(afterStoryRun(m, 2017)).toHaveLength(2);
		expect(marks(rows, LAST).afterStory).toEqual([]);
	});

	it.each([
		{ name: 'phone', size: { width: 312, height: 290 } },
		{ name: 'small phone', size: { width: 282, height: 192 } },
		{ name: 'desktop', size: { width: 626, height: 449 } }
	])('lays out every story step on a $name plot without crowding', ({ size }) => {
		for (const state of [FIRST, LAST]) {
			expect(fySeriesLayout(marks(rows, state), text, size).crowded, JSON.stringify(state)).toEqual(
				[]
			);
		}
	});

	it('gives the summary its facts from the data, up to FY2016', () => {
		const facts = summaryFacts(rows)!;
		expect(facts.first).toEqual({ year: 1960, value: 21_022 });
		expect(facts.peak).toEqual({ year: 2000, value: 1_643_679 });
		expect(facts.last).toEqual({ year: 2016, value: 408_870 });
		expect(facts.shareOfPeak).toBeCloseTo(408_870 / 1_643_679);
	});
});
