import type { PageLoad } from './$types';

// The browser gets the page data without the markup the server renders (+page.server.ts); here,
// on the server only, the full story comes back with that markup, to be rendered into the page.
// In dev both sides render everything, as the offline edition does. (import.meta.env, not
// $app/environment: only a build-time constant lets the browser bundle drop these imports.)
export const load: PageLoad = async ({ data, params }) => {
	if (!import.meta.env.SSR || import.meta.env.DEV) return data;
	const { storyPageData } = await import('$lib/story-data');
	const { renderMarkup } = await import('$lib/story/render-markup');
	const page = storyPageData(params.lang ?? 'en');
	return { ...page, markup: renderMarkup(page) };
};
