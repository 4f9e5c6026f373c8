// Links: every internal href/src in every built HTML file (read from disk) leads to a file that
// exists, and every #fragment to an id in its target page. URLs resolve as a browser would, with
// the export hosted under a sub-path, so a root-relative "/x" (outside the export) counts as broken.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

const BUILD = process.env.BUILD_DIR ?? 'build';
const SITE = 'https://publisher.example';
const BASE = '/hosted/under/a/sub-path/';

test.skip(
	({ viewport }) => viewport!.width < 1000,
	'files on disk: checked once, in the desktop project'
);

function htmlFiles(dir = BUILD): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		// The offline edition is an app shell that routes by its hash and is opened from disk; its
		// own test (offline.spec.ts) checks that it works with no network.
		if (path.includes('/offline/')) return [];
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The URL a built file is served at: build/about/index.html → …/about/. */
function urlOf(file: string): URL {
	const path = relative(BUILD, file).split('\\').join('/');
	return new URL(BASE + path.replace(/(^|\/)index\.html$/, '$1'), SITE);
}

/** Every link a page makes: attributes outside scripts, dynamic imports inside inline scripts. */
function linksIn(html: string): { kind: string; value: string }[] {
	const links: { kind: string; value: string }[] = [];
	const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (script) => {
		for (const [, value] of script.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
			links.push({ kind: 'import()', value: value! });
		}
		return /<script\b[^>]*>/i.exec(script)![0];
	});
	const withoutComments = withoutScripts.replace(/<!--[\s\S]*?-->/g, '');
	for (const [tag] of withoutComments.matchAll(/<[a-z][^>]*>/gi)) {
		for (const [, name, value] of tag.matchAll(/\s(href|src)="([^"]*)"/gi)) {
			links.push({ kind: name!.toLowerCase(), value: decodeEntities(value!) });
		}
		for (const [, srcset] of tag.matchAll(/\ssrcset="([^"]*)"/gi)) {
			for (const part of srcset!.split(','))
				links.push({ kind: 'srcset', value: part.trim().split(/\s+/)[0]! });
		}
		if (/^<meta\b/i.test(tag) && /\s(property|name)="(og:image|og:url|twitter:image)"/i.test(tag)) {
			const content = /\scontent="([^"]*)"/i.exec(tag)?.[1];
			if (content) links.push({ kind: 'meta', value: decodeEntities(content) });
		}
	}
	return links;
}

const decodeEntities = (text: string) =>
	text
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
	let ids = idCache.get(file);
	if (!ids) {
		const html = readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
		ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
		idCache.set(file, ids);
	}
	return ids;
}

/** What is wrong with a link from `page`, or undefined when it is fine (or leaves the site). */
function problem(page: URL, value: string): string | undefined {
	if (/^(data|mailto|tel|javascript|blob):/i.test(value)) return undefined;
	if (value === '') return 'empty URL';
	let url: URL;
	try {
		url = new URL(value, page);
	} catch {
		return 'not a valid URL';
	}
	if (url.origin !== SITE) return undefined; // external: not ours to check here
	if (!url.pathname.startsWith(BASE)) return `resolves to ${url.pathname}, outside the export`;
	let path = decodeURIComponent(url.pathname.slice(BASE.length));
	let file = join(BUILD, path);
	if (path === '' || path.endsWith('/')) file = join(file, 'index.html');
	else if (existsSync(file) && statSync(file).isDirectory())
		return `a folder without its trailing slash (${path})`;
	if (!existsSync(file)) return `no file ${relative(BUILD, file)}`;
	path = relative(BUILD, file);
	const fragment = decodeURIComponent(url.hash.slice(1));
	if (fragment && file.endsWith('.html') && !idsIn(file).has(fragment)) {
		return `no element with id="${fragment}" in ${path}`;
	}
	return undefined;
}

test('every internal link, asset and #fragment in the built HTML resolves', () => {
	const files = htmlFiles();
	expect(files.length).toBeGreaterThanOrEqual(5);
	const broken: string[] = [];
	let checked = 0;
	for (const file of files) {
		const page = urlOf(file);
		for (const { kind, value } of linksIn(readFileSync(file, 'utf8'))) {
			checked++;
			const why = problem(page, value);
			if (why) broken.push(`${relative(BUILD, file)}: ${kind} "${value}": ${why}`);
		}
	}
	expect(checked).toBeGreaterThan(50);
	expect([...new Set(broken)]).toEqual([]);
});

test('the checker itself catches a missing file, a missing id and a root-relative path', () => {
	const page = urlOf(join(BUILD, 'about', 'index.html'));
	expect(problem(page, '../')).toBeUndefined();
	expect(problem(page, '../no-such-page/')).toMatch(/no file/);
	expect(problem(page, '../#no-such-id-anywhere')).toMatch(/no element with id/);
	expect(problem(page, '/about/')).toMatch(/outside the export/);
	expect(problem(page, 'https://example.org/')).toBeUndefined();
});
