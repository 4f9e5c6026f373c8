import type { z } from 'zod';
import { parseCsv } from './parse';
import { datasetSourceSchema, type DatasetSource } from './source';

// Every dataset is a folder: data.csv (the rows), schema.ts (rowSchema), source.json (provenance).
// Adding a folder adds a dataset; nothing here needs editing.
const csvFiles = import.meta.glob<string>('./*/data.csv', {
	query: '?raw',
	import: 'default',
	eager: true
});
const schemas = import.meta.glob<{ rowSchema: z.ZodType }>('./*/schema.ts', { eager: true });
const sourceFiles = import.meta.glob<unknown>('./*/source.json', {
	import: 'default',
	eager: true
});

const folderOf = (path: string) => path.split('/')[1] ?? '';

/** All dataset ids, sorted. */
export const datasetIds: string[] = Object.keys(csvFiles).map(folderOf).sort();

/** Every dataset with a provenance record, including those computed at build time (no CSV). */
export const sourceIds: string[] = Object.keys(sourceFiles).map(folderOf).sort();

/** Parses and validates one dataset; throws a DataError naming file, row and column. */
export function loadDataset(id: string): Record<string, unknown>[] {
	const text = csvFiles[`./${id}/data.csv`];
	const schema = schemas[`./${id}/schema.ts`]?.rowSchema;
	if (text === undefined || schema === undefined) {
		throw new Error(`Unknown dataset "${id}": expected src/lib/data/${id}/data.csv and schema.ts`);
	}
	return parseCsv(text, schema, `src/lib/data/${id}/data.csv`) as Record<string, unknown>[];
}

/** The provenance record of one dataset, validated. */
export function loadSource(id: string): DatasetSource {
	const file = `src/lib/data/${id}/source.json`;
	if (sourceFiles[`./${id}/source.json`] === undefined) throw new Error(`${file}: file is missing`);
	const result = datasetSourceSchema.safeParse(sourceFiles[`./${id}/source.json`]);
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new Error(`${file}: field "${issue?.path.join('.')}": ${issue?.message}`);
	}
	if (result.data.id !== id) throw new Error(`${file}: id "${result.data.id}" should be "${id}"`);
	return result.data;
}
