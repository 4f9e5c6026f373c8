import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data';
import type { TimelineRow } from '$lib/data/timeline/schema';
import { en } from '$lib/strings/en';
import {
	CLEAR,
	KEY_EVENTS,
	PAD,
	ROW,
	TITLE_GAP,
	TITLE_ROW,
	halves,
	laneLayout,
	layoutKey,
	layoutLabels,
	layoutLabelsSteps,
	marks,
	placeLabels,
	rememberedLayout,
	summaryFacts,
	timeAxis,
	timeTicks,
	yearFraction,
	type LabelPlacement,
	type TimelineState
} from './marks';
import { textWidth, wrap } from '../shared/text-width';
import { chart } from './index';
import { SHORT_LABELS } from './short-labels';

const rows = loadDataset('timeline') as TimelineRow[];

/** The steps of chapters 1 and 8, as the story asks for them. */
const steps = {
	drugWarBegins: { range: [1969, 1973], lanes: ['drugs'] },
	twoLanes: { range: [1969, 1996], lanes: ['drugs', 'immigration'] },
	summer2017: { range: [1969, 2017], lanes: ['drugs', 'immigration'] },
	localPolice: { range: [2002, 2016], lanes: ['immigration'] },
	sanctuary2017: { range: [2016, 2017], lanes: ['drugs', 'immigration'] }
} satisfies Record<string, TimelineState>;

describe('timeline marks', () => {
	it('dates become fractional years at the middle of what they name', () => {
		expect(yearFraction('2005')).toBe(2005.5);
		expect(yearFraction('1984-10')).toBeCloseTo(1984 + (274 + 15.5) / 366, 5);
		expect(yearFraction('2017-07-28')).toBeCloseTo(2017 + (181 + 27.5) / 365, 5);
		expect(yearFraction('2016-03-01')).toBeCloseTo(2016 + (31 + 29 + 0.5) / 366, 5);
	});

	it.each([
		['first step', steps.drugWarBegins, 4, [1969, 1974]],
		['two lanes', steps.twoLanes, 13, [1969, 1997]],
		['last step of chapter 1', steps.summer2017, 44, [1969, 2018]],
		['chapter 8, local police', steps.localPolice, 15, [2002, 2017]],
		['chapter 8, 2016–2017', steps.sanctuary2017, 18, [2016, 2018]]
	])('%s: events in range and the zoomed domain', (_, state, count, domain) => {
		const m = marks(rows, state);
		expect(m.events).toHaveLength(count);
		expect(m.xDomain).toEqual(domain);
		expect(m.events.every((e) => e.x >= domain[0]! && e.x <= domain[1]!)).toBe(true);
	});

	it('dims the lanes a step does not ask for', () => {
		const m = marks(rows, steps.localPolice);
		expect(m.lanes).toEqual([
			{ lane: 'drugs', active: false },
			{ lane: 'immigration', active: true }
		]);
		expect(m.events.filter((e) => e.active).every((e) => e.lane === 'immigration')).toBe(true);
		expect(m.events.some((e) => !e.active)).toBe(true);
	});

	it('an empty range draws nothing', () => {
		const m = marks(rows, { range: [1974, 1979] });
		expect(m.events).toEqual([]);
		expect(m.anyUnverified).toBe(false);
		expect(
			placeLabels(m.events, m.xDomain, { width: 330, rows: { drugs: 5, immigration: 5 } })
		).toEqual([]);
	});

	it('marks unverified dates, rough spans and spans', () => {
		const m = marks(rows, steps.summer2017);
		const byId = new Map(m.events.map((e) => [e.id, e]));
		expect(m.events.filter((e) => e.unverified).map((e) => e.id)).toEqual([
			'asset-forfeiture-fund-1984',
			'immigration-act-1990',
			'operation-streamline-2005'
		]);
		expect(byId.get('ms-13-origins')).toMatchObject({ rough: true, x: 1980, x2: 2000 });
		expect(byId.get('homeland-security-act-2002')!.x2).toBeGreaterThan(2003);
		// A span is cut at the end of the range drawn.
		expect(marks(rows, steps.twoLanes).events.find((e) => e.id === 'ms-13-origins')!.x2).toBe(1997);
		expect(m.anyUnverified).toBe(true);
		expect(marks(rows, steps.drugWarBegins).anyUnverified).toBe(false);
	});

	it('ticks stay about 60 px apart', () => {
		expect(timeTicks([1969, 1974], 330)).toEqual([1969, 1970, 1971, 1972, 1973]);
		expect(timeTicks([1969, 2018], 330)).toEqual([1970, 1980, 1990, 2000, 2010]);
		expect(timeTicks([1969, 2018], 700)).toEqual([
			1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015
		]);
	});

	it('places every step inside one fixed axis, so a zoom moves no mark', () => {
		const axis = timeAxis(rows);
		for (const state of Object.values(steps)) {
			const m = marks(rows, state);
			expect(m.xDomain[0]).toBeGreaterThanOrEqual(axis[0]);
			expect(m.xDomain[1]).toBeLessThanOrEqual(axis[1]);
			for (const e of m.events) expect(e.x).toBeGreaterThanOrEqual(axis[0]);
		}
		expect(timeAxis([])).toEqual([1969, 2018]);
	});

	it('gives a single asked-for lane nearly all the room', () => {
		const both = laneLayout(300, marks(rows, steps.twoLanes).lanes);
		const drugs = laneLayout(300, marks(rows, steps.drugWarBegins).lanes);
		const immigration = laneLayout(300, marks(rows, steps.localPolice).lanes);
		expect(drugs.rows.drugs).toBeGreaterThan(both.rows.drugs);
		expect(drugs.rows.immigration).toBe(0);
		expect(immigration.rows.immigration).toBeGreaterThan(both.rows.immigration);
		expect(immigration.rows.drugs).toBe(0);
	});

	it('has the facts for the summary', () => {
		expect(summaryFacts(rows)).toEqual({
			count: 44,
			from: 1969,
			to: 2017,
			drugs: 24,
			immigration: 20,
			bridge: 22,
			lastYear: 16
		});
		expect(summaryFacts([])).toBeUndefined();
	});
});

