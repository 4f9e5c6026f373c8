import { defineChart, timeState } from '../shared/contract';

export const contract = defineChart({
	id: 'prosecutions',
	datasets: ['prosecutions', 'immigration-sentence-share'],
	state: timeState({
		min: 1996,
		max: 2016,
		markers: ['streamline-2005'],
		series: ['all', 'entry', 'reentry', 'sentence-share']
	})
});
