// Issue #4: in the fiscal-year charts (removals, detention, apprehensions) no text may cross a
// marker rule, a callout leader or other text, at any step of the story, on any plot size the
// story uses. The geometry is rebuilt here from the layout's output, as the layers draw it, so
// the count does not trust the layout's own bookkeeping.
import { describe, expect, it } from 'vitest';
import type { ApprehensionsRow } from '$lib/data/apprehensions/schema';
import type { DetentionRow } from '$lib/data/detention/schema';
import type { RemovalsRow } from '$lib/data/removals/schema';
import { storyPageData } from '$lib/story-data';
import { en } from '$lib/strings/en';
import type { TimeState } from '../shared/contract';
import { GAP, labelBox, overlaps, segmentHits, type Box, type Size } from '../shared/label-boxes';
import { LINE_HEIGHT, textWidth } from '../shared/text-width';
import { marks as apprehensionsMarks } from '../apprehensions/marks';
import { marks as detentionMarks } from '../detention/marks';
import { fySeriesLayout } from './fy-series';
import { labelLayout } from './labels';
import { ROW, markerBox, ruleTop, type Layout } from './layout';
import { marks as removalsMarks } from './marks';

const LEADER_PAD = 5.6; // Callouts: 0.35rem between leader and label

/** The sizes the issue names, the server's layout, and the plots the story draws (see below). */
const COMMON: Size[] = [
	{ width: 288, height: 188 },
	{ width: 330, height: 300 },
	{ width: 700, height: 400 },
	{ width: 320, height: 300 }
];
/**
 * The plot (the .cake box less the left padding and the 6 px right padding) measured in Chromium
 * on the built story at 360×640, 360×800, 390×844 and 1440×900, and in the dev gallery at 360,
 * 390 and 1440 px.
 */
const MEASURED: Record<string, Size[]> = {
	removals: [
		{ width: 290, height: 192 },
		{ width: 290, height: 242 },
		{ width: 320, height: 265 },
		{ width: 626, height: 449 },
		{ width: 256, height: 212 },
		{ width: 256, height: 195 },
		{ width: 286, height: 212 },
		{ width: 381, height: 234 }
	],
	detention: [
		{ width: 298, height: 192 },
		{ width: 298, height: 208 },
		{ width: 328, height: 248 },
		{ width: 634, height: 432 },
		{ width: 264, height: 200 },
		{ width: 294, height: 200 },
		{ width: 389, height: 255 }
	],
	apprehensions: [
		{ width: 290, height: 192 },
		{ width: 290, height: 242 },
		{ width: 320, height: 265 },
		{ width: 626, height: 449 },
		{ width: 256, height: 217 },
		{ width: 286, height: 234 },
		{ width: 381, height: 250 }
	]
};

type Segment = [[number, number], [number, number]];
interface Drawn {
	texts: { key: string; box: Box }[];
	rules: { key: string; segment: Segment }[];
}

interface Geometry {
	xDomain: [number, number];
	yDomain: [number, number];
	markers: { id: string; x: number }[];
}

/** What the layers draw for a layout: every text box and every rule or leader, in px. */
function drawn(m: Geometry, placed: Layout, size: Size): Drawn {
	const [x0, x1] = m.xDomain;
	const [y0, y1] = m.yDomain;
	const sx = (year: number) => ((year - x0) / (x1 - x0)) * size.width;
	const sy = (value: number) => size.height - ((value - y0) / (y1 - y0)) * size.height;
	const texts: Drawn['texts'] = [];
	const rules: Drawn['rules'] = [];
	for (const l of placed.labels) {
		const width = Math.max(...l.lines.map(textWidth));
		const box = labelBox(sx(l.x), sy(l.y), width, l.lines.length * LINE_HEIGHT, l.anchor, l.place);
		texts.push({ key: l.key, box });
	}
	for (const c of placed.callouts) {
		const [px, py] = [sx(c.x), sy(c.to)];
		const width = Math.max(...c.lines.map(textWidth));
		const left = c.side === 'left' ? px - LEADER_PAD - width : px + LEADER_PAD;
		const top = c.row * ROW;
		const bottom = top + c.lines.length * LINE_HEIGHT;
		texts.push({ key: c.key, box: { left, right: left + width, top, bottom } });
		rules.push({
			key: c.key,
			segment: [
				[px, bottom],
				[px, py - GAP]
			]
		});
	}
	for (const mk of m.markers) {
		const px = sx(mk.x);
		const row = placed.markerRows[mk.id] ?? 0;
		const lines = placed.markerLabels[mk.id] ?? [];
		if (lines.length)
			texts.push({ key: mk.id, box: markerBox(px, lines, row, placed.markerSides[mk.id]!) });
		rules.push({
			key: mk.id,
			segment: [
				[px, ruleTop(row)],
				[px, size.height]
			]
		});
	}
	return { texts, rules };
}

