import { languages, loadGuide, loadStory } from '$lib/content';
import { questionsByChapter } from '$lib/guide/questions';
import type { EntryGenerator, PageServerLoad } from './$types';

// A page to read and print, with nothing to run: it ships no JavaScript (and so starts at once).
export const csr = false;

export const entries: EntryGenerator = () =>
	languages.filter((lang) => lang !== 'en').map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang ?? 'en';
	const story = loadStory(lang);
	return { meta: story.meta, guide: loadGuide(lang), questions: questionsByChapter(story) };
};
