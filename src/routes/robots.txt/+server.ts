// robots.txt: everything may be crawled (the presenter view and the dev gallery carry
// <meta name="robots" content="noindex">). The Sitemap line needs an absolute URL, so it is
// written only when SITE_URL is set at build time.
import { siteUrl } from '$lib/share/site';

export const prerender = true;

export function GET() {
	const root = siteUrl();
	const lines = [
		'User-agent: *',
		'Allow: /',
		...(root ? ['', `Sitemap: ${root}sitemap.xml`] : []),
		''
	];
	return new Response(lines.join('\n'), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