/** Text crossed by another's rule or leader, and pairs of texts that overlap. */
function crossings({ texts, rules }: Drawn): string[] {
	const found: string[] = [];
	for (const t of texts) {
		for (const r of rules) {
			if (r.key !== t.key && segmentHits(r.segment[0], r.segment[1], t.box))
				found.push(`rule ${r.key} × ${t.key}`);
		}
	}
	texts.forEach((a, i) =>
		texts.slice(i + 1).forEach((b) => {
			if (overlaps(a.box, b.box)) found.push(`${a.key} × ${b.key}`);
		})
	);
	return found;
}

const page = storyPageData('en');
const steps = (chart: string) =>
	page.story.chapters.flatMap((c) =>
		c.blocks.flatMap((b) =>
			b.kind === 'scroll' && b.chart === chart
				? b.steps.map((s) => ({ id: s.id, state: s.state as TimeState }))
				: []
		)
	);

const charts = {
	removals: (state: TimeState, size: Size) => {
		const m = removalsMarks(page.data.removals as RemovalsRow[], state);
		return {
			m,
			placed: labelLayout(m, en.charts.removals, size),
			names: en.charts.removals.markers
		};
	},
	detention: (state: TimeState, size: Size) => {
		const m = detentionMarks(page.data.detention as DetentionRow[], state);
		return {
			m,
			placed: fySeriesLayout(m, en.charts.detention, size),
			names: en.charts.detention.markers
		};
	},
	apprehensions: (state: TimeState, size: Size) => {
		const m = apprehensionsMarks(page.data.apprehensions as ApprehensionsRow[], state);
		return {
			m,
			placed: fySeriesLayout(m, en.charts.apprehensions, size),
			names: en.charts.apprehensions.markers
		};
	}
};

describe('no text crosses a rule or other text', () => {
	const cases = Object.entries(charts).flatMap(([chart, run]) =>
		steps(chart).flatMap((step) =>
			[...COMMON, ...MEASURED[chart]!].map((size) => ({
				chart,
				step: step.id,
				state: step.state,
				size,
				run,
				name: `${step.id} at ${size.width}×${size.height}`
			}))
		)
	);

	it('covers every step of the three charts', () => {
		expect(new Set(cases.map((c) => c.step)).size).toBe(9);
	});

	it.each(cases)('$name', ({ state, size, run }) => {
		const { m, placed } = run(state, size);
		expect(crossings(drawn(m, placed, size))).toEqual([]);
		// A marker label gives way rather than crowd. A value label may lie on the data line (never
		// on text or a rule) only on the smallest plots, where close years leave no free place:
		// FY1996 and FY1997, 2.3 px apart at 290 px.
		const markers = placed.crowded.filter((key) => !key.startsWith('value-'));
		expect(size.width < 300 ? markers : placed.crowded).toEqual([]);
	});

	it.each([
		{ width: 626, height: 449 },
		{ width: 700, height: 400 }
	])('keeps every marker label whole on a $width×$height plot', (size) => {
		for (const [chart, run] of Object.entries(charts)) {
			for (const step of steps(chart)) {
				const { m, placed, names } = run(step.state, size);
				const full = m.markers.map((mk) => [(names as Record<string, string>)[mk.id]]);
				expect(
					m.markers.map((mk) => placed.markerLabels[mk.id]),
					step.id
				).toEqual(full);
			}
		}
	});
});
