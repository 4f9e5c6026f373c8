import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	year: cell.year,
	/** FY1993 is blank: no figure in the compilation. Do not interpolate; show the gap. */
	average_daily_population: cell.optionalNumber
});

export type DetentionRow = z.output<typeof rowSchema>;
