import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	year: cell.year,
	drug_arrests: cell.number,
	/** FBI estimate by drug type: 2010–2015 only (blank otherwise, including 2016). */
	marijuana_possession: cell.optionalNumber,
	marijuana_possession_share_pct: cell.optionalNumber
});

export type DrugArrestsRow = z.output<typeof rowSchema>;
