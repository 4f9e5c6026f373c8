// Where the prosecutions chart's text goes, for a plot of a given size in px: each label tries a
// few positions around its point and takes the first that stays inside the plot and clear of the
// lines, the dots and the labels already placed. Pure: the server lays out for a phone-sized plot,
// the browser again for the real one.
import type { Point } from '../shared/series';
import { LINE_HEIGHT, textWidth } from '../shared/text-width';
import {
	DEFAULT_SIZE,
	GAP,
	Obstacles,
	dotBox,
	labelBox,
	overlaps,
	type Box,
	type Place,
	type Size
} from '../shared/label-boxes';
import type { Anchor, DrawnSeries, Gap, Panel, SeriesId } from './marks';

/** A label ready for the TextLabels layer: data coordinates and the side of the point it sits on. */
export interface PlacedLabel {
	key: string;
	x: number;
	y: number;
	lines: string[];
	anchor: Anchor;
	place: Place;
	tone: 'immigration' | 'context' | 'muted' | 'ink';
	/** A vertical nudge in px, to slip a name between its neighbours. */
	dy: number;
	/** Whether a free position was found; false means it was put in its first choice regardless. */
	clear: boolean;
	/**
	 * Drawn on a paper-coloured ground, so that a band it sits on gives way: a value label that
	 * has no room off a "no data" band (FY1996 and FY2016 sit beside one) still reads as its dot's.
	 */
	backed?: boolean;
}

interface Scales {
	x: (year: number) => number;
	y: (value: number) => number;
	size: Size;
}

type Try = [Anchor, Place, number];

interface Request {
	key: string;
	point: Point;
	lines: string[];
	tone: PlacedLabel['tone'];
	/** Positions to try, best first: anchor, place, and a vertical nudge in px. */
	tries: Try[];
}

/** The first of several requests that finds a free position, or nothing. */
function placeFirst(
	requests: Request[],
	scales: Scales,
	obstacles: Obstacles
): PlacedLabel | undefined {
	for (const request of requests) {
		const label = place(request, scales, obstacles, false);
		if (label) return label;
	}
	return undefined;
}

function place(request: Request, scales: Scales, obstacles: Obstacles): PlacedLabel;
function place(
	request: Request,
	scales: Scales,
	obstacles: Obstacles,
	fallback: false,
	avoid?: Box[]
): PlacedLabel | undefined;
/** `avoid`: more boxes this label must keep clear of (a "no data" band), beyond the obstacles. */
function place(
	request: Request,
	scales: Scales,
	obstacles: Obstacles,
	fallback = true,
	avoid: Box[] = []
): PlacedLabel | undefined {
	const width = Math.max(...request.lines.map(textWidth));
	const height = request.lines.length * LINE_HEIGHT;
	const px = scales.x(request.point.year);
	const py = scales.y(request.point.value);
	let chosen: Try | undefined;
	let box: Box | undefined;
	for (const attempt of request.tries) {
		const [anchor, where, dy] = attempt;
		const candidate = labelBox(px, py + dy, width, height, anchor, where);
		if (obstacles.free(candidate) && !avoid.some((box) => overlaps(box, candidate))) {
			chosen = attempt;
			box = candidate;
			break;
		}
	}
	const clear = chosen !== undefined;
	if (!clear && !fallback) return undefined;
	chosen ??= request.tries[0]!;
	box ??= labelBox(px, py + chosen[2], width, height, chosen[0], chosen[1]);
	obstacles.boxes.push(box);
	return {
		key: request.key,
		x: request.point.year,
		y: request.point.value,
		lines: request.lines,
		anchor: chosen[0],
		place: chosen[1],
		dy: chosen[2],
		tone: request.tone,
		clear
	};
}

/**
 * Beside the dot first; then, where lines and names crowd it (two lines starting close together on
 * a phone), a little further above or below it, before giving up and overlapping.
 */
const VALUE_TRIES: Try[] = [
	['middle', 'above', 0],
	['end', 'above', 0],
	['start', 'above', 0],
	['middle', 'below', 0],
	['end', 'below', 0],
	['start', 'below', 0],
	['start', 'middle', 0],
	['end', 'middle', 0],
	...[6, 12, 18, 24].flatMap((d): Try[] => [
		['middle', 'above', -d],
		['start', 'above', -d],
		['end', 'above', -d],
		['middle', 'below', d],
		['start', 'below', d],
		['end', 'below', d]
	])
];
/**
 * Where nothing near the dot is free (the last year on a phone, hemmed in by its own line, the
 * plot's edge and the "no data" band): further above or below the line.
 */
