import { languages } from '$lib/content';
import { storyPageData } from '$lib/story-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	languages.filter((lang) => lang !== 'en').map((lang) => ({ lang }));

// The audience deck never carries the speaker notes, nor any chart's rows: each chart fetches its
// own (routes/chart-data) when the deck nears it.
export const load: PageServerLoad = ({ params }) => ({
	story: storyPageData(params.lang ?? 'en').story
});
