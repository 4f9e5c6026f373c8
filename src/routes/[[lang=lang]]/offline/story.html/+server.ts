// The offline edition of each language, published beside the site for teachers to download.
// `npm run build` makes the single files first (scripts/build-single.mjs), so they are here to copy.
import { existsSync, readFileSync } from 'node:fs';
import { languages } from '$lib/content';
import { singleFile } from '$lib/offline-path.js';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	languages.filter((lang) => lang !== 'en').map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => {
	const file = singleFile(params.lang ?? 'en');
	if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build:single" first`);
	return new Response(readFileSync(file), {
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
};
