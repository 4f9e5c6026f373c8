import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data';
import type { PrisonersRow } from '$lib/data/prisoners/schema';
import type { FederalDrugShareRow } from '$lib/data/federal-drug-share/schema';
import type { TimeState } from '../shared/contract';
import { stringsFor } from '$lib/strings';
import { contract } from './steps';
import { chart } from './index';
import { DEFAULT_SIZE, type Size } from '../shared/label-boxes';
import { LINE_HEIGHT, textWidth, wrap } from '../shared/text-width';
import {
	ROW,
	SHARE_DOT,
	dotLabelLines,
	markerLines,
	markerRows,
	scalesFor,
	shareLabelGroups
} from './layout';
import { MARKERS, groupHighlights, marks, placeLabel, sharePoints, summaryFacts } from './marks';

const prisoners = loadDataset('prisoners') as PrisonersRow[];
const shares = loadDataset('federal-drug-share') as FederalDrugShareRow[];
const ALL_MARKERS = Object.keys(MARKERS) as (keyof typeof MARKERS)[];

describe('imprisonment marks: the steps of the story', () => {
	it.each<{
		name: string;
		state: TimeState;
		highlights: { year: number; place: string; align?: string; labelled: boolean }[];
		markers: { id: string; to?: number }[];
		share: boolean;
	}>([
		{
			name: 'first step (1925–1972)',
			state: {
				range: [1925, 1972],
				series: ['rate'],
				markers: ['controlled-substances-act-1970', 'nixon-1971'],
				highlight: [1972]
			},
			highlights: [{ year: 1972, place: 'right', labelled: true }],
			markers: [
				{ id: 'nixon-1971', to: 95 },
				{ id: 'controlled-substances-act-1970', to: 96 }
			],
			share: false
		},
		{
			name: 'the 1980s (a point mid-line and one at the end)',
			state: {
				range: [1925, 1988],
				series: ['rate'],
				markers: [
					'controlled-substances-act-1970',
					'nixon-1971',
					'anti-drug-abuse-act-1986',
					'anti-drug-abuse-act-1988'
				],
				highlight: [1980, 1988]
			},
			highlights: [
				{ year: 1980, place: 'below', align: 'start', labelled: true },
				{ year: 1988, place: 'right', labelled: true }
			],
			markers: [
				{ id: 'anti-drug-abuse-act-1988', to: 247 },
				{ id: 'anti-drug-abuse-act-1986', to: 217 },
				{ id: 'nixon-1971', to: 95 },
				{ id: 'controlled-substances-act-1970', to: 96 }
			],
			share: false
		},
		{
			name: 'the peak: 2007 and 2008 share one label',
			state: { range: [1925, 2008], series: ['rate'], highlight: [2007, 2008] },
			highlights: [
				{ year: 2007, place: 'above', labelled: false },
				{ year: 2008, place: 'above', align: 'end', labelled: true }
			],
			markers: [],
			share: false
		},
		{
			name: 'last step (2016, every marker, falling into the end point)',
			state: { range: [1925, 2016], series: ['rate'], markers: ALL_MARKERS, highlight: [2016] },
			highlights: [{ year: 2016, place: 'below', align: 'end', labelled: true }],
			markers: [
				{ id: 'crime-bill-1994', to: 389 },
				{ id: 'anti-drug-abuse-act-1988', to: 247 },
				{ id: 'anti-drug-abuse-act-1986', to: 217 },
				{ id: 'nixon-1971', to: 95 },
				{ id: 'controlled-substances-act-1970', to: 96 }
			],
			share: false
		}
	])('$name', ({ state, highlights, markers, share }) => {
		expect(contract.state.safeParse(state).success).toBe(true);
		const m = marks(prisoners, shares, state);
		expect(m.xDomain).toEqual([1925, 2016]);
		expect(m.yDomain).toEqual([0, 600]);
		expect(m.yTicks).toEqual([0, 150, 300, 450, 600]);
		expect(m.rate).toHaveLength(92);
		expect(
			m.highlights.map(({ year, place, align, labelled }) => ({
				year,
				place,
				...(align ? { align } : {}),
				labelled
			}))
		).toEqual(highlights);
		expect(m.markers.map(({ id, to }) => ({ id, ...(to === undefined ? {} : { to }) }))).toEqual(
			markers
		);
		expect(m.share !== null).toBe(share);
	});
});

