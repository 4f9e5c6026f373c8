// The offline edition, published beside the site for teachers to download.
// `npm run build` makes it first (build:single), so it is here to copy.
import { existsSync, readFileSync } from 'node:fs';

export const prerender = true;

export function GET() {
	const file = `${process.env.SINGLE_DIR ?? 'build-single'}/index.html`;
	if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build:single" before "vite build"`);
	return new Response(readFileSync(file), {
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}
