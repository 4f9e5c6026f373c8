import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	year: cell.year,
	removals: cell.number,
	/** Blank before FY1927, when the table starts recording returns. */
	returns: cell.optionalNumber
});

export type RemovalsRow = z.output<typeof rowSchema>;
