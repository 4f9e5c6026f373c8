import { languages } from '$lib/content';
import { storyPageData } from '$lib/story-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	languages.filter((lang) => lang !== 'en').map((lang) => ({ lang }));

// The audience deck never carries the speaker notes.
export const load: PageServerLoad = ({ params }) => storyPageData(params.lang ?? 'en');
