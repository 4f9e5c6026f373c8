// Small helpers for the derive scripts that read header-block files (BJS tables, Markdown)
// and assert the cross-checks quoted in ../shared/reference/SOURCES.md, so a script fails
// loudly instead of writing a wrong dataset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { reference } from './lib.mjs';

/** Reads a reference file as text (stripping a UTF-8 BOM). */
export function readReferenceText(path) {
	return readFileSync(join(reference, path), 'utf8').replace(/^\uFEFF/, '');
}

/** Reads a reference CSV with a header block (as BJS publishes them) into arrays of trimmed cells. */
export function readReferenceRows(path) {
	return csvParseRows(readReferenceText(path)).map((row) => row.map((cell) => cell.trim()));
}

/** "1,234" → 1234; throws on anything that is not a plain count. */
export function count(text) {
	const value = String(text).replace(/,/g, '').trim();
	if (!/^-?\d+(\.\d+)?$/.test(value)) throw new Error(`not a number: "${text}"`);
	return Number(value);
}

/** Rounds to one decimal place and returns it as text with the decimal kept (53.0, not 53). */
export function pct1(part, whole) {
	return (Math.round((part / whole) * 1000) / 10).toFixed(1);
}

/** Throws unless actual === expected (compared as strings). */
export function expect(label, actual, expected) {
	if (String(actual) !== String(expected)) {
		throw new Error(`check failed: ${label}: got ${actual}, expected ${expected}`);
	}
	console.log(`check ok: ${label} = ${actual}`);
}
