import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/data';
import type { MarijuanaLawsRow } from '$lib/data/marijuana-laws/schema';
import { en } from '$lib/strings/en';
import { marks, summaryFacts, type MapState } from './marks';
import { shapes, VIEW } from './geo';
import { chart } from './index';
import { LABEL_AT } from './frame';
import {
	Outlines,
	borderLayout,
	borderLayoutKey,
	borderLayoutSteps,
	insideRings,
	placeLabels,
	rememberedBorderLayout,
	type PlacedLabel
} from './labels';
import { segmentHits } from '../shared/label-boxes';

const rows = loadDataset('marijuana-laws') as MarijuanaLawsRow[];

/** The steps of chapter 7, as the story asks for them. */
const steps = {
	map1996: { through: 1996, highlight: ['border'] },
	border2010: { through: 2010, highlight: ['border'] },
	map2012: { through: 2012 },
	map2017: { through: 2017 }
} satisfies Record<string, MapState>;

const status = (state: MapState, abbr: string) =>
	marks(rows, state).states.find((s) => s.abbr === abbr)!.status;

describe('marijuana-map marks', () => {
	it.each([
		[
			'first step',
			steps.map1996,
			{ medical: { states: 1, dc: false }, recreational: { states: 0, dc: false } }
		],
		[
			'border states, 2010',
			steps.border2010,
			{ medical: { states: 15, dc: true }, recreational: { states: 0, dc: false } }
		],
		[
			'2012',
			steps.map2012,
			{ medical: { states: 18, dc: true }, recreational: { states: 2, dc: false } }
		],
		[
			'last step',
			steps.map2017,
			{ medical: { states: 30, dc: true }, recreational: { states: 8, dc: true } }
		]
	])('%s: counts generated from the data, DC apart', (_, state, expected) => {
		const m = marks(rows, state);
		expect(m.medical).toEqual(expected.medical);
		expect(m.recreational).toEqual(expected.recreational);
	});

	it('fills each state by the most it allowed by then', () => {
		expect(status(steps.map1996, 'CA')).toBe('medical');
		expect(status(steps.map1996, 'AZ')).toBe('none');
		expect(status(steps.map2012, 'CO')).toBe('recreational');
		expect(status(steps.map2017, 'CA')).toBe('recreational');
		expect(status(steps.map2017, 'TX')).toBe('none');
		expect(status({ through: 2011 }, 'CO')).toBe('medical');
	});

	it('outlines the four border states only when asked', () => {
		expect(
			marks(rows, steps.border2010)
				.border.map((s) => s.abbr)
				.sort()
		).toEqual(['AZ', 'CA', 'NM', 'TX']);
		expect(marks(rows, steps.map2012).border).toEqual([]);
	});

	it('names the states the "29 states" tallies disagreed on, once they are counted', () => {
		expect(marks(rows, steps.map2012).disputed).toEqual([]);
		expect(marks(rows, { through: 2016 }).disputed).toEqual([{ name: 'Louisiana', year: 2016 }]);
		expect(marks(rows, steps.map2017).disputed).toEqual([
			{ name: 'Louisiana', year: 2016 },
			{ name: 'West Virginia', year: 2017 }
		]);
	});

	it('has a shape for every state in the data, and nothing outside the frame', () => {
		const names = new Set(shapes.map((s) => s.name));
		expect(rows.filter((r) => !names.has(r.state)).map((r) => r.state)).toEqual([]);
		for (const shape of shapes) {
			expect(shape.d.length).toBeGreaterThan(10);
			expect(shape.centroid[0]).toBeGreaterThan(VIEW.x);
			expect(shape.centroid[0]).toBeLessThan(VIEW.x + VIEW.width);
		}
	});

	it('has the facts for the summary', () => {
		const facts = summaryFacts(rows)!;
		expect(facts.through).toBe(2017);
		expect(facts.first).toEqual(['California']);
		expect(facts.firstAdultStates).toEqual(['Colorado', 'Washington']);
		expect(summaryFacts([])).toBeUndefined();
	});
});

