import { defineChart, timeState } from '../shared/contract';

export const contract = defineChart({
	id: 'violent-crime',
	datasets: ['violent-crime'],
	state: timeState({ min: 1960, max: 2016, markers: ['level-2016', 'claim-2017'] })
});
