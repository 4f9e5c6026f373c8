import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data';
import type { DetentionRow } from '$lib/data/detention/schema';
import { en } from '$lib/strings/en';
import type { TimeState } from '../shared/contract';
import { fiscalPosition } from '../removals/events';
import { afterStoryRun, fySeriesLayout, solidRuns } from '../removals/fy-series';
import { contract } from './steps';
import { MARKERS, marks, summaryFacts } from './marks';

const rows = loadDataset('detention') as DetentionRow[];
const text = en.charts.detention;

/** The story's steps (content/en/chapters/04-deportation-machine.md). */
const FIRST: TimeState = { range: [1979, 1995], highlight: [1979, 1994] };
const MIDDLE: TimeState = {
	range: [1979, 2003],
	markers: ['iirira-1996', 'dhs-2003'],
	highlight: [1996, 2003]
};
const LAST: TimeState = { range: [1979, 2016], markers: [...MARKERS], highlight: [2008, 2016] };

describe('detention marks', () => {
	it('accepts the story states in its contract', () => {
		for (const state of [FIRST, MIDDLE, LAST])
			expect(contract.state.safeParse(state).success).toBe(true);
	});

	it.each([
		{
			name: 'first step: FY1979–1995, the FY1993 gap named',
			state: FIRST,
			highlights: [
				{ year: 1979, value: 2347 },
				{ year: 1994, value: 6785 }
			],
			markers: [],
			gaps: [1993],
			runs: [
				[1979, 1992],
				[1994, 1995]
			]
		},
		{
			name: 'last step: to FY2016, three markers, FY2008 and FY2016',
			state: LAST,
			highlights: [
				{ year: 2008, value: 31_771 },
				{ year: 2016, value: 34_376 }
			],
			markers: [...MARKERS],
			gaps: [1993],
			runs: [
				[1979, 1992],
				[1994, 2016]
			]
		}
	])('$name', ({ state, highlights, markers, gaps, runs }) => {
		const m = marks(rows, state);
		// The axis stops at FY2016, the last fiscal year that had ended by the story's date.
		expect(m.xDomain).toEqual([1979, 2016]);
		expect(m.xTicks).toEqual([1980, 1990, 2000, 2010]);
		expect(m.yTicks).toEqual([0, 10_000, 20_000, 30_000, 40_000]);
		expect(m.yDomain[1]).toBeCloseTo(34_376 * 1.3);
		expect(m.highlights).toEqual(highlights);
		expect(m.markers.map((mk) => mk.id)).toEqual(markers);
		expect(m.gaps).toEqual(gaps);
		expect(m.afterStory).toEqual([]);
		expect(solidRuns(m, state.range[1]).map((r) => [r[0]!.year, r.at(-1)!.year])).toEqual(runs);
	});

	it('never draws a line across FY1993, even while the line grows through it', () => {
		const m = marks(rows, FIRST);
		const growing = solidRuns(m, 1993.5);
		expect(growing).toHaveLength(1);
		expect(growing[0]!.at(-1)).toEqual({ year: 1992, value: 6006 });
		expect(m.series.some((p) => p.year === 1993)).toBe(false);
	});

	it('draws nothing for a range inside the gap, and marks no dot for the missing year', () => {
		const m = marks(rows, { range: [1993, 1993], highlight: [1993] });
		expect(solidRuns(m, 1993)).toEqual([]);
		expect(m.highlights).toEqual([]);
		expect(m.gaps).toEqual([1993]);
	});

	it('ignores highlights outside the range', () => {
		expect(marks(rows, { range: [1979, 1995], highlight: [2008, 2016] }).highlights).toEqual([]);
	});

	it.each([
		['iirira-1996', '1996-09-30'],
		['dhs-2003', '2003-03-01'],
		['secure-communities-2008', '2008-03']
	] as const)('places the %s marker at its date on the fiscal-year axis', (id, date) => {
		expect(marks(rows, { range: [1979, 2016], markers: [id] }).markers).toEqual([
			{ id, x: fiscalPosition(date) }
		]);
	});

	it('dashes FY2017, which ended after the story, only when a range reaches it', () => {
		const m = marks(rows, { range: [1979, 2017], highlight: [2017] });
		expect(m.xDomain).toEqual([1979, 2017]);
		expect(m.series.at(-1)).toEqual({ year: 2016, value: 34_376 });
		expect(m.afterStory).toEqual([
			{ year: 2016, value: 34_376 },
			{ year: 2017, value: 38_106 }
		]);
		expect(m.highlights).toEqual([{ year: 2017, value: 38_106 }]);
		expect(afterStoryRun(m, 2016)).toEqual([]);
		expect(afterStoryRun(m, 2016.5)).toEqual([
			{ year: 2016, value: 34_376 },
			{ year: 2016.5, value: (34_376 + 38_106) / 2 }
		]);
	});

	it('names the gap in a note over it', () => {
		const layout = fySeriesLayout(marks(rows, FIRST), text);
		const note = layout.labels.find((l) => l.key === 'gap-1993');
		expect(note?.lines).toEqual(['No figure', 'for FY1993']);
		expect(note?.x).toBe(1993);
	});

	it.each([
		{ name: 'phone', size: { width: 320, height: 273 } },
		{ name: 'small phone', size: { width: 290, height: 192 } },
		{ name: 'desktop', size: { width: 634, height: 432 } }
	])('lays out every story step on a $name plot without crowding', ({ size }) => {
		for (const state of [FIRST, MIDDLE, LAST]) {
			expect(fySeriesLayout(marks(rows, state), text, size).crowded, JSON.stringify(state)).toEqual(
				[]
			);
		}
	});

	it('gives the summary its facts from the data, up to FY2016', () => {
		const facts = summaryFacts(rows)!;
		expect(facts.first).toEqual({ year: 1979, value: 2347 });
		expect(facts.last).toEqual({ year: 2016, value: 34_376 });
		expect(facts.ratio).toBeCloseTo(34_376 / 2347);
		expect(facts.missing).toEqual([1993]);
	});
});
