import { z } from 'zod';

/** Where a dataset comes from: every chart prints this, and /about/ lists it. */
export const datasetSourceSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/),
	title: z.string().min(1),
	publisher: z.string().min(1),
	table: z.string().min(1),
	url: z.url(),
	edition: z.string().optional(),
	years: z.string().min(1),
	yearType: z.enum(['calendar', 'fiscal', 'mixed', 'none']),
	units: z.string().min(1),
	caveats: z.array(z.string().min(1)),
	carrier: z.string().min(1),
	credit: z.string().min(1),
	derivedBy: z.string().min(1)
});

export type DatasetSource = z.infer<typeof datasetSourceSchema>;
