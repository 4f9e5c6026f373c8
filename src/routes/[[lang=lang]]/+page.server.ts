import { languages } from '$lib/content';
import { storyPageData } from '$lib/story-data';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every language's story, and every dataset a chart draws, is read when the build first loads this
// module (its analysis step): bad content fails the build in seconds, naming the file and line,
// instead of after the client is bundled.
for (const lang of languages) storyPageData(lang);

export const entries: EntryGenerator = () =>
	languages.filter((lang) => lang !== 'en').map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => storyPageData(params.lang ?? 'en');
