// Where the violent-crime chart's text goes, for a plot of a given size in px. Pure: the server
// lays out for a phone-sized plot, the browser again for the real one.
//
// Each label tries a few positions around its point, best first, and takes the first that is
// free: inside the plot, clear of the drawn line, the gridlines, the 2016 rule, the dots and every
// label already placed. Where no position beside the point is free, the label steps away from it
// a few px at a time, and a long label may break onto two lines.
import { LINE_HEIGHT, textWidth, wrap } from '../shared/text-width';
import {
	Obstacles,
	dotBox,
	labelBox,
	leastCrowded,
	type Anchor,
	type Box,
	type Place,
	type Size
} from '../shared/label-boxes';
import { clipSeries, type Point } from '../shared/series';
import { labelPlaces, NEAR, type ViolentCrimeMarks } from './marks';

/** The chart's LayerCake padding (px): the value labels' gutter and room for the last dot. */
export const PAD_LEFT = 32;
export const PAD_RIGHT = 10;

/** A label for the TextLabels layer. */
export interface PlacedLabel {
	key: string;
	x: number;
	y: number;
	lines: string[];
	anchor: Anchor;
	place: Place;
	/** A vertical step away from the point, in px (TextLabels' `dy`). */
	dy: number;
}

export interface LabelText {
	key: string;
	point: Point;
	text: string;
}

type Try = [Anchor, Place];
/** A value label: over its dot, then under it, then hung to either side. */
const VALUE_TRIES: Try[] = [
	['middle', 'above'],
	['end', 'above'],
	['start', 'above'],
	['middle', 'below'],
	['end', 'below'],
	['start', 'below'],
	['end', 'middle'],
	['start', 'middle']
];
/** The rule's label runs along the rule, under it first. */
const RULE_TRIES: Try[] = [
	['start', 'below'],
	['start', 'above']
];
/** How far (px) a label may step away from its point, tried in order. */
const STEPS = [0, 3, 6, 10, 14, 19, 25, 32];

/**
 * Lays out the value labels (in order), then the 2016 rule's label, which may start anywhere on
 * the rule's first few years. `ruleText` is the rule's label when the step draws the rule.
 * `crowded` names the labels that found no free position (none should, at any plot size).
 */
export function layoutLabels(
	m: ViolentCrimeMarks,
	values: LabelText[],
	ruleText: string | undefined,
	size: Size
): { labels: PlacedLabel[]; crowded: string[] } {
	const [x0, x1] = m.xDomain;
	const yMax = m.yDomain[1];
	const x = (year: number) => ((year - x0) / (x1 - x0)) * size.width;
	const y = (value: number) => (1 - value / yMax) * size.height;
	const obstacles = new Obstacles({
		left: 0,
		right: size.width + PAD_RIGHT,
		top: 0,
		bottom: size.height
	});
	obstacles.addRun(clipSeries(m.series, m.range[0], m.range[1]), x, y);
	for (const tick of m.yTicks) {
		obstacles.segments.push([
			[0, y(tick)],
			[size.width, y(tick)]
		]);
	}
	const level = m.level2016;
	const ruleFrom = level?.lastAsLow ?? x0;
	if (level) {
		obstacles.segments.push([
			[x(ruleFrom), y(level.value)],
			[size.width, y(level.value)]
		]);
	}
	for (const { point } of values) obstacles.boxes.push(dotBox(x(point.year), y(point.value)));

	const placed: PlacedLabel[] = [];
	const crowded: string[] = [];
	const place = (
		key: string,
		points: Point[],
		variants: string[][],
		tries: Try[],
		side?: 'above' | 'below'
	) => {
		const options: PlacedLabel[] = [];
		for (const dy of STEPS) {
			for (const lines of variants) {
				for (const point of points) {
					for (const [anchor, where] of tries) {
						// Above steps up, below steps down, beside the point either way.
						const steps = where === 'above' ? [-dy] : where === 'below' ? [dy] : [-dy, dy];
						for (const step of dy === 0 ? [0] : steps) {
							options.push({
								key,
								x: point.year,
								y: point.value,
								lines,
								anchor,
								place: where,
								dy: step
							});
						}
					}
				}
			}
		}
		// A label with a side keeps to it while any position there is free.
		if (side) options.sort((a, b) => Number(b.place === side) - Number(a.place === side));
		const { option, conflicts } = leastCrowded(options, (o, limit) =>
			obstacles.conflicts(boxOf(o, x, y), limit)
		);
		obstacles.boxes.push(boxOf(option, x, y));
		placed.push(option);
		if (conflicts > 0) crowded.push(key);
	};

	// Of two points a few years apart, the earlier label goes below and the later above, so the
	// labels read in the order of the values; the latest point first: the end of the line is where
	// room is scarcest.
	const sides = labelPlaces(values.map((v) => v.point));
	const order = values.map((v, i) => ({ ...v, side: sides[i] })).reverse();
	for (const { key, point, text, side } of order) {
		const close = values.some(
			(v) => v.point !== point && Math.abs(v.point.year - point.year) < NEAR
		);
		const variants = [[text], wrap(text, textWidth(text) / 2 + 8)];
		// At the end of the drawn line, right of the dot is empty: try there first.
		const tries: Try[] =
			point.year >= m.range[1] ? [['start', 'middle'], ...VALUE_TRIES] : VALUE_TRIES;
		place(key, [point], variants, tries, close ? side : undefined);
	}
	if (level && ruleText) {
		// Start a year or more past where the rule begins: the line crosses the level there.
		const starts = [1, 2, 3, 4, 6, 8, 10, 13].map((k) => ({
			year: ruleFrom + k,
			value: level.value
		}));
		place('rule', starts, [[ruleText], wrap(ruleText, size.width / 2)], RULE_TRIES);
	}
	return { labels: placed, crowded };
}

/** The box (px) a placed label covers. */
export function boxOf(
	label: PlacedLabel,
	x: (year: number) => number,
	y: (value: number) => number
): Box {
	const width = Math.max(...label.lines.map(textWidth));
	const height = label.lines.length * LINE_HEIGHT;
	return labelBox(x(label.x), y(label.y) + label.dy, width, height, label.anchor, label.place);
}
