import { defineChart, timeState } from '../shared/contract';

export const contract = defineChart({
	id: 'detention',
	datasets: ['detention'],
	state: timeState({
		min: 1979,
		max: 2017,
		markers: ['iirira-1996', 'dhs-2003', 'secure-communities-2008']
	})
});
