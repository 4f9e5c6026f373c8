import type { Handle } from '@sveltejs/kit';

// <html lang> follows the content: the optional [[lang]] route segment, English by default.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang ?? __STORY_LANG__;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
