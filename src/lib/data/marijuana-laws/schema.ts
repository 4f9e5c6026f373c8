import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	state: cell.text,
	abbr: z.string().regex(/^[A-Z]{2}$/),
	/** Year the comprehensive medical law was enacted; blank if none through 2017. */
	medical_year: cell.optionalNumber,
	medical_how: cell.text,
	/** Year adult-use (recreational) marijuana was enacted; blank if none through 2017. */
	recreational_year: cell.optionalNumber,
	recreational_how: cell.text,
	/** Arizona, California, New Mexico and Texas border Mexico. */
	border_state: z.stringbool(),
	/** Whether the state is in the "29 states" medical-marijuana tallies of mid-2017. */
	counted_in_29: z.enum(['yes', 'no', 'disputed', 'not a state']),
	counting_note: cell.text,
	note: cell.text
});

export type MarijuanaLawsRow = z.output<typeof rowSchema>;
