import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	year: cell.year,
	immigration_prison_sentences: cell.number,
	all_prison_sentences: cell.number,
	share_pct: cell.number
});

export type ImmigrationSentenceShareRow = z.output<typeof rowSchema>;
