// A chart's data table body as one HTML string. The story's tables hold hundreds of rows behind a
// closed toggle; drawn with {@html}, hydration adopts the server's rows instead of walking each cell.
import { formatLocale } from 'd3-format';
import type { ChartTable } from '$lib/charts';

const escapes: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

type Cell = string | number | null | undefined;

/** A language's number punctuation, from its strings file. */
export interface NumberPunctuation {
	decimal: string;
	thousands: string;
}

// d3-format, not Intl: building an Intl.NumberFormat loads locale data, ~100 ms on a phone.
const formats = new Map<string, (n: number) => string>();
const numberFormat = ({ decimal, thousands }: NumberPunctuation) => {
	const key = decimal + thousands;
	if (!formats.has(key))
		formats.set(
			key,
			formatLocale({ decimal, thousands, grouping: [3], currency: ['', ''] }).format(',.3~f')
		);
	return formats.get(key)!;
};

const isUrl = (value: Cell): value is string =>
	typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value);

/** A source URL as a link named by its site: a full URL would stretch the table off the screen. */
function link(url: string): string {
	const site = new URL(url).hostname.replace(/^www\./, '');
	return `<a href="${escape(url)}" rel="noopener noreferrer">${escape(site)}</a>`;
}

/**
 * The `<tr>` rows of a table: the first column is the row header, a missing value is a dash,
 * years print as they are, other numbers grouped in thousands with up to three decimals, and a
 * web address becomes a link named by its site.
 */
export function tableRowsHtml(table: ChartTable, punctuation: NumberPunctuation): string {
	const number = numberFormat(punctuation);
	const format = (key: string, value: Cell) =>
		value === null || value === undefined
			? '–'
			: typeof value === 'number' && key !== 'year'
				? number(value)
				: String(value);
	return table.rows
		.map((row, i) => {
			const anchor = table.anchors?.[i];
			const cells = table.columns.map((column, c) => {
				const value = row[column.key] as Cell;
				const text = isUrl(value) ? link(value) : escape(format(column.key, value));
				return c === 0 ? `<th scope="row">${text}</th>` : `<td>${text}</td>`;
			});
			return `<tr${anchor ? ` id="${escape(anchor)}"` : ''}>${cells.join('')}</tr>`;
		})
		.join('');
}
