import { Marked, Renderer } from 'marked';
import { z } from 'zod';
import { ContentError } from './error';
import type { Block, Chapter, ScrollSection, Step } from './types';
import { parseYaml } from './yaml';

/** What the content reader needs to know about a chart: the states its steps may ask for. */
export interface ChartContract {
	state: z.ZodObject;
}

const frontmatterSchema = z.strictObject({
	title: z.string().min(1),
	summary: z.string().min(1),
	years: z
		.tuple([z.number().int(), z.number().int()])
		.refine(([from, to]) => from <= to, 'the first year must not be after the second')
});

// Every step header has these keys; the rest is the chart's state, checked by the chart's schema.
const stepWords = {
	description: z.string().trim().min(1),
	notes: z.string().trim().min(1).optional(),
	prompts: z.array(z.string().trim().min(1)).optional()
};

const STEP_ID = /^[a-z][a-z0-9-]*$/;
const SCROLL_OPEN = /^::::\s*scroll(?:\s+(\S+))?\s*$/;
const SCROLL_CLOSE = /^::::\s*$/;
const STEP_OPEN = /^:::\s*step(?:\s+(\S+))?\s*$/;
const STEP_CLOSE = /^:::\s*$/;

/** Splits "---\nyaml\n---\nbody" into its parts; the body keeps its line offset. */
export function splitFrontmatter(source: string, file: string) {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	if (lines[0]?.trim() !== '---')
		throw new ContentError(
			file,
			1,
			'frontmatter is missing: the file must start with a line "---"'
		);
	const end = lines.indexOf('---', 1);
	if (end === -1) throw new ContentError(file, 1, 'frontmatter is not closed by a line "---"');
	return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1), bodyLine: end + 2 };
}

