// Where the site is published, when the build knows it. Absolute URLs (canonical, og:url,
// og:image, the sitemap's Sitemap line) need it; without it every URL stays relative, so the
// export keeps working under any sub-path on any host.

/** Normalises a SITE_URL value: an absolute http(s) URL ending in "/", or undefined if unset. */
export function normaliseSiteUrl(value: string | undefined): string | undefined {
	const text = value?.trim();
	if (!text) return undefined;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new Error(
			`SITE_URL "${text}" is not an absolute URL (e.g. https://example.org/longread/)`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL "${text}" must be an http(s) URL`);
	}
	url.search = '';
	url.hash = '';
	if (!url.pathname.endsWith('/')) url.pathname += '/';
	return url.href;
}

/** The SITE_URL environment variable at build time (server and prerender only). */
export function siteUrl(): string | undefined {
	return normaliseSiteUrl(typeof process === 'undefined' ? undefined : process.env.SITE_URL);
}

/** The path of each language's home, relative to the site root: "" for English, "es/" otherwise. */
export function langPrefix(lang: string): string {
	return lang === 'en' ? '' : `${lang}/`;
}

/** The pages a search engine should know, relative to the site root (presenter view and dev pages stay out). */
export function publicPages(languages: string[]): string[] {
	return languages.flatMap((lang) =>
		['', 'about/', 'present/', 'guide/'].map((page) => langPrefix(lang) + page)
	);
}
