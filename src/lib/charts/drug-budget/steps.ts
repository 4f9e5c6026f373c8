import { defineChart, timeState } from '../shared/contract';

export const contract = defineChart({
	id: 'drug-budget',
	datasets: ['drug-budget'],
	state: timeState({ min: 1995, max: 2017, markers: ['method-2003'] })
});
