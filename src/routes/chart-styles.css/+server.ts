// The charts' CSS as one file, for the story page to link at once: see lib/story/chart-stylesheets.ts.
import { chartStylesheet } from '$lib/story/chart-stylesheets';

export const prerender = true;

export const GET = () =>
	new Response(chartStylesheet(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
