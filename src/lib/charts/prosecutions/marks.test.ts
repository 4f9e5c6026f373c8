import { describe, expect, it } from 'vitest';
import { format } from 'd3-format';
import { loadDataset } from '$lib/data';
import type { ProsecutionsRow } from '$lib/data/prosecutions/schema';
import type { ImmigrationSentenceShareRow } from '$lib/data/immigration-sentence-share/schema';
import type { TimeState } from '../shared/contract';
import { en } from '$lib/strings/en';
import { gapsIn, marks, split, summaryFacts } from './marks';
import { dodge, layoutPanel, type PanelTexts } from './layout';
import { labelBox, overlaps, segmentHits } from '../shared/label-boxes';
import { chart } from './index';
import { textWidth } from '../shared/text-width';

const rows = loadDataset('prosecutions') as ProsecutionsRow[];
const shareRows = loadDataset('immigration-sentence-share') as ImmigrationSentenceShareRow[];
const text = en.charts.prosecutions;

/** The four steps of chapter 5, as the story asks for them. */
const steps = {
	before: {
		range: [1996, 2007],
		series: ['all'],
		markers: ['streamline-2005'],
		highlight: [1996, 2007]
	},
	peak: {
		range: [1996, 2016],
		series: ['all'],
		markers: ['streamline-2005'],
		highlight: [2008, 2013, 2016]
	},
	split: { range: [1996, 2016], series: ['entry', 'reentry'], highlight: [2004, 2013] },
	share: { range: [1996, 2016], series: ['sentence-share'], highlight: [2001, 2011, 2016] }
} satisfies Record<string, TimeState>;

describe('prosecutions marks', () => {
	it.each([
		[
			'first step',
			steps.before,
			{
				counts: true,
				share: false,
				highlights: [
					[1996, 7543],
					[2007, 39458]
				]
			}
		],
		[
			'peak',
			steps.peak,
			{
				counts: true,
				share: false,
				highlights: [
					[2008, 79431],
					[2013, 97384],
					[2016, 69636]
				]
			}
		],
		[
			'split by charge',
			steps.split,
			{
				counts: true,
				share: false,
				highlights: [
					[2004, 17969],
					[2004, 13415],
					[2013, 53822],
					[2013, 37440]
				]
			}
		],
		[
			'last step',
			steps.share,
			{
				counts: false,
				share: true,
				highlights: [
					[2001, 19.1],
					[2011, 36.3],
					[2016, 31.4]
				]
			}
		]
	])('%s draws the asked-for panels and highlights', (_, state, expected) => {
		const m = marks(rows, shareRows, state);
		expect(m.counts !== undefined).toBe(expected.counts);
		expect(m.share !== undefined).toBe(expected.share);
		const highlights = [...(m.counts?.highlights ?? []), ...(m.share?.highlights ?? [])];
		expect(highlights.map((h) => [h.year, h.value])).toEqual(expected.highlights);
		expect(m.xDomain).toEqual([1996, 2016]);
	});

	it('never joins points across missing years: FY1996 is a point, FY2014 a break', () => {
		const all = marks(rows, shareRows, steps.peak).counts!.series[0]!;
		expect(all.singles.map((p) => p.year)).toEqual([1996]);
		expect(all.runs.map((run) => [run[0]!.year, run.at(-1)!.year])).toEqual([
			[2004, 2013],
			[2015, 2016]
		]);
		const entry = marks(rows, shareRows, steps.split).counts!.series.find((s) => s.id === 'entry')!;
		expect(entry.singles.map((p) => p.year)).toEqual([2015]);
	});

	it('marks the years without figures inside the range, and only those', () => {
		expect(marks(rows, shareRows, steps.before).counts!.gaps).toEqual([{ from: 1997, to: 2003 }]);
		expect(marks(rows, shareRows, steps.peak).counts!.gaps).toEqual([
			{ from: 1997, to: 2003 },
			{ from: 2014, to: 2014 }
		]);
		expect(gapsIn([], [1996, 2016])).toEqual([]);
		expect(split([])).toEqual({ runs: [], singles: [] });
	});

	it('draws the marker only when asked and only on the count panel', () => {
		expect(marks(rows, shareRows, steps.before).markers).toEqual([
			{ key: 'streamline-2005', year: 2005 }
		]);
		expect(marks(rows, shareRows, steps.split).markers).toEqual([]);
		expect(
			marks(rows, shareRows, { ...steps.share, markers: ['streamline-2005'] }).markers
		).toEqual([]);
	});

	it('puts the share on its own 0–50 % panel, never on the count axis', () => {
		const m = marks(rows, shareRows, { range: [1996, 2016], series: ['all', 'sentence-share'] });
		expect(m.counts!.yDomain[1]).toBeGreaterThan(97384);
		expect(m.share!.yDomain).toEqual([0, 50]);
		expect(m.counts!.series.map((s) => s.id)).toEqual(['all']);
	});

	it('fits the count axis to the series drawn, with room above the highest point', () => {
		expect(marks(rows, shareRows, steps.peak).counts!.yDomain).toEqual([0, 120000]);
		expect(marks(rows, shareRows, steps.split).counts!.yDomain).toEqual([0, 80000]);
	});

	it('ignores highlights outside the range or without a figure', () => {
		const m = marks(rows, shareRows, {
			range: [1996, 2007],
			series: ['all'],
			highlight: [2000, 2013]
		});
		expect(m.counts!.highlights).toEqual([]);
		const none = marks(rows, shareRows, {
			range: [2000, 2003],
			series: ['all'],
			highlight: [2001]
		});
		expect(none.counts!.highlights).toEqual([]);
		expect(none.counts!.gaps).toEqual([{ from: 2000, to: 2003 }]);
	});

	it('names the lines only when more than one is drawn', () => {
		expect(marks(rows, shareRows, steps.peak).counts!.labels).toEqual([]);
		expect(
			marks(rows, shareRows, steps.split).counts!.labels.map((l) => [l.series, l.year])
		).toEqual([
			['entry', 2004],
			['reentry', 2004]
		]);
	});

	it('has the facts for the summary', () => {
		const facts = summaryFacts(rows, shareRows)!;
		expect([facts.first.year, facts.first.value]).toEqual([1996, 7543]);
		expect([facts.peak.year, facts.peak.value]).toEqual([2013, 97384]);
		expect([facts.last.year, facts.last.value]).toEqual([2016, 69636]);
		expect([facts.sharePeak.year, facts.sharePeak.value]).toEqual([2011, 36.3]);
		expect(summaryFacts([], shareRows)).toBeUndefined();
	});
});

