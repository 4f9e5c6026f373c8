import { csvParse } from 'd3-dsv';
import { z } from 'zod';

/** A dataset file that failed validation; the message names file, row and column. */
export class DataError extends Error {
	override name = 'DataError';
}

/**
 * Parses CSV text and validates each row against `schema`.
 * Row numbers count the header as row 1, as a spreadsheet does.
 */
export function parseCsv<S extends z.ZodType>(
	text: string,
	schema: S,
	file: string
): z.output<S>[] {
	const raw = csvParse(text.replace(/^\uFEFF/, ''));
	const expected = schemaKeys(schema);
	const missing = expected.filter((key) => !raw.columns.includes(key));
	if (missing.length > 0) {
		throw new DataError(`${file}: missing column(s) ${missing.join(', ')} in the header row`);
	}
	return raw.map((row, index) => {
		const result = schema.safeParse(row);
		if (result.success) return result.data;
		const issue = result.error.issues[0];
		const column = issue?.path.join('.') || '(row)';
		const value =
			typeof issue?.path[0] === 'string' ? ` (value "${row[issue.path[0]] ?? ''}")` : '';
		throw new DataError(`${file}: row ${index + 2}, column "${column}"${value}: ${issue?.message}`);
	});
}

function schemaKeys(schema: z.ZodType): string[] {
	return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** CSV cells arrive as strings: these coerce them and reject blanks and junk. */
export const cell = {
	year: z.coerce.number().int().min(1800).max(2100),
	number: z
		.string()
		.trim()
		.min(1, 'is empty')
		.transform(Number)
		.refine(Number.isFinite, 'is not a number'),
	optionalNumber: z
		.string()
		.trim()
		.transform((value) => (value === '' ? null : Number(value)))
		.refine((value) => value === null || Number.isFinite(value), 'is not a number'),
	text: z.string()
};
