import { z } from 'zod';
import { ContentError } from './error';
import { markdown, parseChapter, splitFrontmatter, type ChartContract } from './parse';
import type { Story } from './types';
import { parseYaml } from './yaml';

const metaSchema = z.strictObject({
	title: z.string().min(1),
	dek: z.string().min(1),
	description: z.string().min(1).max(200),
	setIn: z.string().min(1),
	credit: z.string().min(1),
	reporting: z.strictObject({ label: z.string().min(1), url: z.url() })
});

/**
 * Builds one language's story from its files, keyed by path relative to the project
 * ("content/en/story.md", "content/en/chapters/02-crime-wave.md"). Pure, so tests can feed fixtures.
 */
export function buildStory(
	files: Record<string, string>,
	lang: string,
	charts: Record<string, ChartContract>
): Story {
	const root = `content/${lang}`;
	const storyFile = `${root}/story.md`;
	const storySource = files[storyFile];
	if (storySource === undefined) throw new ContentError(storyFile, undefined, 'file is missing');
	const { yaml, body } = splitFrontmatter(storySource, storyFile);
	const meta = parseYaml(yaml, metaSchema, storyFile, 2, 'frontmatter');

	const chapterFiles = Object.keys(files)
		.filter((path) => path.startsWith(`${root}/chapters/`))
		.sort();
	if (chapterFiles.length === 0)
		throw new ContentError(`${root}/chapters/`, undefined, 'no chapters found');

	const seenStepIds = new Map<string, string>();
	const chapters = chapterFiles.map((file) =>
		parseChapter(files[file]!, file, charts, seenStepIds)
	);
	chapters.forEach((chapter, index) => {
		const previous = chapters[index - 1];
		if (previous?.number === chapter.number) {
			throw new ContentError(
				chapterFiles[index]!,
				undefined,
				`chapter number ${chapter.number} is used twice`
			);
		}
	});
	return { lang, meta, intro: markdown(body.join('\n')), chapters };
}
