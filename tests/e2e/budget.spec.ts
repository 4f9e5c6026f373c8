// The performance budget, in bytes only (never in time): the JavaScript the story page needs
// before it is interactive, gzip-compressed, stays within 57 kB (the goal, what The
// Pudding's starter page loads with no chart; its floor was 90 kB). The charts' code is not in
// it: each loads as its section nears (or on print, or when idle), the server's markup showing
// its first state meanwhile. Measured on the build itself:
// the entry modules the HTML loads and preloads, plus every module they import statically.
// Deterministic: the same build gives the same figure on every run and every machine.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const BUILD = process.env.BUILD_DIR ?? 'build';
const KB = 1000;
const BUDGET = { storyJs: 57 * KB };

/** The JS files a page starts with: preloads, module scripts and the inline start-up imports. */
function initialModules(html: string): string[] {
	// Attributes come in any order (kit writes href before rel).
	const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
		.map(([tag]) => tag)
		.filter((tag) => /\brel="modulepreload"/.test(tag))
		.map((tag) => /\bhref="\.\/([^"]+\.js)"/.exec(tag)?.[1]);
	const found = [
		...preloads,
		...[...html.matchAll(/<script\b[^>]*\bsrc="\.\/([^"]+\.js)"/g)].map((match) => match[1]),
		...[...html.matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((match) => match[1])
	].filter((file): file is string => Boolean(file));
	return [...new Set(found)];
}

/** Follows static imports (`import … from "./x.js"`, `import "./x.js"`) through the build. */
function withStaticImports(entries: string[]): string[] {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(join(BUILD, file), 'utf8');
		// Minified imports: from"./x.js", from"../chunks/x.js", import"./x.js".
		for (const [, from, bare] of code.matchAll(
			/from"(\.\.?\/[^"]+\.js)"|import"(\.\.?\/[^"]+\.js)"/g
		)) {
			queue.push(normalize(join(dirname(file), (from ?? bare)!)));
		}
	}
	return [...seen];
}

test('the story loads at most 57 kB of JavaScript (gzip) before it is ready', async ({
	page: _page
}, testInfo) => {
	test.skip(
		testInfo.project.name !== 'phone',
		'bytes do not depend on the viewport: measured once'
	);
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	const entries = initialModules(html);
	expect(entries.length).toBeGreaterThan(0);
	const files = withStaticImports(entries).map((file) => ({
		file,
		gzip: gzipSync(readFileSync(join(BUILD, file))).length
	}));
	const total = files.reduce((sum, f) => sum + f.gzip, 0);
	// The measure itself must see the page's code (kit runtime, layout, page), or the
	// budget would pass on nothing: it once matched only the two entry stubs.
	expect(
		files.some((f) => f.file.includes('/nodes/0.')),
		'the layout node is counted'
	).toBe(true);
	expect(
		files.some((f) => f.file.includes('/nodes/2.')),
		'the story page node is counted'
	).toBe(true);
	expect(total, 'kit and Svelte are counted').toBeGreaterThan(40 * KB);
	const report = files
		.sort((a, b) => b.gzip - a.gzip)
		.map((f) => `${(f.gzip / KB).toFixed(1).padStart(6)} kB  ${f.file}`)
		.join('\n');
	testInfo.annotations.push({
		type: 'story initial JS (gzip)',
		description: `${(total / KB).toFixed(1)} kB`
	});
	expect(
		total,
		`story initial JS is ${(total / KB).toFixed(1)} kB gzip:\n${report}`
	).toBeLessThanOrEqual(BUDGET.storyJs);
});

// The prose, step text, notes and charts' first states are in the page as markup, rendered once by
// the server; the page's data must not carry them a second time (see src/lib/story/server-markup.ts).
test('the story page data leaves out the markup the server has already rendered', async ({
	page
}, testInfo) => {
	test.skip(testInfo.project.name !== 'phone', 'bytes do not depend on the viewport');
	const data = readFileSync(join(BUILD, '__data.json'), 'utf8');
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	expect(data.length, 'story page data, raw bytes').toBeLessThanOrEqual(160 * KB);

	await page.goto('./');
	// Plain words (no quotes or entities), so the raw HTML and the JSON spell them alike.
	const words = (text: string | null) => (text ?? '').match(/[A-Za-z ]{30,}/)?.[0] ?? '';
	const prose = words(await page.locator('.chapter div.prose p').first().textContent());
	const step = words(await page.locator('.step-text p').first().textContent());
	const summary = words(await page.locator('.chart-notes .summary').first().textContent());
	for (const text of [prose, step, summary]) {
		expect(text.length).toBeGreaterThanOrEqual(30);
		expect(html, 'the page has it').toContain(text);
		expect(data, 'the data does not').not.toContain(text);
	}
	expect(data).not.toContain('chart-notes');
	// Every chart is there before any script runs, at its first step.
	expect(html.match(/<figure[^>]*data-chart=/g)?.length).toBe(
		await page.locator('.scrolly').count()
	);
});
