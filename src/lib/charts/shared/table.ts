/** The rows whose year falls inside any step's range: exactly what a scroll section draws. */
export function rowsInRanges<R extends { year: number }>(
	rows: R[],
	states: Record<string, unknown>[]
): R[] {
	const ranges = states
		.map((s) => s.range)
		.filter((r): r is [number, number] => Array.isArray(r) && r.length === 2);
	if (ranges.length === 0) return rows;
	const from = Math.min(...ranges.map((r) => r[0]));
	const to = Math.max(...ranges.map((r) => r[1]));
	return rows.filter((r) => r.year >= from && r.year <= to);
}

/** CSV text for a table, quoting cells that need it. */
export function toCsv(columns: { key: string }[], rows: Record<string, unknown>[]): string {
	const cell = (value: unknown) => {
		const text = value === null || value === undefined ? '' : String(value);
		return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
	};
	const lines = [columns.map((c) => cell(c.key)).join(',')];
	for (const row of rows) lines.push(columns.map((c) => cell(row[c.key])).join(','));
	return lines.join('\n') + '\n';
}