describe('timeline labels', () => {
	/** True when two placed labels (or a leader and a label) would overlap, as the layer draws them. */
	const clash = (a: LabelPlacement, b: LabelPlacement, px: (x: number) => number) => {
		if (a.lane !== b.lane) return false;
		const rowsMeet = a.row < b.row + b.lines.length && b.row < a.row + a.lines.length;
		if (rowsMeet && a.left < b.right && b.left < a.right) return true;
		if (b.row < a.row && px(a.x) > b.left && px(a.x) < b.right) return true;
		if (a.row < b.row && px(b.x) > a.left && px(b.x) < a.right) return true;
		return false;
	};

	// A phone's plot (330 × 280 px) and a desktop's (640 × 400 px).
	it.each([
		['phone', 330, 280],
		['desktop', 640, 400]
	])('never overlap, stay inside the plot and label only active lanes (%s)', (_, width, height) => {
		for (const state of Object.values(steps)) {
			const m = marks(rows, state, width);
			const layout = laneLayout(height, m.lanes);
			const placed = placeLabels(m.events, m.xDomain, { width, rows: layout.rows });
			const px = (x: number) => ((x - m.xDomain[0]) / (m.xDomain[1] - m.xDomain[0])) * width;
			for (const [i, a] of placed.entries()) {
				expect(a.left).toBeGreaterThanOrEqual(0);
				expect(a.right).toBeLessThanOrEqual(width);
				expect(a.row + a.lines.length).toBeLessThanOrEqual(layout.rows[a.lane]);
				expect(m.events.find((e) => e.id === a.id)!.active).toBe(true);
				for (const b of placed.slice(i + 1)) expect(clash(a, b, px)).toBe(false);
			}
		}
	});

	it('labels every event of the first step, and the events each step names, on a phone', () => {
		const labelled = (state: TimelineState) => {
			const m = marks(rows, state, 330);
			return placeLabels(m.events, m.xDomain, {
				width: 330,
				rows: laneLayout(280, m.lanes).rows
			}).map((p) => p.id);
		};
		expect(labelled(steps.drugWarBegins).sort()).toEqual([
			'controlled-substances-act-1970',
			'dea-formed-1973',
			'nixon-public-enemy-1971',
			'operation-intercept-1969'
		]);
		expect(labelled(steps.twoLanes)).toEqual(
			expect.arrayContaining([
				'anti-drug-abuse-act-1986',
				'irca-1986',
				'anti-drug-abuse-act-1988',
				'crime-bill-1994'
			])
		);
		expect(labelled(steps.summer2017)).toEqual(
			expect.arrayContaining(['trump-brentwood-speech-2017'])
		);
		expect(labelled(steps.sanctuary2017)).toEqual(
			expect.arrayContaining(['trump-brentwood-speech-2017', 'private-prisons-phase-out-2016'])
		);
	});

	/** The events each story step names: its `labels` (chapter 1), or the events its description names. */
	const named: [string, TimelineState][] = [
		[
			'speech-drug-war-begins',
			{
				...steps.drugWarBegins,
				labels: [
					'operation-intercept-1969',
					'controlled-substances-act-1970',
					'nixon-public-enemy-1971',
					'dea-formed-1973'
				]
			}
		],
		[
			'speech-two-lanes',
			{
				...steps.twoLanes,
				labels: [
					'anti-drug-abuse-act-1986',
					'irca-1986',
					'crime-bill-1994',
					'aedpa-1996',
					'iirira-1996',
					'anti-drug-abuse-act-1988'
				]
			}
		],
		[
			'speech-summer-2017',
			{
				...steps.summer2017,
				labels: ['trump-brentwood-speech-2017', 'eo-13768-2017', 'chicago-sues-2017']
			}
		],
		[
			'sanctuary-local-police',
			{
				...steps.localPolice,
				labels: [
					'homeland-security-act-2002',
					'operation-streamline-2005',
					'secure-communities-2008',
					'moncrieffe-v-holder-2013',
					'pep-replaces-secure-communities-2014',
					'kate-steinle-2015'
				]
			}
		],
		[
			'sanctuary-summer-2017',
			{
				...steps.sanctuary2017,
				labels: [
					'private-prisons-phase-out-2016',
					'byrne-jag-conditions-2017',
					'trump-brentwood-speech-2017',
					'chicago-sues-2017'
				]
			}
		]
	];

	// The plots drawn (measured): the gallery at 360, 390 and 1440 px, the story at 390 × 844 and
	// 1440 × 900, and the server's.
	it.each([
		[302, 212],
		[332, 229],
		[427, 246],
		[366, 260],
		[672, 444],
		[330, 280]
	])(
		'labels every event each step names on a %i × %i plot, clear of each other',
		(width, height) => {
			for (const [id, state] of named) {
				const m = marks(rows, state, width);
				const layout = laneLayout(height, m.lanes);
				const placed = placeLabels(m.events, m.xDomain, {
					width,
					rows: layout.rows,
					first: state.labels
				});
				const ids = placed.flatMap((p) => p.ids);
				expect(
					state.labels!.filter((e) => !ids.includes(e)),
					`${id} at ${width} px`
				).toEqual([]);
				const px = (x: number) => ((x - m.xDomain[0]) / (m.xDomain[1] - m.xDomain[0])) * width;
				for (const [i, a] of placed.entries()) {
					expect(a.left).toBeGreaterThanOrEqual(0);
					expect(a.right).toBeLessThanOrEqual(width);
					for (const b of placed.slice(i + 1)) expect(clash(a, b, px)).toBe(false);
				}
			}
		}
	);

	// Issue #4: the story at 360 × 640 has a 336 × 153 px plot (336 × 192 where no key line sits
	// under it): too short for title rows of their own, so the titles share a label row.
	it.each([
		[336, 153],
		[336, 192],
		[302, 212],
		[366, 260],
		[672, 444]
	])(
		'labels every event each step names on a %i × %i plot, lane titles in the plot and clear of the labels',
		(width, height) => {
			const titleWidth = {
				drugs: textWidth(en.charts.timeline.lanes.drugs),
				immigration: textWidth(en.charts.timeline.lanes.immigration)
			};
			for (const [id, state] of named) {
				const m = marks(rows, state, width);
				const { placed, lanes, compact } = layoutLabels(m.events, m.xDomain, m.lanes, {
					width,
					height,
					titleWidth,
					first: state.labels
				});
				const ids = placed.flatMap((p) => p.ids);
				const where = `${id} at ${width} × ${height}`;
				expect(
					state.labels!.filter((e) => !ids.includes(e)),
					where
				).toEqual([]);
				const px = (x: number) => ((x - m.xDomain[0]) / (m.xDomain[1] - m.xDomain[0])) * width;
				// Each lane title's box (TextLabels sets it 0.5rem off its point, from the left edge).
				const title = {
					drugs: { top: lanes.titles.drugs + 8, bottom: lanes.titles.drugs + 8 + ROW - 2 },
					immigration: {
						top: lanes.titles.immigration - 8 - (ROW - 2),
						bottom: lanes.titles.immigration - 8
					}
				};
				for (const lane of ['drugs', 'immigration'] as const) {
					expect(title[lane].top, where).toBeGreaterThanOrEqual(0);
					expect(title[lane].bottom, where).toBeLessThanOrEqual(height);
				}
				for (const [i, a] of placed.entries()) {
					expect(a.left).toBeGreaterThanOrEqual(0);
					expect(a.right).toBeLessThanOrEqual(width);
					expect(a.row + a.lines.length, where).toBeLessThanOrEqual(lanes.rows[a.lane]);
					for (const b of placed.slice(i + 1)) expect(clash(a, b, px), where).toBe(false);
					// The label's box as LaneEvents draws it: inside the plot, clear of both titles.
					const reach = CLEAR + a.row * ROW;
					const extent = a.lines.length * ROW - 2;
					const top = a.lane === 'drugs' ? lanes.y.drugs - reach - extent : lanes.y[a.lane] + reach;
					const box = { top, bottom: top + extent };
					expect(box.top, where).toBeGreaterThanOrEqual(0);
					expect(box.bottom, where).toBeLessThanOrEqual(height);
					for (const lane of ['drugs', 'immigration'] as const) {
						const t = title[lane];
						const beside = a.left >= titleWidth[lane] + TITLE_GAP - PAD;
						const apart = box.bottom <= t.top || t.bottom <= box.top;
						expect(apart || beside, `${where}: ${a.id} and the ${lane} title`).toBe(true);
						// No leader runs through a title either.
						const leader = a.lane === 'drugs' ? [top, lanes.y.drugs] : [lanes.y[a.lane], top];
						const crosses = leader[0]! < t.bottom && t.top < leader[1]!;
						expect(crosses && px(a.x) < titleWidth[lane], `${where}: ${a.id}'s leader`).toBe(false);
					}
				}
				// Titles share label rows only where the plot is short: always at 153 px, never from
				// the gallery's 212 px up (the layout there is as before).
				if (height < 160) expect(compact, where).toBe(true);
				if (height >= 212) expect(compact, where).toBe(false);
			}
		}
	);

	it('names events on one spot in one label, by their short names', () => {
		const m = marks(rows, steps.summer2017, 288);
		const placed = placeLabels(m.events, m.xDomain, {
			width: 288,
			rows: laneLayout(300, m.lanes).rows,
			first: ['trump-brentwood-speech-2017', 'chicago-sues-2017']
		});
		const spot = placed.find((p) => p.ids.includes('chicago-sues-2017'))!;
		expect(spot.ids).toEqual(['trump-brentwood-speech-2017', 'chicago-sues-2017']);
		// A line each, or run together on one.
		expect(spot.lines.join(', ')).toBe(
			`${SHORT_LABELS['trump-brentwood-speech-2017']}, ${SHORT_LABELS['chicago-sues-2017']}`
		);
	});

	it('breaks a short name onto two even lines where rows are few', () => {
		expect(halves(SHORT_LABELS['crime-bill-1994']!)).toEqual(['1994', 'crime bill']);
		expect(halves('IRCA')).toBeUndefined();
	});

	it('has a short label, no longer than the full one, for every event', () => {
		for (const r of rows) {
			expect(SHORT_LABELS[r.id], r.id).toBeDefined();
			expect(textWidth(SHORT_LABELS[r.id]!)).toBeLessThanOrEqual(textWidth(r.label));
		}
	});

	it('key events exist in the data', () => {
		const ids = new Set(rows.map((r) => r.id));
		expect(KEY_EVENTS.filter((id) => !ids.has(id))).toEqual([]);
	});

	it('estimates text widths and wraps', () => {
		expect(textWidth('DEA formed')).toBeGreaterThanOrEqual(74);
		expect(wrap('Operation Streamline prosecutions begin', 150)).toEqual([
			'Operation Streamline',
			'prosecutions begin'
		]);
	});

	it('are laid out alike in one go and in slices, with pauses along the way', () => {
		// A phone's short plot, which tries the most layouts; a size no other test asks for.
		const m = marks(rows, steps.summer2017, 301);
		const args: Parameters<typeof layoutLabels> = [
			m.events,
			m.xDomain,
			m.lanes,
			{ width: 301, height: 151, titleWidth: { drugs: 60, immigration: 90 } }
		];
		const key = layoutKey(...args);
		expect(rememberedLayout(key).found).toBe(false);
		const layoutSteps = layoutLabelsSteps(...args);
		let pauses = 0;
		let next = layoutSteps.next();
		while (!next.done) {
			pauses++;
			next = layoutSteps.next();
		}
		expect(pauses).toBeGreaterThan(20);
		expect(next.value.placed.length).toBeGreaterThan(0);
		expect(rememberedLayout(key)).toEqual({ found: true, layout: next.value });
		// Made again in one go (the default text scale spelled out, so it is not remembered): the same.
		expect(layoutLabels(args[0], args[1], args[2], { ...args[3], textScale: 1 })).toEqual(
			next.value
		);
	});
});

