// The performance budget, in bytes only (never in time): the JavaScript the story page loads
// before it is interactive, gzip-compressed, stays within 90 kB. The bytes are those the browser
// actually fetched during a real page load; gzip (zlib, default level 6) is computed here, so the
// figure does not depend on the test server, and is the same on every run for the same build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const BUILD = process.env.BUILD_DIR ?? 'build';
const KB = 1000;
const BUDGET = { storyJs: 90 * KB };

test.skip(
	({ viewport }) => viewport!.width > 1000,
	'bytes do not depend on the viewport: measured once, on the phone'
);

test('the story loads at most 90 kB of JavaScript (gzip) before it is ready', async ({
	page
}, testInfo) => {
	const files = new Map<string, number>();
	// Bodies arrive after their responses: keep the promises and wait for all of them.
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (!url.pathname.endsWith('.js')) return;
		pending.push(
			response.body().then((body) => {
				files.set(url.pathname, gzipSync(body).length);
			})
		);
	});
	await page.goto('./', { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);

	// Cross-check against the build on disk: the same bytes, so no response was cut short.
	const base = new URL('./', page.url()).pathname;
	for (const [path, gzip] of files) {
		const file = join(BUILD, path.slice(base.length));
		if (existsSync(file)) expect(gzipSync(readFileSync(file)).length, path).toBe(gzip);
	}
	// Every module the HTML asks to preload was loaded.
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
		.map(([tag]) => tag)
		.filter((tag) => /\srel="modulepreload"/.test(tag))
		.map((tag) => /\shref="\.\/([^"]+)"/.exec(tag)![1]!);
	expect(preloads.length).toBeGreaterThan(0);
	for (const preload of preloads) expect([...files.keys()]).toContain(base + preload);

	const total = [...files.values()].reduce((a, b) => a + b, 0);
	const report = [...files]
		.sort((a, b) => b[1] - a[1])
		.map(([path, gzip]) => `${(gzip / KB).toFixed(1).padStart(6)} kB  ${path.slice(base.length)}`)
		.join('\n');
	testInfo.annotations.push({
		type: 'story initial JS (gzip)',
		description: `${(total / KB).toFixed(1)} kB`
	});
	await testInfo.attach('story-initial-js.txt', {
		body: `${report}\n${(total / KB).toFixed(1)} kB in ${files.size} files\n`
	});
	expect(
		total,
		`story initial JS is ${(total / KB).toFixed(1)} kB gzip:\n${report}`
	).toBeLessThanOrEqual(BUDGET.storyJs);
});
