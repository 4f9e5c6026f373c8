import { z } from 'zod';
import { cell } from '../parse';

/** ISO 8601 date as precise as the source allows: 2017, 2017-07 or 2017-07-28. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not an ISO date');

export const rowSchema = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** The row number in TIMELINE.md (1–44). */
	number: z.coerce.number().int().min(1),
	date: isoDate,
	/** Blank unless the event spans a period. */
	end_date: z.union([z.literal(''), isoDate]),
	/** How precise `date` is; 'decades' means date..end_date is only a rough span. */
	date_precision: z.enum(['day', 'month', 'year', 'decades']),
	year: cell.year,
	lane: z.enum(['drugs', 'immigration']),
	/** True where the event ties drug-war (criminal) enforcement to immigration consequences. */
	bridge: z.stringbool(),
	label: z.string().min(1),
	/** True where TIMELINE.md marks the event's date (day or month) as unverified. */
	unverified: z.stringbool(),
	source_url: z.url()
});

export type TimelineRow = z.output<typeof rowSchema>;
