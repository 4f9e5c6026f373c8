import { format } from 'd3-format';

/** Axis labels: 0, 500k, 1M, 1.5M, 2M. */
export function compact(value: number): string {
	if (value === 0) return '0';
	if (value >= 1e6) return `${format('~g')(value / 1e6)}M`;
	return `${format('~g')(value / 1e3)}k`;
}

/** Arrest counts in full: 1,476,100. */
export const count = format(',.0f');

/** A share in whole percent: 45.8 → "46%". */
export function percent(value: number): string {
	return `${format('.0f')(value)}%`;
}