describe('imprisonment marks: the federal drug share', () => {
	it('draws the snapshot years as points in a 0–100% strip, labelling the highest and lowest', () => {
		const m = marks(prisoners, shares, {
			range: [1925, 2016],
			series: ['rate', 'federal-drug-share']
		});
		expect(m.share?.yDomain).toEqual([0, 100]);
		expect(m.share?.points.map((p) => p.year)).toEqual([1990, 1995, 1999, 2000, 2007, 2008]);
		expect(m.share?.labelled).toEqual([
			{ year: 1995, value: 58.7, place: 'above' },
			{ year: 2008, value: 52.1, place: 'below' }
		]);
		// The main plot is shorter with the strip: fewer gridlines.
		expect(m.yTicks).toEqual([0, 300, 600]);
	});

	it('drops 2018, which is after the story date', () => {
		expect(sharePoints(shares).map((p) => p.year)).not.toContain(2018);
		expect(sharePoints(shares).every((p) => p.basis.length > 0)).toBe(true);
	});

	it('draws only the snapshots inside the range, and one label when only one is drawn', () => {
		const m = marks(prisoners, shares, {
			range: [1925, 1994],
			series: ['rate', 'federal-drug-share']
		});
		expect(m.share?.points.map((p) => p.year)).toEqual([1990]);
		expect(m.share?.labelled).toEqual([{ year: 1990, value: 53.5, place: 'above' }]);
	});

	it('shows the strip alone when the rate is hidden: no line, no highlights, leaders to the baseline', () => {
		const m = marks(prisoners, shares, {
			range: [1925, 2016],
			series: ['federal-drug-share'],
			highlight: [1994],
			markers: ['crime-bill-1994']
		});
		expect(m.rate).toBeNull();
		expect(m.highlights).toEqual([]);
		expect(m.markers).toEqual([{ id: 'crime-bill-1994', year: 1994, row: 0 }]);
		expect(m.share?.points).toHaveLength(6);
	});

	it('draws every series when the step does not name any', () => {
		const m = marks(prisoners, shares, { range: [1925, 2016] });
		expect(m.rate).not.toBeNull();
		expect(m.share).not.toBeNull();
	});
});

describe('imprisonment marks: edges', () => {
	it('an empty range draws nothing but keeps the axes', () => {
		const m = marks([], [], { range: [1925, 2016], highlight: [1990], markers: ['nixon-1971'] });
		expect(m.rate).toEqual([]);
		expect(m.highlights).toEqual([]);
		expect(m.yDomain).toEqual([0, 1]);
		expect(m.markers).toEqual([{ id: 'nixon-1971', year: 1971, row: 4 }]);
		expect(m.share?.points).toEqual([]);
		expect(m.share?.labelled).toEqual([]);
	});

	it('ignores highlights outside the range', () => {
		const m = marks(prisoners, shares, { range: [1925, 1972], highlight: [1924, 1990, 2016] });
		expect(m.highlights).toEqual([]);
	});

	it('a marker ahead of the line runs to the baseline', () => {
		const m = marks(prisoners, shares, { range: [1925, 1972], markers: ['crime-bill-1994'] });
		expect(m.markers).toEqual([{ id: 'crime-bill-1994', year: 1994, row: 0 }]);
	});

	it.each(ALL_MARKERS)('marker %s stands at its year, in its own row', (id) => {
		const m = marks(prisoners, shares, { range: [1925, 2016], markers: [id] });
		expect(m.markers).toHaveLength(1);
		expect(m.markers[0]?.year).toBe(MARKERS[id].year);
		expect(m.markers[0]?.row).toBe(MARKERS[id].row);
		expect(m.markers[0]?.to).toBe(
			prisoners.find((r) => r.year === MARKERS[id].year)?.imprisonment_rate
		);
	});

	it('gives the rightmost markers the top rows, and the labels that wrap two rows each', () => {
		const byYear = [...ALL_MARKERS].sort((a, b) => MARKERS[b].year - MARKERS[a].year);
		expect(byYear.map((id) => MARKERS[id].row)).toEqual([0, 1, 2, 4, 6]);
	});

	it('keeps the rate when sentenced counts are blank (2010–2016)', () => {
		const m = marks(prisoners, shares, { range: [1925, 2016] });
		expect(m.rate?.find((p) => p.year === 2016)?.value).toBe(450);
	});

	it('groups only neighbouring years with equal values', () => {
		const groups = groupHighlights([
			{ year: 2008, value: 506 },
			{ year: 2007, value: 506 },
			{ year: 2016, value: 450 },
			{ year: 2015, value: 459 }
		]);
		expect(groups.filter((g) => g.labelled).map((g) => g.years)).toEqual([
			[2007, 2008],
			[2015],
			[2016]
		]);
	});

	it('puts an end label to the right only with room to spare', () => {
		const series = [
			{ year: 2000, value: 1 },
			{ year: 2001, value: 2 }
		];
		expect(placeLabel({ year: 2001, value: 2 }, series, 2001, [1925, 2050])).toEqual({
			place: 'right'
		});
		expect(placeLabel({ year: 2001, value: 2 }, series, 2001, [1925, 2005])).toEqual({
			place: 'above',
			align: 'end'
		});
	});
});