describe('prosecutions label layout', () => {
	const texts = (m: ReturnType<typeof marks>): PanelTexts => ({
		// Formatted as the chart formats them: a thousands comma makes a count label wider.
		value: (series, p, withYear) =>
			text.value(
				series === 'sentence-share' ? `${format('.1f')(p.value)}%` : format(',')(p.value),
				withYear ? p.year : undefined
			),
		name: (series) => text.series[series],
		gap: (gap) => text.noData(gap.from, gap.to),
		...(m.markers[0] ? { marker: { year: 2005, label: text.markers['streamline-2005'] } } : {})
	});

	// A phone in the story (about 320 × 270 px of plot; 288 × 188 in a 360 px wide window), the
	// gallery's small cell, and a desktop.
	it.each([
		['phone', { width: 320, height: 268 }],
		['360 px', { width: 288, height: 188 }],
		['gallery', { width: 292, height: 190 }],
		['desktop', { width: 600, height: 360 }]
	])('every label of every step finds a free place (%s)', (_, size) => {
		for (const state of Object.values(steps)) {
			const m = marks(rows, shareRows, state);
			for (const panel of [m.counts, m.share]) {
				if (!panel) continue;
				const placed = layoutPanel(panel, m.xDomain, m.range[1], texts(m), size);
				expect(placed.every((l) => l.clear)).toBe(true);
				// Every highlight keeps its label; gap notes and the marker are there too.
				expect(placed.filter((l) => l.key.startsWith('value-'))).toHaveLength(
					panel.highlights.length
				);
			}
		}
	});

	// Issue #4: a value label keeps off the hatched "no data" bands where the plot leaves room. FY1996
	// (half a year left of the FY1997–2003 band) and FY2016 (a year and a half right of the FY2014
	// band) have no such room at any width: their labels cross a band, above or below the line, but
	// still find a free place, at the story's phone plot and the gallery's narrowest one too. (At
	// 288 × 188 FY2008's label too has no place off the FY1997–2003 band that leaves FY2013 one.)
	const bandHits = (size: { width: number; height: number }) =>
		Object.values(steps).flatMap((state) => {
			const m = marks(rows, shareRows, state);
			const panel = m.counts;
			if (!panel) return [];
			const x = (year: number) =>
				((year - m.xDomain[0]) / (m.xDomain[1] - m.xDomain[0])) * size.width;
			const y = (value: number) => size.height - (value / panel.yDomain[1]) * size.height;
			const bands = panel.gaps.map((g) => ({
				left: x(g.from - 0.5),
				right: x(g.to + 0.5),
				top: 0,
				bottom: size.height
			}));
			return layoutPanel(panel, m.xDomain, m.range[1], texts(m), size)
				.filter((l) => l.key.startsWith('value-'))
				.filter((l) => {
					const width = Math.max(...l.lines.map(textWidth));
					const box = labelBox(x(l.x), y(l.y) + l.dy, width, 17, l.anchor, l.place);
					return bands.some((band) => overlaps(band, box));
				})
				.map((l) => l.key);
		});

	it.each([
		['phone', { width: 320, height: 268 }],
		['desktop', { width: 600, height: 360 }]
	])('keeps value labels off the no-data bands where there is room (%s)', (_, size) => {
		const hits = bandHits(size).filter(
			(key) => !['value-all-1996', 'value-all-2016'].includes(key)
		);
		expect(hits).toEqual([]);
	});

	// Issue #4: where a value label cannot keep off a band (FY1996, FY2016), the band gives way: the
	// label is drawn on paper (TextLabels' `backed`), so it reads as its dot's, not the band's.
	it.each([
		['phone', { width: 320, height: 268 }],
		['360 px', { width: 288, height: 188 }],
		['desktop', { width: 600, height: 360 }]
	])('backs the value labels that sit on a no-data band, and only those (%s)', (_, size) => {
		const hits = bandHits(size);
		expect(hits).toEqual(expect.arrayContaining(['value-all-1996', 'value-all-2016']));
		const backed = Object.values(steps).flatMap((state) => {
			const m = marks(rows, shareRows, state);
			return [m.counts, m.share].flatMap((panel) =>
				panel
					? layoutPanel(panel, m.xDomain, m.range[1], texts(m), size)
							.filter((l) => l.backed)
							.map((l) => l.key)
					: []
			);
		});
		expect(backed).toEqual(hits);
	});

	it.each([
		['360 px', { width: 288, height: 188 }],
		['gallery at 360 px', { width: 256, height: 190 }]
	])('every value label finds a free place (%s)', (_, size) => {
		for (const state of Object.values(steps)) {
			const m = marks(rows, shareRows, state);
			for (const panel of [m.counts, m.share]) {
				if (!panel) continue;
				const placed = layoutPanel(panel, m.xDomain, m.range[1], texts(m), size);
				expect(placed.filter((l) => l.key.startsWith('value-') && !l.clear)).toEqual([]);
			}
		}
	});

	it('box geometry matches TextLabels', () => {
		expect(labelBox(100, 100, 40, 17, 'middle', 'above')).toEqual({
			left: 80,
			right: 120,
			top: 75,
			bottom: 92
		});
		expect(labelBox(100, 100, 40, 17, 'end', 'below')).toEqual({
			left: 60,
			right: 100,
			top: 108,
			bottom: 125
		});
		expect(labelBox(100, 100, 40, 17, 'start', 'middle').left).toBe(108);
		expect(
			overlaps(
				{ left: 0, right: 10, top: 0, bottom: 10 },
				{ left: 10, right: 20, top: 0, bottom: 10 }
			)
		).toBe(false);
		expect(segmentHits([0, 0], [10, 10], { left: 4, right: 6, top: 4, bottom: 6 })).toBe(true);
		expect(segmentHits([0, 0], [10, 0], { left: 4, right: 6, top: 4, bottom: 6 })).toBe(false);
	});

	it('dodges names apart and keeps them inside the plot', () => {
		const centres = dodge(
			[
				{ y: 100, height: 34 },
				{ y: 105, height: 34 }
			],
			200
		);
		expect(centres[1]! - centres[0]!).toBeGreaterThanOrEqual(34);
		const low = dodge(
			[
				{ y: 190, height: 34 },
				{ y: 195, height: 34 }
			],
			200
		);
		expect(Math.max(...low) + 17).toBeLessThanOrEqual(200);
	});
});

