import { z } from 'zod';
import { defineChart } from '../shared/contract';

const year = z.number().int().min(1969).max(2017);

export const contract = defineChart({
	id: 'timeline',
	datasets: ['timeline'],
	state: z.strictObject({
		range: z
			.tuple([year, year])
			.refine(([from, to]) => from < to, 'the first year must come before the second'),
		lanes: z
			.array(z.enum(['drugs', 'immigration']))
			.min(1)
			.optional(),
		/** Events the step's description names (timeline ids): labelled first where room is short. */
		labels: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional()
	})
});