const FAR_TRIES: Try[] = [30, 36, 42, 48, 56].flatMap((d): Try[] => [
	['end', 'above', -d],
	['end', 'below', d],
	['middle', 'above', -d],
	['middle', 'below', d],
	['start', 'above', -d],
	['start', 'below', d]
]);
/** Left of where the line starts, nudged up or down by up to 40 px; then above or below it. */
const NAME_TRIES: Try[] = [
	...[0, -5, 5, -10, 10, -15, 15, -20, 20, -25, 25, -30, 30, -35, 35, -40, 40].map((dy): Try => [
		'end',
		'middle',
		dy
	]),
	['end', 'above', 0],
	['end', 'below', 0],
	['start', 'above', 0],
	['start', 'below', 0]
];

export interface PanelTexts {
	value: (series: SeriesId, point: Point, withYear: boolean) => string;
	name?: (series: SeriesId) => string[];
	gap?: (gap: Gap) => string[];
	marker?: { year: number; label: string };
}

/**
 * Lays out one panel's labels: the "no data" notes over gaps first, then the series names (left of
 * where each line starts, where the chart is empty), then the highlighted values around their dots.
 */
export function layoutPanel(
	panel: Panel & { labels?: { series: SeriesId; year: number; value: number }[]; gaps?: Gap[] },
	xDomain: [number, number],
	rangeEnd: number,
	texts: PanelTexts,
	size: Size = DEFAULT_SIZE
): PlacedLabel[] {
	const [x0, x1] = xDomain;
	const [, yMax] = panel.yDomain;
	const scales: Scales = {
		x: (year) => ((year - x0) / (x1 - x0)) * size.width,
		y: (value) => size.height - (value / yMax) * size.height,
		size
	};
	const obstacles = new Obstacles({ left: 0, right: size.width, top: 0, bottom: size.height });
	for (const series of panel.series) addSeries(series, rangeEnd, scales, obstacles);
	for (const h of panel.highlights) {
		obstacles.boxes.push(dotBox(scales.x(h.year), scales.y(h.value)));
	}
	const placed: PlacedLabel[] = [];
	if (texts.name && panel.labels?.length) {
		const requests = panel.labels.map((label): Request => ({
			key: `name-${label.series}`,
			point: label,
			lines: texts.name!(label.series),
			tone: 'immigration',
			tries: NAME_TRIES
		}));
		placed.push(...placeNames(requests, scales, obstacles));
	}
	// The "no data" bands, for the values to keep clear of where they can.
	const bands = (panel.gaps ?? []).map((gap) => ({
		left: scales.x(gap.from - 0.5),
		right: scales.x(gap.to + 0.5),
		top: 0,
		bottom: size.height
	}));
	const placeValues = (highlights: typeof panel.highlights, avoid: Box[]) =>
		highlights.map((h) => {
			const request: Request = {
				key: `value-${h.series}-${h.year}`,
				point: h,
				lines: [texts.value(h.series, h, h.withYear)],
				tone: 'ink',
				tries: VALUE_TRIES
			};
			// Clear of the bands; else over a band but clear of everything else; else further
			// from the dot, above or below the line.
			return (
				(avoid.length ? place(request, scales, obstacles, false, avoid) : undefined) ??
				placeFirst([request, { ...request, tries: FAR_TRIES }], scales, obstacles) ??
				place(request, scales, obstacles)
			);
		});
	// Keeping one value off a band may take the place another needed: then try them the other way
	// round, and failing that let none keep off the bands.
	const placedSoFar = obstacles.boxes.length;
	const attempts: [typeof panel.highlights, Box[]][] = [
		[panel.highlights, bands],
		[[...panel.highlights].reverse(), bands],
		[panel.highlights, []]
	];
	let values: PlacedLabel[] = [];
	for (const [highlights, avoid] of attempts) {
		obstacles.boxes.length = placedSoFar;
		values = placeValues(highlights, avoid);
		if (values.every((l) => l.clear)) break;
	}
	// A value that could not keep off a band covers it instead: the band gives way under it.
	const onBand = (l: PlacedLabel) => {
		const box = labelBox(
			scales.x(l.x),
			scales.y(l.y) + l.dy,
			Math.max(...l.lines.map(textWidth)),
			l.lines.length * LINE_HEIGHT,
			l.anchor,
			l.place
		);
		return bands.some((band) => overlaps(band, box));
	};
	placed.push(...values.map((l) => (onBand(l) ? { ...l, backed: true } : l)));
	if (texts.marker) {
		// Beside the marker's line, at the top or failing that the bottom; on one line or two.
		const { year, label } = texts.marker;
		const words = label.split(' ');
		const wrapped = [
			words.slice(0, Math.ceil(words.length / 2)).join(' '),
			words.slice(Math.ceil(words.length / 2)).join(' ')
		].filter(Boolean);
		const marker = placeFirst(
			[[label], wrapped].map((lines): Request => {
				const half = (lines.length * LINE_HEIGHT) / 2;
				return {
					key: `marker-${year}`,
					point: { year, value: yMax },
					lines,
					tone: 'immigration',
					tries: [
						['start', 'middle', half],
						['end', 'middle', half],
						['start', 'middle', size.height - half],
						['end', 'middle', size.height - half]
					]
				};
			}),
			scales,
			obstacles
		);
		if (marker) placed.push(marker);
	}
	for (const gap of panel.gaps ?? []) {
		if (!texts.gap) break;
		// Over the band, at its top or its bottom; left out rather than drawn over other text.
		const lines = texts.gap(gap);
		const height = lines.length * LINE_HEIGHT;
		const note = placeFirst(
			[
				{
					key: `gap-${gap.from}`,
					point: { year: (gap.from + gap.to) / 2, value: yMax },
					lines,
					tone: 'muted',
					tries: [
						['middle', 'middle', GAP + height / 2],
						['middle', 'middle', size.height - GAP - height / 2]
					]
				}
			],
			scales,
			obstacles
		);
		if (note) placed.push(note);
	}
	return placed;
}

