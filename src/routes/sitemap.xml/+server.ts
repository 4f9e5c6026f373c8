// sitemap.xml: the story, its sources page, the deck and the teacher's guide in every language.
// With SITE_URL set at build time the locations are absolute, as the sitemaps protocol wants;
// without it they are relative to the sitemap itself, so the export still works at any sub-path.
import { languages } from '$lib/content';
import { publicPages, siteUrl } from '$lib/share/site';

export const prerender = true;

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function GET() {
	const root = siteUrl() ?? './';
	const urls = publicPages(languages).map(
		(page) => `\t<url><loc>${escape(root + page)}</loc></url>`
	);
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls,
		'</urlset>',
		''
	].join('\n');
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
