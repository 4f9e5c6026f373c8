// Pure helpers for charts drawn against years.

export interface Point {
	year: number;
	value: number;
}

/** The points inside [from, to], plus an interpolated end point so a growing line ends smoothly. */
export function clipSeries(points: Point[], from: number, to: number): Point[] {
	const inside = points.filter((p) => p.year >= from && p.year <= to);
	const last = inside.at(-1);
	const next = points.find((p) => p.year > to);
	if (last && next && last.year < to) {
		const t = (to - last.year) / (next.year - last.year);
		inside.push({ year: to, value: last.value + t * (next.value - last.value) });
	}
	return inside;
}

/** Splits a series wherever consecutive years are missing, so gaps are drawn as gaps. */
export function splitAtGaps(points: Point[], step = 1): Point[][] {
	const runs: Point[][] = [];
	for (const point of points) {
		const run = runs.at(-1);
		const previous = run?.at(-1);
		if (run && previous && point.year - previous.year <= step) run.push(point);
		else runs.push([point]);
	}
	return runs;
}

/** The highlighted points that exist in the data and lie within the range drawn. */
export function highlighted(points: Point[], years: number[] = [], [from, to]: [number, number]) {
	return years
		.filter((year) => year >= from && year <= to)
		.map((year) => points.find((p) => p.year === year))
		.filter((p): p is Point => p !== undefined);
}

/** A round upper bound for a value axis: 758 → 800, 1,615,487 → 2,000,000. */
export function niceMax(value: number): number {
	if (value <= 0) return 1;
	const magnitude = 10 ** Math.floor(Math.log10(value));
	const steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
	return magnitude * steps.find((s) => s * magnitude >= value)!;
}

/** Evenly spaced ticks from 0 to max, inclusive. */
export function valueTicks(max: number, count = 4): number[] {
	return Array.from({ length: count + 1 }, (_, i) => (max / count) * i);
}

/** Decade ticks (or every `every` years) inside [from, to]. */
export function yearTicks(from: number, to: number, every = 10): number[] {
	const ticks: number[] = [];
	for (let year = Math.ceil(from / every) * every; year <= to; year += every) ticks.push(year);
	return ticks;
}

/**
 * What a panel last showed: `current()` while it gives one, else the last it gave (else
 * `before()`). A panel folding away keeps its drawing while it goes instead of redrawing it.
 */
export function lastShown<T>(current: () => T | undefined, before: () => T): () => T {
	let last: T | undefined;
	return () => (last = current() ?? last ?? before());
}