describe('imprisonment summary facts', () => {
	it('finds the flat era, the unbroken climb and the shares', () => {
		const facts = summaryFacts(prisoners, shares)!;
		expect(facts.first.year).toBe(1925);
		expect(facts.trough).toEqual({ year: 1972, value: 93 });
		expect([facts.low, facts.high]).toEqual([79, 137]);
		expect(facts.peak).toEqual({ year: 2007, value: 506 });
		expect(facts.last).toEqual({ year: 2016, value: 450 });
		expect(facts.shareFirst).toMatchObject({ year: 1990, value: 53.5 });
		expect(facts.shareLast).toMatchObject({ year: 2008, value: 52.1 });
	});

	it('has no facts without rows', () => {
		expect(summaryFacts([], [])).toBeUndefined();
	});
});

describe('imprisonment table and summary', () => {
	const data = { prisoners, 'federal-drug-share': shares };
	const strings = stringsFor('en');

	it('tables exactly the rows drawn: the rate over the ranges, no share columns without the strip', () => {
		const table = chart.table(
			data,
			[
				{ range: [1925, 1972], series: ['rate'] },
				{ range: [1925, 1994], series: ['rate'] }
			],
			strings
		);
		expect(table.columns.map((c) => c.key)).toEqual(['year', 'imprisonment_rate']);
		expect(table.rows).toHaveLength(70);
		expect(table.rows.at(-1)).toEqual({ year: 1994, imprisonment_rate: 389 });
	});

	it('adds the share and its count basis in the snapshot years when the strip is drawn', () => {
		const table = chart.table(
			data,
			[{ range: [1925, 2016], series: ['rate', 'federal-drug-share'] }],
			strings
		);
		expect(table.columns.map((c) => c.key)).toEqual([
			'year',
			'imprisonment_rate',
			'drug_share_pct',
			'basis'
		]);
		expect(table.rows.find((r) => r.year === 1999)).toEqual({
			year: 1999,
			imprisonment_rate: 463,
			drug_share_pct: 57.4,
			basis: 'Sep 30, all sentences'
		});
		expect(table.rows.find((r) => r.year === 2001)).toMatchObject({ drug_share_pct: null });
		expect(table.rows.some((r) => r.year === 2018)).toBe(false);
	});

	it('generates its summary from the data', () => {
		expect(chart.summary(data, strings)).toBe(
			'From 1925 to 1972 the imprisonment rate stayed between 79 and 137 sentenced prisoners per 100,000 residents; it then rose every year to 506 in 2007 and was 450 in 2016, while drug offenders made up 53.5% of sentenced federal prisoners in 1990 and 52.1% in 2008 (counts taken on different dates and bases).'
		);
	});
});

