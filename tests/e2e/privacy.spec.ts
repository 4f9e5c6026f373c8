// Privacy and security: pages talk to no one but their own host; every built page carries a
// strict Content-Security-Policy (kit.csp, hash mode, as a <meta http-equiv>) and Chromium reports
// no violation of it; links that leave the site carry rel="noopener noreferrer". (The offline
// single file, built without a CSP, is run from file:// by tests/e2e/offline.spec.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const BUILD = process.env.BUILD_DIR ?? 'build';
const PAGES = ['./', 'about/', 'guide/', 'present/', 'present/presenter/', 'dev/gallery/'];
// The offline edition reads its content in the browser (d3-dsv compiles a row parser with
// `new Function`) and runs from file://, so it is built without a CSP (see svelte.config.js).
const OFFLINE = 'offline/story.html';

function htmlFiles(dir = BUILD): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** Console errors, page errors, CSP violations, and requests that leave the page's own origin. */
async function watch(page: Page) {
	const seen = { errors: [] as string[], foreign: [] as string[] };
	page.on('console', (message) => {
		if (message.type() === 'error') seen.errors.push(message.text());
	});
	page.on('pageerror', (error) => seen.errors.push(String(error)));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (['data:', 'blob:'].includes(url.protocol)) return;
		const own = new URL(page.url() === 'about:blank' ? request.url() : page.url());
		if (url.origin !== own.origin) seen.foreign.push(request.url());
	});
	await page.addInitScript(() => {
		const list: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = list;
		document.addEventListener('securitypolicyviolation', (event) => {
			list.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`
			);
		});
	});
	return seen;
}

const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

for (const path of PAGES) {
	test(`${path}: only its own host, no CSP violation, no console error`, async ({ page }) => {
		const seen = await watch(page);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		if (path === './') {
			// Down the whole story, so every chart and lazy part has run.
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			for (let y = 0; y < height; y += 2500) {
				await page.evaluate((top) => window.scrollTo(0, top), y);
				await page.waitForTimeout(30);
			}
			await page.mouse.wheel(0, 400);
			await page.waitForTimeout(300);
		}
		if (path.startsWith('present/')) {
			for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
			await page.keyboard.press('o');
			await page.waitForTimeout(200);
		}
		await page.waitForLoadState('networkidle');
		expect(seen.foreign, 'requests to other hosts').toEqual([]);
		expect(await violations(page), 'CSP violations').toEqual([]);
		expect(seen.errors, 'console errors').toEqual([]);
	});
}

test('the story: JSON-LD and the share image load under the CSP', async ({ page }) => {
	const seen = await watch(page);
	await page.goto('./');
	const ld = await page.locator('script[type="application/ld+json"]').textContent();
	expect(() => JSON.parse(ld!)).not.toThrow();
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	const response = await page.request.get(new URL(image!, page.url()).href);
	expect(response.status()).toBe(200);
	expect(await violations(page)).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test.describe('built files', () => {
	// Facts about files on disk: one run is enough.
	test.skip(({ viewport }) => viewport!.width < 1000, 'checked once, in the desktop project');

	test('every built page carries a strict CSP before any script', () => {
		const files = htmlFiles().filter((file) => !file.endsWith(OFFLINE));
		expect(files.length).toBeGreaterThanOrEqual(5);
		for (const file of files) {
			const html = readFileSync(file, 'utf8');
			const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
			expect(meta, `${file} has a CSP meta tag`).not.toBeNull();
			const firstScript = html.search(/<script[\s>]/i);
			if (firstScript !== -1)
				expect(meta!.index, `${file}: CSP comes before the first script`).toBeLessThan(firstScript);

			const policy = Object.fromEntries(
				meta![1]!
					.split(';')
					.map((part) => part.trim().split(/\s+/))
					.filter((words) => words[0])
					.map(([name, ...values]) => [name!, values])
			);
			expect(policy['default-src']).toEqual(["'self'"]);
			expect(policy['script-src']![0]).toBe("'self'");
			for (const source of policy['script-src']!.slice(1))
				expect(source).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
			for (const source of policy['style-src']!.slice(1))
				expect(source).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
			expect(policy['style-src']![0]).toBe("'self'");
			expect(policy['style-src-attr']).toEqual(["'unsafe-inline'"]);
			expect(policy['img-src']).toEqual(["'self'", 'data:']);
			expect(policy['font-src']).toEqual(["'self'", 'data:']);
			expect(policy['connect-src']).toEqual(["'self'"]);
			expect(policy['object-src']).toEqual(["'none'"]);
			expect(policy['base-uri']).toEqual(["'self'"]);
			expect(policy['form-action']).toEqual(["'none'"]);
			expect(meta![1]).not.toContain('unsafe-eval');
		}
	});

	test('every link that leaves the site has rel="noopener noreferrer"', () => {
		const missing: string[] = [];
		for (const file of htmlFiles()) {
			const html = readFileSync(file, 'utf8');
			for (const [tag] of html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/gi)) {
				const rel = /\srel="([^"]*)"/i.exec(tag)?.[1]?.split(/\s+/) ?? [];
				if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
					missing.push(`${relative(BUILD, file)}: ${tag}`);
				}
			}
		}
		expect(missing).toEqual([]);
	});
});
