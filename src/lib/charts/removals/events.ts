// Shared by the three immigration-enforcement charts (removals, detention, apprehensions):
// the dates of the events they mark, and where a date falls on an axis of federal fiscal years.
import type { MarkerRequest } from './layout';

/**
 * The date of each marked event. Where only the month or the year is known, the date is given
 * to that precision (see /work/shared/reference/TIMELINE.md):
 *   aggravated-felony-1988   Anti-Drug Abuse Act of 1988, signed 18 November 1988
 *   iirira-1996              IIRIRA signed 30 September 1996 (in force 1 April 1997)
 *   dhs-2003                 DHS opens and ICE is formed, 1 March 2003
 *   streamline-2005          Operation Streamline starts in the Del Rio sector, 2005 (month unverified)
 *   secure-communities-2008  ICE launches Secure Communities, March 2008
 */
export const EVENT_DATES = {
	'aggravated-felony-1988': '1988-11-18',
	'iirira-1996': '1996-09-30',
	'dhs-2003': '2003-03-01',
	'streamline-2005': '2005',
	'secure-communities-2008': '2008-03'
} as const;

export type EventId = keyof typeof EVENT_DATES;

/**
 * The last federal fiscal year that had ended by the story's date (August 2017): FY2016 ended on
 * 30 September 2016, FY2017 only on 30 September 2017.
 */
export const LAST_FY_BEFORE_STORY = 2016;

/**
 * Where a date ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') falls on an axis whose point for FY n sits at n,
 * the middle of that fiscal year (1 October of n-1 to 30 September of n). A date known only to the
 * month is placed mid-month; a date known only to the year, mid-year.
 */
export function fiscalPosition(date: string): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
	const time =
		month === undefined
			? Date.UTC(year, 6, 1)
			: day === undefined
				? Date.UTC(year, month - 1, 15)
				: Date.UTC(year, month - 1, day);
	const monthIndex = new Date(time).getUTCMonth();
	const fiscalYear = monthIndex >= 9 ? year + 1 : year;
	const start = Date.UTC(fiscalYear - 1, 9, 1);
	const end = Date.UTC(fiscalYear, 9, 1);
	return fiscalYear - 0.5 + (time - start) / (end - start);
}

/** Round value-axis ticks from 0 to max: 4 intervals when that gives round steps, else 5 or 3. */
export function roundTicks(max: number): number[] {
	const round = (step: number) => {
		const magnitude = 10 ** Math.floor(Math.log10(step));
		return [1, 2, 2.5, 5, 10].some((s) => Math.abs(step - s * magnitude) < 1e-9 * step);
	};
	const count = [4, 5, 3].find((n) => round(max / n)) ?? 4;
	return Array.from({ length: count + 1 }, (_, i) => (max / count) * i);
}

/** The marker labels a chart's layout places: each event's name, its short name, and its year. */
export function markerRequests<M extends EventId>(
	markers: { id: M; x: number }[],
	text: { markers: Record<M, string>; shortMarkers: Record<M, string> }
): MarkerRequest[] {
	return markers.map((mk) => ({
		key: mk.id,
		x: mk.x,
		label: text.markers[mk.id],
		short: text.shortMarkers[mk.id],
		year: EVENT_DATES[mk.id].slice(0, 4)
	}));
}
