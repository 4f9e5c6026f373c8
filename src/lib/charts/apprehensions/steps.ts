import { defineChart, timeState } from '../shared/contract';

export const contract = defineChart({
	id: 'apprehensions',
	datasets: ['apprehensions'],
	state: timeState({
		min: 1960,
		max: 2017,
		markers: ['iirira-1996', 'dhs-2003', 'streamline-2005']
	})
});