describe('timeline table and summary', () => {
	const data = { timeline: rows };

	it('lists every event drawn, with a linkable anchor each when it lists them all', () => {
		const table = chart.table(data, Object.values(steps).slice(0, 3), en);
		expect(table.rows).toHaveLength(44);
		expect(table.anchors).toHaveLength(44);
		expect(table.anchors![0]).toBe('event-operation-intercept-1969');
		expect(new Set(table.anchors).size).toBe(44);
		expect(table.rows[0]!.date).toMatch(/^Sep 21\s–\sOct 11, 1969$/);
		expect(table.rows[0]!.lane).toBe('Drug war');
		expect(
			table.rows.find((r) => r.label === 'Operation Streamline prosecutions begin')
		).toMatchObject({
			date: '2005',
			unverified: 'exact date unverified',
			bridge: 'yes'
		});
		expect(table.rows.find((r) => r.label === 'MS-13 spreads through deportations')!.date).toBe(
			'1980s–1990s'
		);
	});

	it('a section that shows part of the timeline lists its events without anchors', () => {
		const table = chart.table(data, [steps.localPolice, steps.sanctuary2017], en);
		expect(table.rows.length).toBeLessThan(44);
		expect(table.anchors).toBeUndefined();
	});

	it('writes the summary from the data', () => {
		expect(chart.summary(data, en)).toBe(
			'The timeline runs from 1969 to 2017: 44 events, 24 in the drug war and 20 in immigration enforcement; 22 of them tie criminal enforcement to deportation, and 16 fall in 2017 alone.'
		);
	});
});

