import { languages } from '$lib/content';
import { storyPageData } from '$lib/story-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	languages.filter((lang) => lang !== 'en').map((lang) => ({ lang }));

// Only the presenter view carries the speaker notes and prompts; its charts fetch their rows.
export const load: PageServerLoad = ({ params }) => ({
	story: storyPageData(params.lang ?? 'en', { notes: true }).story
});
