import { z } from 'zod';

/** What a chart declares to the content reader: its id, the datasets it draws, and the states it accepts. */
export interface ChartSpec<S extends z.ZodObject = z.ZodObject> {
	id: string;
	datasets: string[];
	state: S;
}

export function defineChart<S extends z.ZodObject>(spec: ChartSpec<S>): ChartSpec<S> {
	return spec;
}

/**
 * The state vocabulary shared by every chart drawn against years:
 *   range      [from, to]  the years drawn so far (the axis may show more)
 *   highlight  [years]     points marked with a dot and their value
 *   markers    [ids]       annotations the chart defines (laws, programmes, breaks)
 *   series     [ids]       which of the chart's series are drawn, for charts with several
 */
export function timeState<M extends string, S extends string>(options: {
	min: number;
	max: number;
	markers?: readonly [M, ...M[]];
	series?: readonly [S, ...S[]];
}) {
	const year = z.number().int().min(options.min).max(options.max);
	return z.strictObject({
		range: z
			.tuple([year, year])
			.refine(([from, to]) => from < to, 'the first year must come before the second'),
		highlight: z.array(year).optional(),
		markers: options.markers ? z.array(z.enum(options.markers)).optional() : z.never().optional(),
		series: options.series
			? z.array(z.enum(options.series)).min(1).optional()
			: z.never().optional()
	});
}

export type TimeState = {
	range: [number, number];
	highlight?: number[];
	markers?: string[];
	series?: string[];
};
