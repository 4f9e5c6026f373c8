import type { DrugBudgetRow } from '$lib/data/drug-budget/schema';
import type { TimeState } from '../shared/contract';
import { highlighted, niceMax, splitAtGaps, valueTicks, type Point } from '../shared/series';

/** The years the contract accepts; the file runs to FY2017. */
export const YEARS: [number, number] = [1995, 2017];
/**
 * FY2017 (October 2016 to September 2017) was not complete at the story's date, August 2017:
 * the axis ends at FY2016 unless a step asks for FY2017, and the summary stops there too.
 */
export const LAST_COMPLETE_FY = 2016;

/**
 * Fiscal-year ticks on both ends of the axis (so the end labels sit flush), at the first year of
 * the new accounting, and half-way from there to the end: spaced for "FY2003" labels on a phone.
 */
export function xTicks([from, to]: [number, number]): number[] {
	return [from, 2003, Math.floor((2003 + to) / 2), to];
}

export type Method = DrugBudgetRow['method'];
export type LabelPlace = 'above' | 'below' | 'left' | 'right';
export type LabelAlign = 'start' | 'center' | 'end';

export interface BudgetPoint extends Point {
	method: Method;
	supply: number | null;
	demand: number | null;
}

export interface Segment {
	method: Method;
	/** The whole segment; the component clips it to the range drawn (tweened). */
	points: Point[];
}

export interface LabelledPoint extends Point {
	place: LabelPlace;
	align?: LabelAlign;
	/** Supply- and demand-reduction amounts, given when the step highlights this year alone. */
	split?: { supply: number; demand: number };
}

export interface DrugBudgetMarks {
	xDomain: [number, number];
	yDomain: [number, number];
	xTicks: number[];
	yTicks: number[];
	range: [number, number];
	/** One segment per accounting method (and per run of years): never joined across the break. */
	segments: Segment[];
	highlights: LabelledPoint[];
	/** The accounting break, between the last year of one method and the first of the next. */
	breaks: { id: 'method-2003'; year: number }[];
}

export function budgetPoints(rows: DrugBudgetRow[]): BudgetPoint[] {
	return rows
		.filter((r) => r.year >= YEARS[0] && r.year <= YEARS[1])
		.sort((a, b) => a.year - b.year)
		.map((r) => ({
			year: r.year,
			value: r.total,
			method: r.method,
			supply: r.supply_reduction,
			demand: r.demand_reduction
		}));
}

/** Runs of consecutive years under one method. */
export function segmentsOf(points: BudgetPoint[]): Segment[] {
	const segments: Segment[] = [];
	for (const method of [...new Set(points.map((p) => p.method))]) {
		const own = points
			.filter((p) => p.method === method)
			.map(({ year, value }) => ({ year, value }));
		for (const run of splitAtGaps(own)) segments.push({ method, points: run });
	}
	return segments.sort((a, b) => a.points[0]!.year - b.points[0]!.year);
}

/**
 * Where a highlighted point's label goes. The end of the drawn line: to the right, where nothing
 * is drawn yet (in the last fifth of the axis it hangs left instead: above the line if the line
 * rose into the point, below if it fell). The last year before a
 * break: above and hanging left, away from the break. Elsewhere: below where the next years of
 * its segment are higher, above where they are lower.
 */
export function placeLabel(
	point: Point,
	segment: Point[],
	end: number,
	[xMin, xMax]: [number, number]
): { place: LabelPlace; align?: LabelAlign } {
	if (point.year >= end) {
		if ((xMax - point.year) / (xMax - xMin) > 0.2) return { place: 'right' };
		const before = segment.filter((p) => p.year < point.year).slice(-3);
		const mean = before.reduce((sum, p) => sum + p.value, 0) / Math.max(1, before.length);
		return before.length > 0 && mean > point.value
			? { place: 'below', align: 'end' }
			: { place: 'above', align: 'end' };
	}
	const next = segment.filter((p) => p.year > point.year && p.year <= end).slice(0, 3);
	if (next.length === 0) return { place: 'above', align: 'end' };
	const mean = next.reduce((sum, p) => sum + p.value, 0) / next.length;
	return mean >= point.value ? { place: 'below', align: 'start' } : { place: 'above' };
}

/** What the drug-budget chart draws for a step: a pure function of (rows, state). */
export function marks(rows: DrugBudgetRow[], state: TimeState): DrugBudgetMarks {
	const points = budgetPoints(rows);
	const segments = segmentsOf(points);
	const [, to] = state.range;
	const xDomain: [number, number] = [YEARS[0], Math.max(LAST_COMPLETE_FY, to)];
	// Head room over the highest value, for a three-line label above the last year.
	const max = niceMax(1.3 * Math.max(0, ...points.map((p) => p.value)));
	const years = highlighted(points, state.highlight, state.range);
	const highlights = years.map((p) => {
		const full = points.find((q) => q.year === p.year)!;
		const segment = segments.find((s) => s.points.some((q) => q.year === p.year))!.points;
		const split =
			years.length === 1 && full.supply !== null && full.demand !== null
				? { split: { supply: full.supply, demand: full.demand } }
				: {};
		return { year: p.year, value: p.value, ...placeLabel(p, segment, to, xDomain), ...split };
	});
	const firstAfter = points.find((p) => p.method === '2003-on');
	const breaks =
		state.markers?.includes('method-2003') && firstAfter
			? [{ id: 'method-2003' as const, year: firstAfter.year - 0.5 }]
			: [];
	return {
		xDomain,
		yDomain: [0, max],
		xTicks: xTicks(xDomain),
		yTicks: valueTicks(max),
		range: state.range,
		segments,
		highlights,
		breaks
	};
}

/**
 * The facts the generated one-sentence summary is made from: each method's first and last year,
 * up to the last fiscal year complete at the story's date.
 */
export function summaryFacts(rows: DrugBudgetRow[]) {
	const points = budgetPoints(rows).filter((p) => p.year <= LAST_COMPLETE_FY);
	const span = (method: Method) => {
		const own = points.filter((p) => p.method === method);
		const first = own[0];
		const last = own.at(-1);
		return first && last ? { first, last } : undefined;
	};
	const before = span('pre-2003');
	const after = span('2003-on');
	return before && after ? { before, after } : undefined;
}
