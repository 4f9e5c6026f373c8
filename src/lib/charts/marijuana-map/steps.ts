import { z } from 'zod';
import { defineChart } from '../shared/contract';

export const contract = defineChart({
	id: 'marijuana-map',
	datasets: ['marijuana-laws', 'us-states'],
	state: z.strictObject({
		/** Laws enacted up to and including this year are drawn. */
		through: z.number().int().min(1996).max(2017),
		highlight: z.array(z.enum(['border'])).optional()
	})
});
