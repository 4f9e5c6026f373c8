// Helpers shared by the derive scripts. These run by hand (node scripts/derive/<id>.mjs);
// their output is committed, and the site never reads ../shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse, csvFormat } from 'd3-dsv';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const reference = join(root, '..', 'shared', 'reference');

/** Reads a reference CSV (stripping a UTF-8 BOM) into plain row objects. */
export function readReference(path) {
	const text = readFileSync(join(reference, path), 'utf8').replace(/^\uFEFF/, '');
	return csvParse(text);
}

/** Writes rows to src/lib/data/<id>/data.csv with the given column order. */
export function writeDataset(id, rows, columns) {
	const file = join(root, 'src', 'lib', 'data', id, 'data.csv');
	writeFileSync(file, csvFormat(rows, columns) + '\n');
	console.log(`wrote ${rows.length} rows to ${file}`);
}