describe('imprisonment marker layout', () => {
	const strings = stringsFor('en').charts.imprisonment;
	// The main plot at a 360 px and a 390 px phone, at 1440 px, and the server's default.
	const sizes: Size[] = [
		{ width: 282, height: 222 },
		{ width: 312, height: 270 },
		{ width: 618, height: 345 },
		DEFAULT_SIZE
	];
	const state: TimeState = {
		range: [1925, 2016],
		series: ['rate'],
		markers: ALL_MARKERS,
		highlight: [1972, 2016]
	};
	const boxes = (size: Size) => {
		const m = marks(prisoners, shares, state);
		const { x, y } = scalesFor(size, m.xDomain, m.yDomain[1]);
		const labels = [...m.markers]
			.sort((a, b) => a.row - b.row)
			.map((mk) => ({ key: mk.id, year: mk.year, label: strings.markers[mk.id] }));
		const line = m.rate!.map((p): [number, number] => [x(p.year), y(p.value)]);
		const rows = markerRows(labels, m.yTicks.map(y), x, line);
		return {
			m,
			x,
			y,
			boxes: labels.map((l) => {
				const top = rows[l.key]! * ROW - 2.4;
				return {
					key: l.key,
					top,
					bottom: top + markerLines(l.label, l.year, x) * LINE_HEIGHT,
					left: x(l.year) - 4.8 - Math.max(...wrap(l.label, x(l.year) - 4.8).map(textWidth)),
					right: x(l.year)
				};
			})
		};
	};

	it.each(sizes)('at $width×$height no marker label touches a gridline', (size) => {
		const { m, y, boxes: placed } = boxes(size);
		for (const box of placed) {
			for (const tick of m.yTicks) {
				const at = y(tick);
				expect(at < box.top || at > box.bottom, `${box.key} and the ${tick} gridline`).toBe(true);
			}
		}
	});

	it.each(sizes)(
		'at $width×$height the labels keep their staircase, one under the other',
		(size) => {
			const { boxes: placed } = boxes(size);
			expect(placed.map((b) => b.key)).toEqual([
				'crime-bill-1994',
				'anti-drug-abuse-act-1988',
				'anti-drug-abuse-act-1986',
				'nixon-1971',
				'controlled-substances-act-1970'
			]);
			placed
				.slice(1)
				.forEach((box, i) => expect(box.top).toBeGreaterThanOrEqual(placed[i]!.bottom));
		}
	);

	it.each(sizes)('at $width×$height no marker label crosses the line to its left', (size) => {
		const { m, x, y, boxes: placed } = boxes(size);
		const rate = m.rate!;
		for (const box of placed) {
			const year = MARKERS[box.key as keyof typeof MARKERS].year;
			// The line left of the leader (the leader itself stands on the line).
			for (const p of rate.filter((q) => q.year < year)) {
				if (x(p.year) >= box.left && x(p.year) < box.right - 4)
					expect(y(p.value), `${box.key} over ${p.year}`).toBeGreaterThan(box.bottom);
			}
		}
	});

	it('puts a value over its year where two lines clear the gridlines, else on one line', () => {
		// 1972 (93) on a 360 px phone's plot, 222 px tall: two lines below the dot reach the baseline.
		const m = marks(prisoners, shares, state);
		const phone = scalesFor({ width: 282, height: 222 }, m.xDomain, m.yDomain[1]);
		expect(dotLabelLines(phone.y(93), 'below', 2, m.yTicks.map(phone.y))).toBe(1);
		const desktop = scalesFor({ width: 618, height: 345 }, m.xDomain, m.yDomain[1]);
		expect(dotLabelLines(desktop.y(93), 'below', 2, m.yTicks.map(desktop.y))).toBe(2);
		// Beside its dot a label is centred on it: no gridline rule applies.
		expect(dotLabelLines(phone.y(389), 'right', 2, m.yTicks.map(phone.y))).toBe(2);
		// Above: the gridline over the dot counts.
		expect(dotLabelLines(20, 'above', 2, [0, 100])).toBe(1);
		expect(dotLabelLines(60, 'above', 2, [0, 100])).toBe(2);
	});

	it('wraps a label only where the room left of its leader is too narrow', () => {
		const x = (year: number) => ((year - 1925) / 91) * 282;
		expect(markerLines(strings.markers['nixon-1971'], 1971, x)).toBe(2);
		expect(markerLines(strings.markers['crime-bill-1994'], 1994, x)).toBe(1);
		const wide = (year: number) => ((year - 1925) / 91) * 618;
		expect(markerLines(strings.markers['nixon-1971'], 1971, wide)).toBe(1);
	});
});

