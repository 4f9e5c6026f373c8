import { defineChart, timeState } from '../shared/contract';

export const contract = defineChart({
	id: 'removals',
	datasets: ['removals'],
	state: timeState({
		min: 1892,
		max: 2016,
		markers: ['aggravated-felony-1988', 'iirira-1996', 'dhs-2003', 'secure-communities-2008'],
		series: ['removals', 'returns']
	})
});
