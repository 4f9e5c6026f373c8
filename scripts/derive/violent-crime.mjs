// Violent-crime rate per 100,000 residents, 1960–2016, from the researcher's derived UCR file.
// The legacy rape definition is used throughout so that 2016 is comparable with earlier years
// (the file's count column mixes definitions in 2016, so only the rate is kept).
import { readReference, writeDataset } from './lib.mjs';

const rows = readReference('crime_rates/us_violent_property_crime_rates_1960_2019_DERIVED.csv')
	.filter((d) => +d.year >= 1960 && +d.year <= 2016)
	.map((d) => ({
		year: d.year,
		violent_crime_rate: d.violent_crime_rate_legacy_rape,
		murder_rate: d.murder_rate,
		basis: +d.year < 1979 ? 'UCR Data Tool estimate' : 'CDE estimate'
	}));

writeDataset('violent-crime', rows, ['year', 'violent_crime_rate', 'murder_rate', 'basis']);
