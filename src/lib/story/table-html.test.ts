import { describe, expect, it } from 'vitest';
import { tableRowsHtml } from './table-html';

const en = { decimal: '.', thousands: ',' };

const table = {
	columns: [
		{ key: 'year', label: 'Year' },
		{ key: 'value', label: 'Value' },
		{ key: 'note', label: 'Note' }
	],
	rows: [
		{ year: 1996, value: 69680, note: 'IIRIRA & AEDPA' },
		{ year: 1997, value: null, note: '<b>"gap"</b>' }
	]
};

describe('tableRowsHtml', () => {
	it('writes a row header, then cells; years bare, other numbers grouped, a gap as a dash', () => {
		expect(tableRowsHtml(table, en)).toBe(
			'<tr><th scope="row">1996</th><td>69,680</td><td>IIRIRA &amp; AEDPA</td></tr>' +
				'<tr><th scope="row">1997</th><td>–</td><td>&lt;b&gt;&quot;gap&quot;&lt;/b&gt;</td></tr>'
		);
	});

	it('gives a row its anchor id when the table names one', () => {
		const html = tableRowsHtml({ ...table, anchors: ['event-a', undefined] }, en);
		expect(html.startsWith('<tr id="event-a">')).toBe(true);
		expect(html.match(/<tr>/g)).toHaveLength(1);
	});

	it("uses the language's punctuation and keeps up to three decimals", () => {
		const rows = [{ year: 2016, value: 1234.5678 }];
		expect(tableRowsHtml({ columns: table.columns, rows }, en)).toContain('<td>1,234.568</td>');
		const spanish = { decimal: ',', thousands: '.' };
		expect(tableRowsHtml({ columns: table.columns, rows }, spanish)).toContain(
			'<td>1.234,568</td>'
		);
		expect(
			tableRowsHtml({ columns: table.columns, rows: [{ year: 1, value: 160.9 }] }, en)
		).toContain('<td>160.9</td>');
	});

	it('turns a web address into a link named by its site, the full address kept in href', () => {
		const sources = {
			columns: [
				{ key: 'year', label: 'Year' },
				{ key: 'source_url', label: 'Source' }
			],
			rows: [
				{
					year: 1986,
					source_url: 'https://www.congress.gov/bill/99th-congress/house-bill/5484?q=a&b=c'
				}
			]
		};
		expect(tableRowsHtml(sources, en)).toBe(
			'<tr><th scope="row">1986</th><td><a href="https://www.congress.gov/bill/99th-congress/house-bill/5484?q=a&amp;b=c" rel="noopener noreferrer">congress.gov</a></td></tr>'
		);
	});

	it('is empty for an empty table', () => {
		expect(tableRowsHtml({ columns: table.columns, rows: [] }, en)).toBe('');
	});
});
