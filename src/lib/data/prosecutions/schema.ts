import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	year: cell.year,
	all_immigration: cell.number,
	/** Lead charge 8 U.S.C. §1325; FY2004–2013 and FY2015 only. */
	illegal_entry: cell.optionalNumber,
	/** Lead charge 8 U.S.C. §1326; FY2004–2013 only. */
	illegal_reentry: cell.optionalNumber,
	/** The TRAC page(s) each figure was typed from. */
	source_page: cell.text
});

export type ProsecutionsRow = z.output<typeof rowSchema>;
