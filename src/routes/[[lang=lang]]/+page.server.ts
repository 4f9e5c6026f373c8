import { languages } from '$lib/content';
import { dev } from '$app/environment';
import { forBrowser, storyPageData } from '$lib/story-data';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every language's story, and every dataset a chart draws, is read when the build first loads this
// module (its analysis step): bad content fails the build in seconds, naming the file and line,
// instead of after the client is bundled.
for (const lang of languages) storyPageData(lang);

export const entries: EntryGenerator = () =>
	languages.filter((lang) => lang !== 'en').map((lang) => ({ lang }));

// What the browser is sent; +page.ts adds back, on the server, the markup it adopts.
export const load: PageServerLoad = ({ params }) => {
	const page = storyPageData(params.lang ?? 'en');
	return dev ? page : forBrowser(page);
};
