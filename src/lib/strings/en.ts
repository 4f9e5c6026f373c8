// Every interface string in English. A new language copies this file; the type keeps them in step.
export const en = {
	lang: 'en',
	skipToStory: 'Skip to the story',
	contents: 'Contents',
	chapter: 'Chapter',
	basedOn: 'Based on reporting by',
	setIn: 'Set in',
	sourceLabel: 'Source',
	chartNow: 'What the chart shows:',
	showTable: 'Show the data table',
	downloadCsv: 'Download the data drawn (CSV)',
	aboutLink: 'Sources and methods',
	notDrawn: 'no data',
	datasets: 'The datasets',
	about: {
		publisher: 'Publisher',
		table: 'Table',
		edition: 'Edition',
		years: 'Years',
		yearTypes: {
			calendar: 'calendar years',
			fiscal: 'federal fiscal years, October to September',
			mixed: 'calendar and fiscal years, as noted',
			none: 'not a yearly series'
		},
		units: 'Units',
		url: 'Original',
		carrier: 'Copy used',
		derivedBy: 'Derived by',
		caveats: 'Caveats'
	},
	charts: {
		'violent-crime': {
			title: 'Violent crime fell for a quarter-century',
			subtitle: 'Violent crimes reported to police per 100,000 residents, 1960–2016',
			columns: { year: 'Year', violent_crime_rate: 'Violent crimes per 100,000' },
			markers: { 'level-2016': '2016 level' },
			summary: (v: {
				from: number;
				fromValue: string;
				peak: number;
				peakValue: string;
				to: number;
				toValue: string;
				change: string;
			}) =>
				`The violent-crime rate rose from ${v.fromValue} per 100,000 residents in ${v.from} to a peak of ${v.peakValue} in ${v.peak}, then fell to ${v.toValue} in ${v.to}, ${v.change} below the peak.`,
			lastAsLow: (year: number) => `last this low in ${year}`
		}
	}
};
