// The only reader of content/. It runs at build time (prerendering, and the offline build),
// so bad content fails `npm run build` with a message naming the file and line.
import { chartContracts } from '$lib/charts/contracts';
import { buildStory } from './story';
import type { Story } from './types';

const sources = import.meta.glob<string>(['/content/*/story.md', '/content/*/chapters/*.md'], {
	query: '?raw',
	import: 'default',
	eager: true
});
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

export type * from './types';
export { ContentError } from './error';
