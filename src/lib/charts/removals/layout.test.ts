import { describe, expect, it } from 'vitest';
import { LAST_FY_BEFORE_STORY, fiscalPosition, roundTicks } from './events';
import { layout } from './layout';
import { segmentHits } from '../shared/label-boxes';

describe('fiscal-year positions', () => {
	it.each([
		// FY n runs from 1 October of n-1 to 30 September of n; its point sits at n.
		{ date: '2002-10-01', x: 2002.5 },
		{ date: '2003-04-01', x: 2003 },
		{ date: '1988-11-18', x: 1988.63 },
		{ date: '1996-09-30', x: 1996.5 },
		{ date: '2008-03', x: 2007.95 },
		{ date: '2005', x: 2005.25 }
	])('$date sits at $x', ({ date, x }) => {
		expect(fiscalPosition(date)).toBeCloseTo(x, 1);
	});

	it('counts FY2016 as the last year that had ended by August 2017', () => {
		expect(LAST_FY_BEFORE_STORY).toBe(2016);
	});
});

describe('round ticks', () => {
	it.each([
		{ max: 500_000, ticks: [0, 100_000, 200_000, 300_000, 400_000, 500_000] },
		{ max: 2_000_000, ticks: [0, 500_000, 1_000_000, 1_500_000, 2_000_000] },
		{ max: 40_000, ticks: [0, 10_000, 20_000, 30_000, 40_000] },
		{ max: 600, ticks: [0, 200, 400, 600] }
	])('$max', ({ max, ticks }) => expect(roundTicks(max)).toEqual(ticks));
});

describe('label layout', () => {
	const size = { width: 300, height: 200 };
	const base = { xDomain: [0, 100] as [number, number], yDomain: [0, 100] as [number, number] };
	/** A plot with nothing drawn but these milestones. */
	const onlyMarkers = (markers: Parameters<typeof layout>[0]['markers']) => ({
		...base,
		lines: [],
		dots: [],
		values: [],
		markers
	});

	it('finds where a segment crosses a box', () => {
		const box = { left: 10, right: 20, top: 10, bottom: 20 };
		expect(segmentHits([0, 0], [30, 30], box)).toBe(true);
		expect(segmentHits([0, 0], [30, 0], box)).toBe(false);
	});

	it('puts a value label above its dot when nothing is there', () => {
		const point = { year: 50, value: 20 };
		const result = layout(
			{
				...base,
				lines: [],
				dots: [point],
				values: [{ key: 'v', point, lines: ['20'], tone: 'ink' }],
				markers: []
			},
			size
		);
		expect(result.labels).toMatchObject([{ key: 'v', anchor: 'middle', place: 'above' }]);
		expect(result.crowded).toEqual([]);
	});

	it('stacks marker labels in rows so they never overlap, rightmost on top', () => {
		const result = layout(
			onlyMarkers([
				{ key: 'a', x: 80, label: 'A long marker label' },
				{ key: 'b', x: 85, label: 'Another long label' },
				{ key: 'c', x: 90, label: 'A third long label' }
			]),
			size
		);
		expect(result.markerRows).toEqual({ c: 0, b: 1, a: 2 });
		expect(result.crowded).toEqual([]);
	});

	it('falls back to a marker’s short label when the long one fits nowhere', () => {
		const result = layout(
			onlyMarkers([
				{ key: 'a', x: 50, label: 'A label far too long to fit in this plot at all', short: 'A' }
			]),
			{ width: 150, height: 40 }
		);
		expect(result.markerLabels).toEqual({ a: ['A'] });
		expect(result.crowded).toEqual([]);
	});

	it('cuts a marker label to its year, never to a bare rule, where no name fits', () => {
		const result = layout(
			onlyMarkers([
				{
					key: 'a',
					x: 50,
					label: 'A label far too long to fit in this plot at all',
					short: 'Still far too long to fit',
					year: '1988'
				}
			]),
			{ width: 80, height: 40 }
		);
		expect(result.markerLabels).toEqual({ a: ['1988'] });
		expect(result.crowded).toEqual([]);
	});
});