describe('marijuana-map table and summary', () => {
	const data = { 'marijuana-laws': rows };

	it('lists every state and DC with its years, as text', () => {
		const table = chart.table(data, Object.values(steps), en);
		expect(table.rows).toHaveLength(51);
		expect(table.rows.find((r) => r.state === 'California')).toEqual({
			state: 'California',
			medical_year: '1996',
			recreational_year: '2016',
			border_state: 'yes',
			counting_note: ''
		});
		expect(table.rows.find((r) => r.state === 'Texas')!.medical_year).toBeNull();
	});

	it('writes the summary from the data', () => {
		expect(chart.summary(data, en)).toBe(
			'By 2017, 30 states and DC had enacted medical-marijuana laws, beginning with California in 1996, and 8 states had legalised marijuana for adults, beginning with Colorado and Washington in 2012; DC let adults possess and grow it, with no legal sales.'
		);
	});

	it('says how states are counted', () => {
		const text = en.charts['marijuana-map'];
		expect(text.medical(30, true)).toBe('30 states and DC: medical marijuana legal');
		expect(text.medical(1, false)).toBe('1 state: medical marijuana legal');
		expect(text.disputed(marks(rows, steps.map2017).disputed)).toContain('“29 states”');
	});
});

describe('border labels', () => {
	const outlines = new Outlines(shapes);
	const border = (year: number) => marks(rows, { through: year, highlight: ['border'] }).border;
	const twoLines = (year: number) =>
		border(year).map((s) => ({
			name: s.name,
			lines: [
				s.abbr,
				s.medicalYear !== null && s.medicalYear <= year ? String(s.medicalYear) : 'no law'
			]
		}));
	const oneLine = (year: number) => border(year).map((s) => ({ name: s.name, lines: [s.abbr] }));

	/** Every way the labels are checked: no outline through a label, none over another or a leader. */
	function expectClear(placed: PlacedLabel[]) {
		for (const p of placed) {
			// No state's outline passes through the label, so it sits wholly in one place...
			expect(outlines.hitsBox(p.box), `${p.name}: a border runs through its label`).toBe(false);
			// ...inside its own state, or on blank ground with a leader into its state.
			const under = outlines.stateAt(p.at);
			if (p.leader) {
				expect(under, `${p.name}: its label sits on ${under}`).toBeUndefined();
				expect(insideRings(p.leader[0], outlines.shapes.get(p.name)!)).toBe(true);
				// ...and its leader crosses no other state on the way.
				expect(outlines.crossings(p.leader, p.name), `${p.name}: its leader crosses a state`).toBe(
					0
				);
			} else expect(under).toBe(p.name);
			for (const q of placed) {
				if (q === p) continue;
				const apart =
					p.box.right <= q.box.left ||
					q.box.right <= p.box.left ||
					p.box.bottom <= q.box.top ||
					q.box.bottom <= p.box.top;
				expect(apart, `${p.name} and ${q.name} overlap`).toBe(true);
				if (q.leader) expect(segmentHits(q.leader[0], q.leader[1], p.box)).toBe(false);
			}
		}
	}

	it('start inside their states', () => {
		for (const [name, at] of Object.entries(LABEL_AT))
			expect(insideRings(at, outlines.shapes.get(name)!), name).toBe(true);
	});

	// The maps drawn: the story on phones (174 px with room beside it at 360 × 640; 326 px at
	// 390 × 844), the server's phone map, the gallery (244 px at 360), the handout (about 210 px),
	// desktop (672 px).
	it.each([
		[174, 81],
		[210, 80],
		[244, 29],
		[280, 0],
		[300, 0],
		[326, 20],
		[328, 0],
		[420, 0],
		[513, 115],
		[672, 0],
		[900, 0]
	])('sit clear of every border on a %i px map (%i px beside it)', (width, aside) => {
		for (const year of [1996, 2010]) {
			const labels = border(year).map((s, i) => ({
				name: s.name,
				abbr: s.abbr,
				detail: twoLines(year)[i]!.lines[1]!
			}));
			// As the chart lays them out.
			const layout = borderLayout(labels, outlines, { width, aside });
			expect(layout, `no room for the labels at ${width} px`).toBeDefined();
			expectClear(layout!.placed);
		}
	});

	it('answer "which state is this point in" as the plain even–odd test does', () => {
		// Outlines.inside keeps each row's crossings; insideRings tests every edge. On a grid over
		// the border states and their neighbours (rows shared, as the layout's spots share them),
		// they must agree.
		const fresh = new Outlines(shapes);
		const names = ['California', 'Arizona', 'New Mexico', 'Texas', 'Nevada', 'Oklahoma', 'Utah'];
		const mismatches: string[] = [];
		let inside = 0;
		for (let y = 200; y <= 610; y += 2.3)
			for (let x = -60; x <= 560; x += 2.9)
				for (const name of names) {
					const expected = insideRings([x, y], fresh.shapes.get(name)!);
					if (fresh.inside(name, [x, y]) !== expected) mismatches.push(`${name} ${x},${y}`);
					if (expected) inside++;
				}
		expect(mismatches).toEqual([]);
		expect(inside).toBeGreaterThan(10_000);
	});

	it('on the 360 × 640 story’s 174 px map, label fewer states rather than cross one', () => {
		const labels = border(1996).map((s, i) => ({
			name: s.name,
			abbr: s.abbr,
			detail: twoLines(1996)[i]!.lines[1]!
		}));
		const layout = borderLayout(labels, outlines, { width: 174, aside: 81 })!;
		// Abbreviations only (the line under the map gives the years), and not all four fit.
		expect(layout.compact).toBe(true);
		expect(layout.placed.length).toBeLessThan(4);
		expectClear(layout.placed);
		// On a 326 px phone map and wider, every state keeps its label.
		expect(borderLayout(labels, outlines, { width: 326, aside: 20 })!.placed).toHaveLength(4);
	});

	it('keep both lines, and every leader on blank ground, on a desktop map and a 390 px phone', () => {
		expectClear(placeLabels(twoLines(1996), outlines, { width: 672 })!);
		expectClear(placeLabels(oneLine(2010), outlines, { width: 326, aside: 20 })!);
	});

	it('are laid out alike in one go and in slices, with pauses often enough for a slow phone', () => {
		const labels = border(2010).map((s) => ({ name: s.name, abbr: s.abbr, detail: 'no law' }));
		// Options no other test asks for, so the layout is not remembered from one.
		const options = { width: 333, aside: 7 };
		const key = borderLayoutKey(labels, options);
		expect(rememberedBorderLayout(key).found).toBe(false);
		// Paused after each state's outline and every 16 spots tried: hundreds of pauses, where
		// one go took up to a few hundred ms on a slow phone. (Counted, not timed: timings flake.)
		const steps = borderLayoutSteps(labels, [...shapes], options);
		let pauses = 0;
		let next = steps.next();
		while (!next.done) {
			pauses++;
			next = steps.next();
		}
		expect(pauses).toBeGreaterThan(200);
		expect(next.value?.placed).toHaveLength(4);
		// Remembered once made, and the same as the layout made in one go.
		expect(rememberedBorderLayout(key)).toEqual({ found: true, layout: next.value });
		expect(borderLayout(labels, new Outlines(shapes), options)).toEqual(next.value);
	});

	it('make room for the deck’s larger text', () => {
		const placed =
			placeLabels(twoLines(2010), outlines, { width: 900, textScale: 1.6 }) ??
			placeLabels(oneLine(2010), outlines, { width: 900, textScale: 1.6 });
		expect(placed).toBeDefined();
		expectClear(placed!);
	});
});
