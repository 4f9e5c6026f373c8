// Every interface string in English. A new language copies this file; the type keeps them in step.
export const en = {
	lang: 'en',
	/** How numbers are written in tables: 12,345.6 */
	numbers: { decimal: '.', thousands: ',' },
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
	moreLabel: 'More from this story',
	offline: 'Offline edition (one HTML file)',
	notDrawn: 'no data',
	deck: {
		title: 'Classroom presentation',
		slideOf: (n: number, total: number) => `Slide ${n} of ${total}`,
		announce: (n: number, total: number, heading: string) => `Slide ${n} of ${total}: ${heading}`,
		blackedOut: 'The screen is blacked out. Press B to show the slide again.',
		controls: 'Presentation controls',
		previous: 'Previous',
		next: 'Next',
		goTo: 'go to',
		overview: 'All slides',
		overviewTitle: 'All slides',
		help: 'Keys',
		helpTitle: 'Keys for the presentation',
		presenter: 'Presenter view',
		close: 'Close',
		resume: (n: number) => `Continue where we stopped (slide ${n})`,
		projector: 'Projector settings',
		largeText: 'Larger text',
		highContrast: 'High contrast',
		motionOff: 'Motion off',
		keys: [
			['→  ↓  Page Down  Space', 'Next slide'],
			['←  ↑  Page Up', 'Previous slide (clickers send Page Up and Page Down)'],
			['Home  End', 'First or last slide'],
			['a number, then Enter', 'Go to that slide'],
			['F', 'Full screen on or off'],
			['B  or  .', 'Black out the screen, and back'],
			['O  or  Esc', 'Grid of all slides'],
			['P', 'Open the presenter view in a second window'],
			['?', 'This help']
		] as [string, string][],
		presenterTitle: 'Presenter view',
		current: 'Now showing',
		upNext: 'Next',
		end: 'End of the presentation',
		notes: 'Speaker notes',
		noNotes: 'No notes for this slide.',
		prompts: 'Discussion prompts',
		timer: 'Time',
		resetTimer: 'Reset timer',
		pauseTimer: 'Pause',
		startTimer: 'Start'
	},
	guide: {
		title: "Teacher's guide",
		description:
			'A 45-minute lesson plan, discussion questions, a glossary and primary sources for teaching the story in class.',
		slide: 'slide',
		inStory: 'in the story'
	},
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
		timeline: {
			title: 'The drug war and immigration enforcement grew into each other',
			subtitle: 'Federal laws, programmes, rulings and events, 1969 to August 2017',
			lanes: { drugs: 'Drug war', immigration: 'Immigration enforcement' },
			keyUnverified: 'Hollow dot: exact date not verified.',
			keyBridge: 'Dashed line: the event ties criminal enforcement to deportation.',
			columns: {
				date: 'Date',
				lane: 'Lane',
				label: 'Event',
				bridge: 'Ties the two',
				unverified: 'Date',
				source_url: 'Source'
			},
			yes: 'yes',
			unverified: 'exact date unverified',
			decades: (from: number, to: number) => `${from}s–${to}s`,
			summary: (v: {
				count: number;
				from: number;
				to: number;
				drugs: number;
				immigration: number;
				bridge: number;
				lastYear: number;
			}) =>
				`The timeline runs from ${v.from} to ${v.to}: ${v.count} events, ${v.drugs} in the drug war and ${v.immigration} in immigration enforcement; ${v.bridge} of them tie criminal enforcement to deportation, and ${v.lastYear} fall in ${v.to} alone.`
		},
		'marijuana-map': {
			title: 'Most states broke with federal law on marijuana',
			subtitle:
				'State medical and adult-use (recreational) marijuana laws, by the year each was enacted, 1996–2017',
			through: (year: number) => `Laws enacted through ${year}`,
			medical: (states: number, dc: boolean) =>
				`${states} ${states === 1 ? 'state' : 'states'}${dc ? ' and DC' : ''}: medical marijuana legal`,
			recreational: (states: number, dc: boolean) =>
				`${states} of them: legal for adults too${dc ? '; DC: adults may possess and grow it, no sales' : ''}`,
			counting: 'Year enacted, by ballot or by the legislature.',
			disputed: (states: { name: string; year: number }[]) =>
				states.length === 1
					? `Includes ${states[0]!.name} (${states[0]!.year}), which some counts left out.`
					: `Includes ${states.map((s) => `${s.name} (${s.year})`).join(' and ')}; mid-2017 counts of “29 states” left one of them out.`,
			noLaw: 'no law',
			columns: {
				state: 'State',
				medical_year: 'Medical law enacted',
				recreational_year: 'Adult-use law enacted',
				border_state: 'Borders Mexico',
				counting_note: 'How it is counted'
			},
			yes: 'yes',
			summary: (v: {
				through: number;
				medical: number;
				medicalDc: boolean;
				recreational: number;
				recreationalDc: boolean;
				first: string;
				firstYear: number;
				firstAdult: string;
				firstAdultYear: number;
			}) =>
				`By ${v.through}, ${v.medical} states${v.medicalDc ? ' and DC' : ''} had enacted medical-marijuana laws, beginning with ${v.first} in ${v.firstYear}, and ${v.recreational} states had legalised marijuana for adults, beginning with ${v.firstAdult} in ${v.firstAdultYear}${v.recreationalDc ? '; DC let adults possess and grow it, with no legal sales' : ''}.`
		},
		removals: {
			title: 'Formal removals, rare for a century, multiplied after the laws of 1988 and 1996',
			subtitle:
				'Removals (deportations under a formal order) per federal fiscal year (FY), FY1892–2016 · DHS Yearbook of Immigration Statistics, 2019 edition',
			subtitleWithReturns:
				'Removals, and returns (departures without an order, recorded from FY1927), per federal fiscal year (FY), FY1892–2016 · DHS Yearbook, 2019 edition',
			series: { removals: 'Removals', returns: 'Returns' },
			markers: {
				'aggravated-felony-1988': 'Aggravated felony, 1988',
				'iirira-1996': 'IIRIRA, 1996',
				'dhs-2003': 'DHS created, 2003',
				'secure-communities-2008': 'Secure Communities, 2008'
			},
			/** Marker labels for a crowded (phone-sized) plot: the axis shows the year. */
			shortMarkers: {
				'aggravated-felony-1988': 'Aggravated felony',
				'iirira-1996': 'IIRIRA',
				'dhs-2003': 'DHS',
				'secure-communities-2008': 'Secure Communities'
			},
			columns: { year: 'Fiscal year', removals: 'Removals', returns: 'Returns' },
			point: (v: { value: string; year: number; series?: string }) =>
				`${v.series ? `${v.series} ` : ''}${v.value} (FY${v.year})`,
			seriesValue: (series: string, value: string) => `${series} ${value}`,
			fy: (year: number) => `FY${year}`,
			summary: (v: {
				from: number;
				before: number;
				earlyMax: string;
				earlyMaxYear: number;
				peak: string;
				peakYear: number;
				last: string;
				lastYear: number;
			}) =>
				`From FY${v.from} to FY${v.before} formal removals never exceeded ${v.earlyMax} a year (FY${v.earlyMaxYear}); they peaked at ${v.peak} in FY${v.peakYear} and stood at ${v.last} in FY${v.lastYear}, according to the 2019 edition of the DHS Yearbook of Immigration Statistics.`
		},
		detention: {
			title: 'Immigration detention swelled after the 1996 laws',
			subtitle: (to: number, after?: number) =>
				`People held in immigration detention on an average day, per federal fiscal year (FY), FY1979–${to} · INS before FY2003, ICE from FY2003${after ? ` · Dashed: FY${after}, which ended on Sept. 30, ${after}, after the story’s date` : ''}`,
			markers: {
				'iirira-1996': 'IIRIRA, 1996',
				'dhs-2003': 'DHS and ICE created, 2003',
				'secure-communities-2008': 'Secure Communities, 2008'
			},
			shortMarkers: {
				'iirira-1996': 'IIRIRA',
				'dhs-2003': 'DHS and ICE',
				'secure-communities-2008': 'Secure Communities'
			},
			columns: { year: 'Fiscal year', average_daily_population: 'Average daily population' },
			point: (v: { value: string; year: number }) => `${v.value} (FY${v.year})`,
			fy: (year: number) => `FY${year}`,
			gap: (year: number) => [`No figure`, `for FY${year}`],
			summary: (v: {
				from: number;
				fromValue: string;
				to: number;
				toValue: string;
				ratio: string;
				missing: number[];
			}) =>
				`On an average day in FY${v.from}, ${v.fromValue} people were held in immigration detention; in FY${v.to}, ${v.toValue}, about ${v.ratio} times as many.${v.missing.length ? ` There is no figure for ${v.missing.map((y) => `FY${y}`).join(', ')}.` : ''}`
		},
		apprehensions: {
			title: 'Apprehensions at the southwest border fell steeply after FY2000',
			subtitle: (to: number, after?: number) =>
				`Border Patrol apprehensions in the southwest border sectors, per federal fiscal year (FY), FY1960–${to} · Events, not people: someone caught twice counts twice${after ? ` · Dashed: FY${after}, which ended on Sept. 30, ${after}, after the story’s date` : ''}`,
			markers: {
				'iirira-1996': 'IIRIRA, 1996',
				'dhs-2003': 'DHS created, 2003',
				'streamline-2005': 'Operation Streamline, 2005'
			},
			shortMarkers: {
				'iirira-1996': 'IIRIRA',
				'dhs-2003': 'DHS',
				'streamline-2005': 'Streamline'
			},
			columns: { year: 'Fiscal year', apprehensions: 'Apprehensions' },
			point: (v: { value: string; year: number }) => `${v.value} (FY${v.year})`,
			fy: (year: number) => `FY${year}`,
			summary: (v: {
				from: number;
				fromValue: string;
				peak: number;
				peakValue: string;
				to: number;
				toValue: string;
				share: string;
			}) =>
				`Border Patrol apprehensions at the southwest border rose from ${v.fromValue} in FY${v.from} to a peak of ${v.peakValue} in FY${v.peak}, then fell to ${v.toValue} in FY${v.to}, ${v.share} of the peak. Apprehensions count events, not people.`
		},
		prosecutions: {
			title: 'Immigration cases multiplied in the federal courts',
			subtitle: 'Cases per federal fiscal year (October to September), FY1996–FY2016',
			countsTitle: 'Federal prosecutions with an immigration lead charge',
			shareTitle: (from: number, to: number) =>
				`Immigration cases as a share of all federal prison sentences, FY${from}–${to}`,
			series: {
				all: ['All immigration', 'charges'],
				entry: ['Illegal entry', '(§1325)'],
				reentry: ['Illegal re-entry', '(§1326)'],
				'sentence-share': ['Share of prison', 'sentences']
			},
			markers: { 'streamline-2005': 'Operation Streamline' },
			noData: (from: number, to: number) =>
				from === to ? ['No data', `FY${from}`] : ['No data', `FY${from}–${to}`],
			value: (value: string, year: number | undefined) =>
				year === undefined ? value : `${value} (FY${year})`,
			columns: {
				year: 'Fiscal year',
				all_immigration: 'Immigration prosecutions',
				illegal_entry: 'Illegal entry (§1325)',
				illegal_reentry: 'Illegal re-entry (§1326)',
				share_pct: 'Immigration share of prison sentences (%)'
			},
			summary: (v: {
				from: number;
				fromValue: string;
				peak: number;
				peakValue: string;
				to: number;
				toValue: string;
				shareFrom: number;
				shareFromValue: string;
				sharePeak: number;
				sharePeakValue: string;
				shareTo: number;
				shareToValue: string;
			}) =>
				`Federal immigration prosecutions rose from ${v.fromValue} in FY${v.from} to a peak of ${v.peakValue} in FY${v.peak} and were ${v.toValue} in FY${v.to}; immigration cases made up ${v.shareFromValue} of federal prison sentences in FY${v.shareFrom}, ${v.sharePeakValue} at the peak in FY${v.sharePeak} and ${v.shareToValue} in FY${v.shareTo}.`
		},
		imprisonment: {
			title: 'Flat for half a century, then the imprisonment rate quadrupled',
			subtitle:
				'Prisoners sentenced to more than a year, state and federal, per 100,000 residents, on December 31, 1925–2016',
			markers: {
				'controlled-substances-act-1970': '1970 Controlled Substances Act',
				'nixon-1971': '1971 Nixon’s drug offensive',
				'anti-drug-abuse-act-1986': '1986 Anti-Drug Abuse Act',
				'anti-drug-abuse-act-1988': '1988 Anti-Drug Abuse Act',
				'crime-bill-1994': '1994 crime bill'
			},
			/** Neighbouring years with the same value share a label: "506 in 2007 and 2008". */
			pointYears: (value: string, years: number[]) =>
				`${value} in ${years.length > 1 ? `${years.slice(0, -1).join(', ')} and ${years.at(-1)}` : years[0]}`,
			shareTitle:
				'Drug offenders, % of sentenced federal prisoners (snapshot years; count bases differ)',
			sharePoint: (value: string, year: number) => `${value}% (${year})`,
			/** Adjacent snapshot years whose dots touch on a narrow chart share one label, each value
			 *  beside its own year (the share can fall from one year to the next). */
			sharePair: (first: string, last: string, from: number, to: number) =>
				`${first}% (${from}), ${last}% (${to})`,
			columns: {
				year: 'Year',
				imprisonment_rate: 'Sentenced prisoners per 100,000 residents',
				drug_share_pct: 'Drug offenders, % of sentenced federal prisoners',
				basis: 'Federal count: date and sentences included'
			},
			summary: (v: {
				from: number;
				trough: number;
				low: string;
				high: string;
				peak: number;
				peakValue: string;
				last: number;
				lastValue: string;
				share?: { from: number; fromValue: string; to: number; toValue: string };
			}) =>
				`From ${v.from} to ${v.trough} the imprisonment rate stayed between ${v.low} and ${v.high} sentenced prisoners per 100,000 residents; it then rose every year to ${v.peakValue} in ${v.peak} and was ${v.lastValue} in ${v.last}` +
				(v.share
					? `, while drug offenders made up ${v.share.fromValue} of sentenced federal prisoners in ${v.share.from} and ${v.share.toValue} in ${v.share.to} (counts taken on different dates and bases).`
					: '.')
		},
		'drug-arrests': {
			title: 'Drug arrests fell after 2006 but stayed above their 1995 level',
			subtitle: 'Arrests for drug-law violations, FBI national estimates, 1995–2016',
			series: { total: 'All drug arrests', 'marijuana-possession': 'Marijuana possession' },
			point: (value: string, year: number) => `${value} (${year})`,
			share: (value: string, year: number) => `${value} of drug arrests in ${year}`,
			level: (year: number, value: string) => `${year} level, ${value}`,
			columns: {
				year: 'Year',
				drug_arrests: 'Drug arrests',
				marijuana_possession: 'Marijuana-possession arrests',
				marijuana_possession_share_pct: 'Marijuana possession, % of drug arrests'
			},
			summary: (v: {
				from: number;
				fromValue: string;
				peak: number;
				peakValue: string;
				to: number;
				toValue: string;
				marijuana?: { from: number; fromShare: string; to: number; toShare: string };
			}) =>
				`FBI estimates of drug arrests rose from ${v.fromValue} in ${v.from} to a peak of ${v.peakValue} in ${v.peak} and were ${v.toValue} in ${v.to}` +
				(v.marijuana
					? `; marijuana possession made up ${v.marijuana.fromShare} of drug arrests in ${v.marijuana.from} and ${v.marijuana.toShare} in ${v.marijuana.to}.`
					: '.')
		},
		'drug-budget': {
			title: 'Federal drug-control spending kept rising under both ways of counting it',
			subtitle:
				'Federal drug-control spending, nominal dollars (not adjusted for inflation), FY1995–FY2016',
			markers: { 'method-2003': 'ONDCP changed its accounting in FY2003' },
			point: (value: string, year: number) => `${value} in FY${year}`,
			fiscalYear: (year: number) => `FY${year}`,
			supply: (value: string) => `${value} supply reduction`,
			demand: (value: string) => `${value} demand reduction`,
			methods: {
				'pre-2003': 'Before FY2003',
				'2003-on': 'From FY2003'
			},
			columns: {
				year: 'Fiscal year',
				total: 'Total, $ millions',
				supply_reduction: 'Supply reduction, $ millions',
				demand_reduction: 'Demand reduction, $ millions',
				method: 'ONDCP accounting'
			},
			summary: (v: {
				before: { from: number; fromValue: string; to: number; toValue: string };
				after: { from: number; fromValue: string; to: number; toValue: string };
			}) =>
				`In nominal dollars, federal drug-control spending rose from $${v.before.fromValue} billion in FY${v.before.from} to $${v.before.toValue} billion in FY${v.before.to} under the Office of National Drug Control Policy’s old accounting, and from $${v.after.fromValue} billion in FY${v.after.from} to $${v.after.toValue} billion in FY${v.after.to} under the method it adopted in FY${v.after.from}.`
		},
		'violent-crime': {
			title: 'Violent crime fell for a quarter-century',
			subtitle: 'Violent crimes reported to police per 100,000 residents, 1960–2016',
			columns: { year: 'Year', violent_crime_rate: 'Violent crimes per 100,000' },
			markers: { 'level-2016': '2016 level' },
			claim: (value: string, year: number) => `${year}: ${value}, called “rising” in July 2017`,
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
