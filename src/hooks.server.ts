import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';

// <html lang> follows the content: the optional [[lang]] route segment, English by default.
// The built story page also links the charts' CSS, which its server-drawn charts need at once
// (lib/story/chart-stylesheets.ts); relative to the page, as kit's own links are.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang ?? __STORY_LANG__;
	const story = building && event.route.id === '/[[lang=lang]]';
	const root = event.params.lang ? '../' : './';
	const link = `<link href="${root}chart-styles.css" rel="stylesheet">`;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			return story ? page.replace('</head>', `${link}</head>`) : page;
		}
	});
};
