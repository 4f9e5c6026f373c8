import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	year: cell.year,
	apprehensions: cell.number
});

export type ApprehensionsRow = z.output<typeof rowSchema>;
