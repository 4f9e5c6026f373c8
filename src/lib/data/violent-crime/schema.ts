import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	year: cell.year,
	violent_crime_rate: cell.number,
	murder_rate: cell.number,
	basis: z.enum(['UCR Data Tool estimate', 'CDE estimate'])
});

export type ViolentCrimeRow = z.output<typeof rowSchema>;
