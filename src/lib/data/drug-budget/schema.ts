import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	year: cell.year,
	total: cell.number,
	demand_reduction: cell.optionalNumber,
	supply_reduction: cell.optionalNumber,
	/** ONDCP budget methodology: charts must break the line between the two. */
	method: z.enum(['pre-2003', '2003-on'])
});

export type DrugBudgetRow = z.output<typeof rowSchema>;
