import { format } from 'd3-format';

/** Millions of dollars as billions with one decimal: 7045.6 → "$7.0B". */
export function billions(millions: number): string {
	return `$${format('.1f')(millions / 1000)}B`;
}

/** Axis labels: 0, $10B, $20B… */
export function axisBillions(millions: number): string {
	return millions === 0 ? '0' : `$${format('~g')(millions / 1000)}B`;
}