// Links that leave the site get rel="noopener noreferrer": no window.opener, no Referer.
const md = new Marked({
	renderer: {
		link(token) {
			const html = Renderer.prototype.link.call(this, token);
			if (!/^https?:\/\//i.test(token.href)) return html;
			return html.replace(/^<a /, '<a rel="noopener noreferrer" ');
		}
	}
});

export function markdown(text: string): string {
	return (md.parse(text.trim(), { async: false }) as string).trim();
}

/**
 * Reads one chapter: frontmatter, prose, and scroll sections whose steps are data.
 * Throws a ContentError naming the file and line for anything a reader should never see.
 */
export function parseChapter(
	source: string,
	file: string,
	charts: Record<string, ChartContract>,
	seenStepIds = new Map<string, string>()
): Chapter {
	const name = file.split('/').pop() ?? file;
	const match = /^(\d{2})-([a-z0-9-]+)\.md$/.exec(name);
	if (!match)
		throw new ContentError(
			file,
			undefined,
			'a chapter file must be named NN-slug.md, e.g. 02-crime-wave.md'
		);

	const { yaml, body, bodyLine } = splitFrontmatter(source, file);
	const front = parseYaml(yaml, frontmatterSchema, file, 2, 'frontmatter');
	const blocks = parseBody(body, bodyLine, file, charts, seenStepIds);
	if (!blocks.some((block) => block.kind === 'scroll')) {
		throw new ContentError(
			file,
			undefined,
			'a chapter needs at least one scroll section (":::: scroll <chart-id>")'
		);
	}
	return { number: Number(match[1]), slug: match[2]!, ...front, blocks };
}

function parseBody(
	lines: string[],
	firstLine: number,
	file: string,
	charts: Record<string, ChartContract>,
	seenStepIds: Map<string, string>
): Block[] {
	const blocks: Block[] = [];
	let prose: string[] = [];
	let section: (ScrollSection & { line: number }) | undefined;
	let step: { id: string; line: number; lines: string[] } | undefined;

	const flushProse = (line: number) => {
		const text = prose.join('\n').trim();
		prose = [];
		if (!text) return;
		if (/^#{1,2}\s/m.test(text)) {
			throw new ContentError(
				file,
				line,
				'use ### or deeper inside a chapter: the chapter title is its h2'
			);
		}
		blocks.push({ kind: 'prose', html: markdown(text) });
	};

	lines.forEach((text, index) => {
		const line = firstLine + index;
		const scrollOpen = SCROLL_OPEN.exec(text);
		const stepOpen = STEP_OPEN.exec(text);

		if (step) {
			if (STEP_CLOSE.test(text)) {
				section!.steps.push(parseStep(step, section!.chart, file, charts));
				step = undefined;
			} else if (scrollOpen || stepOpen || SCROLL_CLOSE.test(text)) {
				throw new ContentError(file, step.line, `step "${step.id}" is not closed by a line ":::"`);
			} else {
				step.lines.push(text);
			}
		} else if (section) {
			if (stepOpen) {
				const id = stepOpen[1];
				if (!id) throw new ContentError(file, line, 'step id is missing: write "::: step <id>"');
				if (!STEP_ID.test(id))
					throw new ContentError(
						file,
						line,
						`step id "${id}" must be lowercase letters, digits and hyphens`
					);
				const seen = seenStepIds.get(id);
				if (seen)
					throw new ContentError(file, line, `duplicate step id "${id}": already used at ${seen}`);
				seenStepIds.set(id, `${file}:${line}`);
				step = { id, line, lines: [] };
			} else if (SCROLL_CLOSE.test(text)) {
				if (section.steps.length === 0)
					throw new ContentError(file, section.line, 'a scroll section needs at least one step');
				const { line: _line, ...done } = section;
				blocks.push(done);
				section = undefined;
			} else if (text.trim() !== '') {
				throw new ContentError(
					file,
					line,
					'only steps (":::" blocks) may sit inside a scroll section'
				);
			}
		} else if (scrollOpen) {
			flushProse(line);
			const chart = scrollOpen[1];
			if (!chart)
				throw new ContentError(file, line, 'chart id is missing: write ":::: scroll <chart-id>"');
			if (!charts[chart]) {
				throw new ContentError(
					file,
					line,
					`unknown chart id "${chart}"; known charts: ${Object.keys(charts).sort().join(', ')}`
				);
			}
			section = { kind: 'scroll', chart, steps: [], line };
		} else if (stepOpen || STEP_CLOSE.test(text) || SCROLL_CLOSE.test(text)) {
			throw new ContentError(
				file,
				line,
				'a step must sit inside a scroll section (":::: scroll <chart-id>")'
			);
		} else {
			prose.push(text);
		}
	});

	if (step)
		throw new ContentError(file, step.line, `step "${step.id}" is not closed by a line ":::"`);
	if (section)
		throw new ContentError(file, section.line, 'scroll section is not closed by a line "::::"');
	flushProse(firstLine + lines.length);
	return blocks;
}

function parseStep(
	raw: { id: string; line: number; lines: string[] },
	chart: string,
	file: string,
	charts: Record<string, ChartContract>
): Step {
	const split = raw.lines.indexOf('---');
	if (split === -1) {
		throw new ContentError(
			file,
			raw.line,
			`step "${raw.id}" needs its chart state and description, then a line "---", then its text`
		);
	}
	const what = `step "${raw.id}" (chart "${chart}")`;
	const schema = charts[chart]!.state.extend(stepWords).strict();
	const header = parseYaml(raw.lines.slice(0, split).join('\n'), schema, file, raw.line + 1, what);
	const { description, notes, prompts, ...state } = header as z.infer<
		z.ZodObject<typeof stepWords>
	>;
	const text = raw.lines.slice(split + 1).join('\n');
	if (!text.trim())
		throw new ContentError(file, raw.line, `${what} has no text after its "---" line`);
	return {
		id: raw.id,
		state,
		description,
		html: markdown(text),
		...(notes ? { notes: markdown(notes) } : {}),
		...(prompts ? { prompts } : {})
	};
}
