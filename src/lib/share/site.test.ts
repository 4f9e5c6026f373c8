// SITE_URL: absolute canonical, og:url, og:image, sitemap and a Sitemap line when it is set at
// build time; relative URLs (and no Sitemap line) when it is not. The e2e tests see the build
// without it; these render the head and the endpoints both ways. Plus the share card itself.
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { languages, loadStory } from '$lib/content';
import StoryHead from '$lib/story/StoryHead.svelte';
import { GET as robots } from '../../routes/robots.txt/+server';
import { GET as sitemap } from '../../routes/sitemap.xml/+server';
import { CARD, linePath, renderCard } from './card';
import { normaliseSiteUrl, publicPages } from './site';

const meta = loadStory('en').meta;
const SITE = 'https://news.example/longread/';

afterEach(() => {
	delete process.env.SITE_URL;
});

describe('normaliseSiteUrl', () => {
	it('adds the trailing slash, drops query and fragment, ignores blanks', () => {
		expect(normaliseSiteUrl('https://news.example/longread')).toBe(SITE);
		expect(normaliseSiteUrl(' https://news.example/longread/?x=1#y ')).toBe(SITE);
		expect(normaliseSiteUrl('')).toBeUndefined();
		expect(normaliseSiteUrl(undefined)).toBeUndefined();
	});
	it('refuses what is not an absolute http(s) URL', () => {
		expect(() => normaliseSiteUrl('/longread/')).toThrow(/not an absolute URL/);
		expect(() => normaliseSiteUrl('ftp://news.example/')).toThrow(/http/);
	});
});

describe('without SITE_URL', () => {
	it('the head is relative: canonical "./", og:image "share.png", no og:url', () => {
		const { head } = render(StoryHead, { props: { meta, lang: 'en' } });
		expect(head).toContain('<link rel="canonical" href="./"');
		expect(head).toContain('<meta property="og:image" content="share.png"');
		expect(head).not.toContain('og:url');
	});
	it('the sitemap lists relative locations, robots.txt has no Sitemap line', async () => {
		const xml = await sitemap().text();
		expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual(
			publicPages(languages).map((page) => `./${page}`)
		);
		expect(await robots().text()).toBe('User-agent: *\nAllow: /\n');
	});
});

describe('with SITE_URL', () => {
	it('the head is absolute, JSON-LD included', () => {
		process.env.SITE_URL = 'https://news.example/longread';
		const { head } = render(StoryHead, { props: { meta, lang: 'en' } });
		expect(head).toContain(`<link rel="canonical" href="${SITE}"`);
		expect(head).toContain(`<meta property="og:url" content="${SITE}"`);
		expect(head).toContain(`<meta property="og:image" content="${SITE}share.png"`);
		expect(head).toContain(`<meta name="twitter:image" content="${SITE}share.png"`);
		const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(head)![1]!);
		expect(ld).toMatchObject({
			'@type': 'NewsArticle',
			url: SITE,
			mainEntityOfPage: SITE,
			image: [`${SITE}share.png`]
		});
	});
	it('another language keeps its prefix, and the card stays at the root', () => {
		process.env.SITE_URL = SITE;
		const { head } = render(StoryHead, { props: { meta, lang: 'es' } });
		expect(head).toContain(`<link rel="canonical" href="${SITE}es/"`);
		expect(head).toContain(`<meta property="og:image" content="${SITE}share.png"`);
	});
	it('the sitemap is absolute and robots.txt points to it', async () => {
		process.env.SITE_URL = SITE;
		const xml = await sitemap().text();
		expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual([
			SITE,
			`${SITE}about/`,
			`${SITE}present/`,
			`${SITE}guide/`
		]);
		expect(await robots().text()).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}sitemap.xml\n`);
	});
});

describe('the share card', () => {
	it('draws the series into its box', () => {
		expect(linePath([], 100, 50)).toBe('');
		expect(
			linePath(
				[
					{ x: 2000, y: 0 },
					{ x: 2010, y: 5 },
					{ x: 2020, y: 10 }
				],
				100,
				50
			)
		).toBe('M0.0,50.0L50.0,25.0L100.0,0.0');
	});
	it('is a 1200×630 PNG', async () => {
		const png = Buffer.from(
			await renderCard({
				title: meta.title,
				dek: meta.dek,
				kicker: 'Set in',
				points: [
					{ x: 1, y: 1 },
					{ x: 2, y: 3 }
				],
				caption: 'A caption',
				from: 'FY1',
				to: 'FY2'
			})
		);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(CARD);
	});
});
