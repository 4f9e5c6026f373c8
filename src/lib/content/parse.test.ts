import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseChapter } from './parse';
import { buildStory } from './story';

const charts = {
	line: { state: z.strictObject({ range: z.tuple([z.number(), z.number()]) }) }
};

const step = (id: string, header = 'range: [1990, 2000]\ndescription: The line rises.') =>
	`::: step ${id}\n${header}\n---\nStep text for ${id}.\n:::`;

const chapter = (
	body: string,
	front = 'title: A title\nsummary: A summary.\nyears: [1990, 2000]'
) => `---\n${front}\n---\n\nIntro prose.\n\n:::: scroll line\n\n${body}\n\n::::\n\nOutro prose.\n`;

const FILE = 'content/en/chapters/01-test.md';

describe('parseChapter', () => {
	it('reads frontmatter, prose and steps as data', () => {
		const parsed = parseChapter(
			chapter(
				`${step('one')}\n\n${step('two', 'range: [1990, 1995]\ndescription: It falls.\nnotes: For the teacher.\nprompts:\n  - Why?')}`
			),
			FILE,
			charts
		);
		expect(parsed).toMatchObject({
			number: 1,
			slug: 'test',
			title: 'A title',
			years: [1990, 2000]
		});
		expect(parsed.blocks.map((b) => b.kind)).toEqual(['prose', 'scroll', 'prose']);
		const section = parsed.blocks[1];
		if (section?.kind !== 'scroll') throw new Error('expected a scroll section');
		expect(section.chart).toBe('line');
		expect(section.steps.map((s) => s.id)).toEqual(['one', 'two']);
		expect(section.steps[1]).toEqual({
			id: 'two',
			state: { range: [1990, 1995] },
			description: 'It falls.',
			html: '<p>Step text for two.</p>',
			notes: '<p>For the teacher.</p>',
			prompts: ['Why?']
		});
	});

	// Each bad-content case must fail and name the file (and the line where it can).
	const bad: [string, string, RegExp][] = [
		[
			'an unknown chart id',
			chapter(step('one')).replace('scroll line', 'scroll nope'),
			/01-test\.md:9: unknown chart id "nope"/
		],
		[
			'a duplicate step id',
			chapter(`${step('one')}\n\n${step('one')}`),
			/01-test\.md:18: duplicate step id "one": already used at .*01-test\.md:11/
		],
		[
			'a missing step id',
			chapter('::: step\ndescription: x\n---\ntext\n:::'),
			/01-test\.md:11: step id is missing/
		],
		[
			'a state the chart does not accept',
			chapter(step('one', 'range: [1990]\ndescription: x')),
			/01-test\.md:12: step "one" \(chart "line"\): "range" is invalid/
		],
		[
			'an unknown state key',
			chapter(step('one', 'range: [1990, 2000]\ncolour: red\ndescription: x')),
			/01-test\.md:13: step "one" \(chart "line"\): it has unknown key\(s\) colour/
		],
		[
			'a missing description',
			chapter(step('one', 'range: [1990, 2000]')),
			/01-test\.md:12: step "one" \(chart "line"\): "description" is missing/
		],
		[
			'bad frontmatter: missing title',
			chapter(step('one'), 'summary: A summary.\nyears: [1990, 2000]'),
			/01-test\.md:2: frontmatter: "title" is missing/
		],
		[
			'bad frontmatter: years reversed',
			chapter(step('one'), 'title: T\nsummary: S\nyears: [2000, 1990]'),
			/01-test\.md:4: frontmatter: "years" is invalid/
		],
		[
			'bad frontmatter: invalid YAML',
			chapter(step('one'), 'title: [unclosed\nsummary: S\nyears: [1990, 2000]'),
			/01-test\.md:\d+: frontmatter is not valid YAML/
		],
		['no frontmatter', 'Just prose.', /01-test\.md:1: frontmatter is missing/],
		[
			'an unclosed step',
			chapter('::: step one\nrange: [1990, 2000]\ndescription: x\n---\ntext'),
			/01-test\.md:11: step "one" is not closed/
		],
		[
			'a step with no text',
			chapter('::: step one\nrange: [1990, 2000]\ndescription: x\n---\n:::'),
			/01-test\.md:11: step "one" \(chart "line"\) has no text/
		],
		[
			'an h2 inside a chapter',
			chapter(step('one')).replace('Intro prose.', '## Not allowed'),
			/01-test\.md:\d+: use ### or deeper/
		]
	];

	it.each(bad)('fails on %s, naming the file and line', (_case, source, message) => {
		expect(() => parseChapter(source, FILE, charts)).toThrow(message);
	});

	it('rejects a file name without a number', () => {
		expect(() => parseChapter(chapter(step('one')), 'content/en/chapters/test.md', charts)).toThrow(
			/test\.md: a chapter file must be named NN-slug\.md/
		);
	});
});

describe('buildStory', () => {
	const story = `---\ntitle: T\ndek: D\ndescription: Desc\nsetIn: August 2017\ncredit: C\nreporting:\n  label: R\n  url: https://example.org/\n---\n\nIntro.\n`;

	it('orders chapters by their number and keeps step ids unique across chapters', () => {
		const files = {
			'content/en/story.md': story,
			'content/en/chapters/02-b.md': chapter(step('two')),
			'content/en/chapters/01-a.md': chapter(step('one'))
		};
		const built = buildStory(files, 'en', charts);
		expect(built.chapters.map((c) => c.slug)).toEqual(['a', 'b']);
		expect(built.meta.setIn).toBe('August 2017');
		expect(() =>
			buildStory({ ...files, 'content/en/chapters/02-b.md': chapter(step('one')) }, 'en', charts)
		).toThrow(
			/02-b\.md:11: duplicate step id "one": already used at content\/en\/chapters\/01-a\.md:11/
		);
	});

	it('fails when the story file is missing', () => {
		expect(() => buildStory({}, 'en', charts)).toThrow(/content\/en\/story\.md: file is missing/);
	});
});
