import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data';
import type { ViolentCrimeRow } from '$lib/data/violent-crime/schema';
import type { TimeState } from '../shared/contract';
import {
	DEFAULT_SIZE,
	dotBox,
	grow,
	overlaps,
	segmentHits,
	type Size
} from '../shared/label-boxes';
import { stringsFor } from '$lib/strings';
import { labelPlaces, marks, summaryFacts } from './marks';
import { boxOf, layoutLabels, PAD_RIGHT } from './layout';

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

describe('violent-crime label layout', () => {
	const strings = stringsFor('en').charts['violent-crime'];
	// The story's steps, and plots of the sizes the story draws: a 360 px and a 390 px phone, a
	// 1440 px desktop, and the server's default.
	const steps: Record<string, TimeState> = {
		'crime-rise': { range: [1960, 1991], highlight: [1991] },
		'crime-fall': { range: [1960, 2014], highlight: [1991, 2014] },
		'crime-2016': { range: [1960, 2016], highlight: [2014, 2016], markers: ['level-2016'] },
		'crime-claim': { range: [1960, 2016], highlight: [1991], markers: ['claim-2017'] }
	};
	const sizes: Size[] = [
		{ width: 294, height: 260 },
		{ width: 324, height: 300 },
		{ width: 630, height: 466 },
		DEFAULT_SIZE
	];
	const layout = (state: TimeState, size: Size) => {
		const m = marks(rows, state);
		const values = m.highlights.map((p) => ({
			key: String(p.year),
			point: p,
			text: `${p.value} (${p.year})`
		}));
		if (m.claim) {
			values.push({
				key: 'claim',
				point: m.claim,
				text: strings.claim(String(m.claim.value), m.claim.year)
			});
		}
		const rule = m.level2016
			? `${strings.markers['level-2016']}, ${strings.lastAsLow(m.level2016.lastAsLow!)}`
			: undefined;
		return { m, ...layoutLabels(m, values, rule, size) };
	};

	it.each(
		Object.entries(steps).flatMap(([step, state]) =>
			sizes.map((size) => ({ step, state, size, name: `${step} at ${size.width}×${size.height}` }))
		)
	)(
		'$name: no label touches the line, a gridline, the rule, a dot or another label',
		({ state, size }) => {
			const { m, labels, crowded } = layout(state, size);
			expect(crowded).toEqual([]);
			const x = (year: number) => ((year - 1960) / 56) * size.width;
			const y = (value: number) => (1 - value / m.yDomain[1]) * size.height;
			const boxes = labels.map((l) => grow(boxOf(l, x, y), 1));
			const drawn = m.series.filter((p) => p.year <= m.range[1]);
			const segments: [[number, number], [number, number]][] = drawn.slice(1).map((p, i) => [
				[x(drawn[i]!.year), y(drawn[i]!.value)],
				[x(p.year), y(p.value)]
			]);
			for (const tick of m.yTicks)
				segments.push([
					[0, y(tick)],
					[size.width, y(tick)]
				]);
			if (m.level2016) {
				const level = y(m.level2016.value);
				segments.push([
					[x(m.level2016.lastAsLow!), level],
					[size.width, level]
				]);
			}
			boxes.forEach((box, i) => {
				expect(box.left).toBeGreaterThanOrEqual(-1);
				expect(box.right).toBeLessThanOrEqual(size.width + PAD_RIGHT + 1);
				for (const [a, b] of segments) expect(segmentHits(a, b, box)).toBe(false);
				for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
				for (const p of [...m.highlights, ...(m.claim ? [m.claim] : [])]) {
					expect(overlaps(box, dotBox(x(p.year), y(p.value)))).toBe(false);
				}
			});
		}
	);

	it('keeps the 2014 label under the line and the 2016 label over it, in the order of the values', () => {
		for (const size of sizes) {
			const { labels } = layout(steps['crime-2016']!, size);
			const place = (key: string) => labels.find((l) => l.key === key)?.place;
			expect([place('2014'), place('2016')]).toEqual(['below', 'above']);
		}
	});

	it('puts the label of the line’s last point to its right where there is room', () => {
		for (const size of sizes) {
			const peak = layout(steps['crime-rise']!, size).labels[0]!;
			expect([peak.anchor, peak.place]).toEqual(['start', 'middle']);
			// 2014 ends the line near the right edge: no room there.
			const end = layout(steps['crime-fall']!, size).labels.find((l) => l.key === '2014')!;
			expect(end.anchor).not.toBe('start');
		}
	});

	it('starts the rule label past the year where the line crosses the 2016 level', () => {
		for (const size of sizes) {
			const rule = layout(steps['crime-2016']!, size).labels.find((l) => l.key === 'rule')!;
			expect(rule.x).toBeGreaterThan(1970);
			expect(rule.place).toBe('below');
		}
	});

	it('breaks the long claim label onto two lines only where one line would cross the line', () => {
		const lines = (size: Size) =>
			layout(steps['crime-claim']!, size).labels.find((l) => l.key === 'claim')!.lines.length;
		expect(lines({ width: 630, height: 466 })).toBe(1);
	});
});
