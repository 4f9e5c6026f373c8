import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './error';

/**
 * Parses a YAML block that starts at `firstLine` of `file` and validates it with `schema`.
 * Errors name the line of the offending key where the YAML parser can tell us.
 */
export function parseYaml<S extends z.ZodType>(
	text: string,
	schema: S,
	file: string,
	firstLine: number,
	what: string
): z.output<S> {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	const lineAt = (offset: number) => firstLine + lines.linePos(offset).line - 1;
	const yamlError = doc.errors[0];
	if (yamlError) {
		throw new ContentError(
			file,
			lineAt(yamlError.pos[0]),
			`${what} is not valid YAML: ${yamlError.message.split('\n')[0]}`
		);
	}
	const result = schema.safeParse(doc.toJS() ?? {});
	if (result.success) return result.data;

	const issue = result.error.issues[0]!;
	const path = issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[];
	// Point at the unknown key itself, or else at the deepest node that exists on the issue's path.
	let line = firstLine;
	if (issue.code === 'unrecognized_keys' && isMap(doc.contents)) {
		const pair = doc.contents.items.find(
			(item) => isScalar(item.key) && item.key.value === issue.keys[0]
		);
		if (isScalar(pair?.key) && pair.key.range) line = lineAt(pair.key.range[0]);
	} else
		for (let depth = path.length; depth >= 0; depth--) {
			const node = doc.getIn(path.slice(0, depth), true);
			if (isNode(node) && node.range) {
				line = lineAt(node.range[0]);
				break;
			}
		}
	const where = path.length > 0 ? `"${path.join('.')}"` : 'it';
	throw new ContentError(file, line, `${what}: ${where} ${describe(issue)}`);
}

function describe(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') return `has unknown key(s) ${issue.keys.join(', ')}`;
	if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
	return `is invalid: ${issue.message}`;
}
