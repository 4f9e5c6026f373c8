import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	year: cell.year,
	/** Blank from 2010: the compiled file only has total (not sentenced) counts for those years. */
	sentenced_prisoners: cell.optionalNumber,
	imprisonment_rate: cell.number
});

export type PrisonersRow = z.output<typeof rowSchema>;
