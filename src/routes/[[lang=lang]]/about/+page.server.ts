import { languages, loadStory } from '$lib/content';
import { loadSource, sourceIds } from '$lib/data';
import type { EntryGenerator, PageServerLoad } from './$types';

// A page to read and print, with nothing to run: it ships no JavaScript (and so starts at once).
export const csr = false;

export const entries: EntryGenerator = () =>
	languages.filter((lang) => lang !== 'en').map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const story = loadStory(params.lang ?? 'en');
	return { meta: story.meta, sources: sourceIds.map(loadSource) };
};
