import { defineChart, timeState } from '../shared/contract';

export const contract = defineChart({
	id: 'imprisonment',
	datasets: ['prisoners', 'federal-drug-share'],
	state: timeState({
		min: 1925,
		max: 2016,
		markers: [
			'controlled-substances-act-1970',
			'nixon-1971',
			'anti-drug-abuse-act-1986',
			'anti-drug-abuse-act-1988',
			'crime-bill-1994'
		],
		series: ['rate', 'federal-drug-share']
	})
});
