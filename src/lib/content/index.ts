// The only reader of content/. It runs at build time (prerendering, and the offline build),
// so bad content fails `npm run build` with a message naming the file and line.
import { chartContracts } from '$lib/charts/contracts';
import { ContentError } from './error';
import { markdown } from './parse';
import { buildStory } from './story';
import type { Story } from './types';

const sources = import.meta.glob<string>(
	['/content/*/story.md', '/content/*/chapters/*.md', '/content/*/guide.md'],
	{
		query: '?raw',
		import: 'default',
		eager: true
	}
);
const files = Object.fromEntries(
	Object.entries(sources).map(([path, text]) => [path.slice(1), text])
);

/** Languages with a folder under content/. */
export const languages = [...new Set(Object.keys(files).map((path) => path.split('/')[1]!))].sort();

const cache = new Map<string, Story>();

export function loadStory(lang = 'en'): Story {
	let story = cache.get(lang);
	if (!story) {
		story = buildStory(files, lang, chartContracts);
		cache.set(lang, story);
	}
	return story;
}

const GUIDE_SLOT = 'QUESTIONS-GO-HERE';

/**
 * The teacher's guide, as HTML in two parts: before and after the place (a line reading
 * QUESTIONS-GO-HERE) where the page lists the discussion prompts drawn from the chapters.
 */
export function loadGuide(lang = 'en'): { before: string; after: string } {
	const file = `content/${lang}/guide.md`;
	const text = files[file];
	if (text === undefined) throw new ContentError(file, undefined, 'file is missing');
	const parts = text.split(new RegExp(`^${GUIDE_SLOT}$`, 'm'));
	if (parts.length !== 2) {
		throw new ContentError(
			file,
			undefined,
			`needs exactly one line "${GUIDE_SLOT}" where the questions go`
		);
	}
	return { before: markdown(parts[0]!), after: markdown(parts[1]!) };
}

export type * from './types';
export { ContentError };