describe('timeline room', () => {
	it('labels the events a step names first, before the data desk’s pick', () => {
		const m = marks(rows, steps.twoLanes);
		const named = ['aedpa-1996', 'iirira-1996'];
		const options = { width: 600, rows: { drugs: 3, immigration: 3 } };
		const withNamed = placeLabels(m.events, m.xDomain, { ...options, first: named });
		expect(withNamed.map((p) => p.id)).toEqual(expect.arrayContaining(named));
	});

	it('leaves more room around labels that render wider than estimated', () => {
		const m = marks(rows, steps.twoLanes);
		const options = { width: 600, rows: { drugs: 3, immigration: 3 } };
		const wide = placeLabels(m.events, m.xDomain, { ...options, textScale: 1.25 });
		for (const lane of ['drugs', 'immigration'] as const) {
			const inLane = wide.filter((p) => p.lane === lane);
			for (const a of inLane)
				for (const b of inLane) {
					if (a === b || a.row + a.lines.length <= b.row || b.row + b.lines.length <= a.row)
						continue;
					// Boxes as drawn 25 % wider than estimated still keep apart.
					const grow = (p: typeof a) =>
						Math.max(...p.lines.map(textWidth)) * 1.25 + 4 - (p.right - p.left);
					expect(grow(a)).toBeLessThanOrEqual(0.5);
					expect(a.right <= b.left || b.right <= a.left).toBe(true);
				}
		}
	});

	it('moves a lone lane in to sit with its labels, not at the foot of a tall plot', () => {
		const lanes = marks(rows, steps.drugWarBegins).lanes;
		const full = laneLayout(700, lanes);
		const centred = laneLayout(700, lanes, { drugs: 3 });
		expect(centred.y.drugs).toBeLessThan(full.y.drugs - 100);
		// The labels still fit above the lane.
		expect(centred.rows.drugs).toBeGreaterThanOrEqual(3);
	});

	it.each([
		['one lane', steps.drugWarBegins, { drugs: 3, immigration: 0 }],
		['two lanes', steps.twoLanes, { drugs: 4, immigration: 5 }],
		['two lanes, labels on one side only', steps.twoLanes, { drugs: 0, immigration: 3 }]
	])(
		'on a tall slide keeps each lane title by its labels, no empty band between (%s)',
		(_, state, used) => {
			const lanes = marks(rows, state).lanes;
			const height = 640;
			const layout = laneLayout(height, lanes, used);
			// The drug title sits right over its labels, the immigration title right under its.
			expect(layout.y.drugs - layout.titles.drugs).toBe(TITLE_ROW + CLEAR + used.drugs * ROW);
			if (lanes.find((l) => l.lane === 'immigration')!.active)
				expect(layout.titles.immigration - layout.y.immigration).toBe(
					CLEAR + used.immigration * ROW + TITLE_ROW
				);
			expect(layout.titles.drugs).toBeGreaterThanOrEqual(0);
			expect(layout.titles.immigration).toBeLessThanOrEqual(height);
			// The labels still have the rows they were placed in.
			expect(layout.rows.drugs).toBeGreaterThanOrEqual(used.drugs);
			expect(layout.rows.immigration).toBeGreaterThanOrEqual(
				lanes.find((l) => l.lane === 'immigration')!.active ? used.immigration : 0
			);
		}
	);
});