/**
 * Series names sit left of where their lines start. Lines that start close together would push
 * their names onto each other, so names at the same year are first spread apart as a column
 * (nearest their own lines, inside the plot); any that still collide are placed one by one.
 */
function placeNames(requests: Request[], scales: Scales, obstacles: Obstacles): PlacedLabel[] {
	const column = dodge(
		requests.map((r) => ({
			y: scales.y(r.point.value),
			height: r.lines.length * LINE_HEIGHT
		})),
		scales.size.height
	);
	const boxes = requests.map((r, i) =>
		labelBox(
			scales.x(r.point.year),
			column[i]!,
			Math.max(...r.lines.map(textWidth)),
			r.lines.length * LINE_HEIGHT,
			'end',
			'middle'
		)
	);
	const sameYear = requests.every((r) => r.point.year === requests[0]!.point.year);
	if (sameYear && boxes.every((box) => obstacles.free(box))) {
		obstacles.boxes.push(...boxes);
		return requests.map((r, i) => ({
			key: r.key,
			x: r.point.year,
			y: r.point.value,
			lines: r.lines,
			anchor: 'end',
			place: 'middle',
			dy: column[i]! - scales.y(r.point.value),
			tone: r.tone,
			clear: true
		}));
	}
	return requests.map((r) => place(r, scales, obstacles));
}

/** Centres (px) for labels wanted at `y`, moved apart just enough not to overlap, inside [0, height]. */
export function dodge(items: { y: number; height: number }[], height: number, gap = 2): number[] {
	const order = items.map((_, i) => i).sort((a, b) => items[a]!.y - items[b]!.y);
	const centre = items.map((item) => item.y);
	// Push down from the top, then back up from the bottom edge.
	for (let k = 1; k < order.length; k++) {
		const above = order[k - 1]!;
		const here = order[k]!;
		const min = centre[above]! + (items[above]!.height + items[here]!.height) / 2 + gap;
		centre[here] = Math.max(centre[here]!, min);
	}
	for (let k = order.length - 1; k >= 0; k--) {
		const here = order[k]!;
		const below = order[k + 1];
		const max =
			below === undefined
				? height - items[here]!.height / 2
				: centre[below]! - (items[below]!.height + items[here]!.height) / 2 - gap;
		centre[here] = Math.min(centre[here]!, max);
	}
	const first = order[0];
	if (first !== undefined) {
		const shift = items[first]!.height / 2 - centre[first]!;
		if (shift > 0) for (const i of order) centre[i] = centre[i]! + shift;
	}
	return centre;
}

function addSeries(series: DrawnSeries, rangeEnd: number, scales: Scales, obstacles: Obstacles) {
	for (const run of series.runs) {
		const drawn = run.filter((p) => p.year <= rangeEnd);
		obstacles.addRun(drawn, scales.x, scales.y);
		const first = drawn[0];
		if (drawn.length === 1 && first) addDot(first, scales, obstacles);
	}
	for (const single of series.singles.filter((p) => p.year <= rangeEnd))
		addDot(single, scales, obstacles);
}

function addDot(point: Point, scales: Scales, obstacles: Obstacles) {
	obstacles.boxes.push(dotBox(scales.x(point.year), scales.y(point.value)));
}
