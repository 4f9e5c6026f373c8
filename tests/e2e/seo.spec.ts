// Sharing and search, in the built site: titles, descriptions, a canonical link that names the
// page itself wherever it is hosted, Open Graph and Twitter cards with a real 1200×630 PNG,
// NewsArticle JSON-LD without invented facts, sitemap.xml and robots.txt; a PNG tab icon.
import { expect, test, type Page } from '@playwright/test';

// The e2e build may be made with SITE_URL (absolute URLs) or without (relative ones).
const SITE_URL = process.env.SITE_URL?.trim() || undefined;
const PUBLIC = ['./', 'about/', 'guide/', 'present/'];
const HIDDEN = ['present/presenter/', 'dev/gallery/'];

test.skip(
	({ viewport }) => viewport!.width < 1000,
	'head tags do not depend on the viewport: checked once'
);

const attr = (page: Page, selector: string, name: string) =>
	page.locator(selector).first().getAttribute(name);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const path of PUBLIC) {
	test(`${path}: a title, a description, lang, and no noindex`, async ({ page }) => {
		await page.goto(path);
		const title = await page.title();
		expect(title.length).toBeGreaterThan(10);
		expect(title.length).toBeLessThanOrEqual(90);
		const description = await attr(page, 'meta[name="description"]', 'content');
		expect(description?.length ?? 0).toBeGreaterThan(50);
		expect(description!.length).toBeLessThanOrEqual(200);
		expect(await page.locator('meta[name="description"]').count()).toBe(1);
		expect(await page.locator('title').count()).toBe(1);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('meta[name="robots"][content*="noindex"]').count()).toBe(0);
		// A tab icon, as a PNG: an SVG one cost a start-up task (lib/server/favicon.ts).
		const icon = await attr(page, 'link[rel="icon"]', 'href');
		expect(icon).toMatch(/^data:image\/png;base64,/);
		expect(pngSize(Buffer.from(icon!.split(',')[1]!, 'base64'))).toEqual({ width: 48, height: 48 });
	});
}

for (const path of HIDDEN) {
	test(`${path} is kept out of search (noindex)`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	});
}

test('the story: canonical, Open Graph, Twitter card and the share image', async ({ page }) => {
	await page.goto('./?utm_source=test#crime-fall');
	const here = new URL(page.url());
	const canonical = await attr(page, 'link[rel="canonical"]', 'href');
	expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
	if (SITE_URL) {
		expect(canonical).toMatch(/^https?:\/\//);
		expect(canonical!.startsWith(SITE_URL.replace(/\/?$/, '/'))).toBe(true);
		expect(await attr(page, 'meta[property="og:url"]', 'content')).toBe(canonical);
	} else {
		// Relative: it resolves to this very page (without query or fragment) wherever it is hosted.
		expect(canonical).not.toMatch(/^[a-z]+:|^\//i);
		expect(new URL(canonical!, page.url()).href).toBe(here.origin + here.pathname);
	}

	const title = await page.locator('h1').textContent();
	expect(await attr(page, 'meta[property="og:title"]', 'content')).toBe(title!.trim());
	expect(await attr(page, 'meta[name="twitter:title"]', 'content')).toBe(title!.trim());
	const description = await attr(page, 'meta[name="description"]', 'content');
	expect(await attr(page, 'meta[property="og:description"]', 'content')).toBe(description);
	expect(await attr(page, 'meta[name="twitter:description"]', 'content')).toBe(description);
	expect(await attr(page, 'meta[property="og:type"]', 'content')).toBe('article');
	expect(await attr(page, 'meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
	expect(await attr(page, 'meta[property="og:image:alt"]', 'content')).toContain(title!.trim());

	const image = await attr(page, 'meta[property="og:image"]', 'content');
	expect(await attr(page, 'meta[name="twitter:image"]', 'content')).toBe(image);
	if (SITE_URL) expect(image).toMatch(/^https?:\/\//);
	// Fetch the card from this server, whatever origin the tag names.
	const imageUrl = new URL(new URL(image!, page.url()).pathname.split('/').pop()!, page.url());
	const response = await page.request.get(imageUrl.href);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const bytes = await response.body();
	expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
	expect(await attr(page, 'meta[property="og:image:width"]', 'content')).toBe('1200');
	expect(await attr(page, 'meta[property="og:image:height"]', 'content')).toBe('630');
	// A card with a title, a dek and a chart on it is far from a blank image.
	expect(bytes.length).toBeGreaterThan(20_000);
});

test('the story: NewsArticle JSON-LD from the content, with no invented dates or people', async ({
	page
}) => {
	await page.goto('./');
	const scripts = page.locator('script[type="application/ld+json"]');
	expect(await scripts.count()).toBe(1);
	const data = JSON.parse((await scripts.textContent())!);
	expect(data['@context']).toBe('https://schema.org');
	expect(data['@type']).toBe('NewsArticle');
	expect(data.headline).toBe((await page.locator('h1').textContent())!.trim());
	expect(data.headline.length).toBeLessThanOrEqual(110);
	expect(data.description).toBe(await attr(page, 'meta[name="description"]', 'content'));
	expect(data.inLanguage).toBe('en');
	expect(data.image).toHaveLength(1);
	for (const key of ['datePublished', 'dateModified', 'dateCreated'])
		expect(data).not.toHaveProperty(key);
	for (const role of ['author', 'publisher']) {
		expect(data[role]['@type'], `${role} is the project, not a person`).toBe('Organization');
		expect(data[role].name.length).toBeGreaterThan(3);
	}
	// "Set in August 2017" is the story's own dateline, not a publication date.
	expect(await page.locator('.byline').textContent()).toContain(data.dateline);
	expect(data.isBasedOn.url).toMatch(/^https:\/\//);
});

test('sitemap.xml lists the story, about, the deck and the guide, and each resolves', async ({
	page
}) => {
	const response = await page.request.get('sitemap.xml');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/xml/);
	const xml = await response.text();
	expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
	expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
	const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
	const base = new URL('./', response.url());
	const paths = locs.map((loc) => {
		if (SITE_URL) {
			expect(loc.startsWith(SITE_URL.replace(/\/?$/, '/'))).toBe(true);
			return loc.slice(SITE_URL.replace(/\/?$/, '/').length);
		}
		return new URL(loc, base).pathname.slice(base.pathname.length);
	});
	expect(paths.sort()).toEqual(['', 'about/', 'guide/', 'present/'].sort());
	for (const path of paths) {
		expect((await page.request.get(new URL(path, base).href)).status(), path).toBe(200);
	}
});

test('robots.txt allows everything; a Sitemap line only with SITE_URL', async ({ page }) => {
	const response = await page.request.get('robots.txt');
	expect(response.status()).toBe(200);
	const text = await response.text();
	expect(text).toMatch(/^User-agent: \*$/m);
	expect(text).not.toMatch(/^Disallow:\s*\/\s*$/m);
	if (SITE_URL) expect(text).toContain(`Sitemap: ${SITE_URL.replace(/\/?$/, '/')}sitemap.xml`);
	else expect(text).not.toMatch(/Sitemap:/i);
});