describe('prosecutions table and summary', () => {
	const data = { prosecutions: rows, 'immigration-sentence-share': shareRows };

	it('lists exactly the years and series the section draws', () => {
		const table = chart.table(data, Object.values(steps), en);
		expect(table.columns.map((c) => c.key)).toEqual([
			'year',
			'all_immigration',
			'illegal_entry',
			'illegal_reentry',
			'share_pct'
		]);
		expect(table.rows.map((r) => r.year)).toEqual([
			1996,
			...Array.from({ length: 16 }, (_, i) => 2001 + i)
		]);
		expect(table.rows.find((r) => r.year === 2014)).toEqual({
			year: 2014,
			all_immigration: null,
			illegal_entry: null,
			illegal_reentry: null,
			share_pct: 30.8
		});
	});

	it('drops columns and years no step draws', () => {
		const table = chart.table(data, [steps.before], en);
		expect(table.columns.map((c) => c.key)).toEqual(['year', 'all_immigration']);
		expect(table.rows.map((r) => r.year)).toEqual([1996, 2004, 2005, 2006, 2007]);
	});

	it('writes the summary from the data', () => {
		expect(chart.summary(data, en)).toBe(
			'Federal immigration prosecutions rose from 7,543 in FY1996 to a peak of 97,384 in FY2013 and were 69,636 in FY2016; immigration cases made up 19.1% of federal prison sentences in FY2001, 36.3% at the peak in FY2011 and 31.4% in FY2016.'
		);
	});
});
