import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { lazyCss } from '$lib/story/chart-stylesheets';
import { paintFirst } from '$lib/server/paint-first';
import { faviconUri } from '$lib/server/favicon';

// <html lang> follows the content: the optional [[lang]] route segment, English by default.
// The tab icon is a PNG drawn at build time (lib/server/favicon.ts).
// The built story page also links the charts' CSS, which its server-drawn charts need at once
// (lib/story/chart-stylesheets.ts); relative to the page, as kit's own links are.
// It also names each chart stylesheet that file holds, disabled (so never fetched): when a
// chart's code arrives, Vite's loader adds a <link> for each stylesheet of that code which the
// page does not already name, and each such link cost 1–5 ms of a task (CPU 4× slower) in the
// middle of a reader's scroll, to load again what the page already has.
// Each built page of the website paints before its code starts (lib/server/paint-first.ts); the
// offline edition, whose code is inline and which sets no CSP, starts as kit writes it.
const paintsFirst = building && process.env.BUILD_MODE !== 'single';

export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang ?? __STORY_LANG__;
	const story = building && event.route.id === '/[[lang=lang]]';
	const root = event.params.lang ? '../' : './';
	const links = story
		? [
				`<link href="${root}chart-styles.css" rel="stylesheet">`,
				...lazyCss().map((file) => `<link href="${root}${file}" rel="stylesheet" disabled>`)
			].join('')
		: '';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang).replace('%favicon%', faviconUri());
			const linked = story ? page.replace('</head>', `${links}</head>`) : page;
			return paintsFirst ? paintFirst(linked) : linked;
		}
	});
};
