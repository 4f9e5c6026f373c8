import { z } from 'zod';
import { cell } from '../parse';

export const rowSchema = z.object({
	year: cell.year,
	drug_offenders: cell.number,
	total_prisoners: cell.number,
	drug_share_pct: cell.number,
	immigration_offenders: cell.optionalNumber,
	/** Count date and which sentences are included: the snapshots are not all on the same basis. */
	basis: z.enum([
		'Dec 31, all sentences',
		'Sep 30, all sentences',
		'Sep 30, sentence >1 yr',
		'Sep 30, sentence 1 yr or more'
	]),
	report: cell.text,
	/** True for 2018, which falls after the story's August 2017 date: charts may omit it. */
	after_story_date: z.stringbool()
});

export type FederalDrugShareRow = z.output<typeof rowSchema>;
