import { defineChart, timeState } from '../shared/contract';

export const contract = defineChart({
	id: 'drug-arrests',
	datasets: ['drug-arrests'],
	state: timeState({ min: 1995, max: 2016, series: ['total', 'marijuana-possession'] })
});
