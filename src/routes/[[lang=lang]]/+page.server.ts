import { languages } from '$lib/content';
import { storyPageData } from '$lib/story-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	languages.filter((lang) => lang !== 'en').map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => storyPageData(params.lang ?? 'en');