describe('imprisonment share strip on a phone', () => {
	const text = stringsFor('en').charts.imprisonment;
	const m = marks(prisoners, shares, {
		range: [1925, 2016],
		series: ['rate', 'federal-drug-share']
	});
	const share = m.share!;
	/** The strip is 5rem tall; Dots hangs a label 0.7rem from its dot, an end label 0.2rem past it. */
	const HEIGHT = 80;
	const GAP = 11.2;

	/** The labels as Chart.svelte writes them and Dots places them, in px. */
	function labelBoxes(width: number) {
		const px = (year: number) => ((year - m.xDomain[0]) / (m.xDomain[1] - m.xDomain[0])) * width;
		const py = (value: number) => (1 - value / 100) * HEIGHT;
		return shareLabelGroups(share.points, share.labelled, width, m.xDomain).map((g) => {
			const year = g.years.at(-1)!;
			const value = g.values.at(-1)!;
			const label =
				g.years.length > 1
					? text.sharePair('00.0', '00.0', g.years[0]!, year)
					: text.sharePoint('00.0', year);
			const w = textWidth(label);
			const x = px(year);
			const end = g.years.length > 1 || x / width > 0.7;
			const left = end ? x + 3.2 - w : x - w / 2;
			const top = g.place === 'below' ? py(value) + GAP : py(value) - GAP - LINE_HEIGHT;
			return { g, box: { left, right: left + w, top, bottom: top + LINE_HEIGHT } };
		});
	}

	it.each([288, 320, 600])('no label covers a dot or another label (%i px plot)', (width) => {
		const px = (year: number) => ((year - m.xDomain[0]) / (m.xDomain[1] - m.xDomain[0])) * width;
		const py = (value: number) => (1 - value / 100) * HEIGHT;
		const labels = labelBoxes(width);
		for (const [i, { box }] of labels.entries()) {
			expect(box.left).toBeGreaterThanOrEqual(-46);
			expect(box.right).toBeLessThanOrEqual(width + 8);
			for (const p of share.points) {
				const r = SHARE_DOT / 2;
				const x = px(p.year);
				const y = py(p.value);
				const apart =
					x + r <= box.left || x - r >= box.right || y + r <= box.top || y - r >= box.bottom;
				expect(apart, `label ${i} covers the ${p.year} dot`).toBe(true);
			}
			for (const other of labels.slice(i + 1)) {
				const b = other.box;
				expect(
					box.right <= b.left || b.right <= box.left || box.bottom <= b.top || b.bottom <= box.top
				).toBe(true);
			}
		}
	});

	it('names every year whose dot touches a labelled dot (1999–2000, 2007–2008 on a phone)', () => {
		const px = (year: number) => ((year - m.xDomain[0]) / (m.xDomain[1] - m.xDomain[0])) * 288;
		const groups = shareLabelGroups(share.points, share.labelled, 288, m.xDomain);
		for (const l of share.labelled) {
			const group = groups.find((g) => g.years.includes(l.year))!;
			const touching = share.points.filter((p) => Math.abs(px(p.year) - px(l.year)) < SHARE_DOT);
			expect(group.years).toEqual(touching.map((p) => p.year));
		}
		expect(groups.map((g) => g.years)).toEqual([[1995], [2007, 2008]]);
		expect(text.sharePair('53.3', '52.1', 2007, 2008)).toBe('53.3% (2007), 52.1% (2008)');
		// On a plot wide enough for each dot to stand apart and its label names one year.
		expect(
			shareLabelGroups(share.points, share.labelled, 900, m.xDomain).map((g) => g.years)
		).toEqual([[1995], [2008]]);
	});
});
