import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cell, parseCsv } from './parse';

const schema = z.object({ year: cell.year, value: cell.number, note: cell.optionalNumber });

describe('parseCsv', () => {
	it('parses typed rows', () => {
		expect(parseCsv('year,value,note\n1990,1.5,\n1991,2,3\n', schema, 'x.csv')).toEqual([
			{ year: 1990, value: 1.5, note: null },
			{ year: 1991, value: 2, note: 3 }
		]);
	});

	it('strips a UTF-8 byte-order mark', () => {
		expect(parseCsv('\uFEFFyear,value,note\n1990,1,\n', schema, 'x.csv')).toHaveLength(1);
	});

	it.each([
		[
			'a non-numeric value',
			'year,value,note\n1990,1,\n1991,abc,\n',
			/x\.csv: row 3, column "value" \(value "abc"\)/
		],
		[
			'an empty required value',
			'year,value,note\n1990,,\n',
			/x\.csv: row 2, column "value" \(value ""\): is empty/
		],
		['a bad year', 'year,value,note\nnineteen,1,\n', /x\.csv: row 2, column "year"/],
		['a missing column', 'year,note\n1990,\n', /x\.csv: missing column\(s\) value/]
	])('fails on %s, naming file, row and column', (_case, text, message) => {
		expect(() => parseCsv(text, schema, 'x.csv')).toThrow(message);
	});
});
