// The performance budget, in bytes only (never in time): the JavaScript the story page and the
// deck need before they are interactive, gzip-compressed, stays within 57 kB (the goal,
// what The Pudding's starter page loads with no chart; its floor was 90 kB). The charts' code is
// not in it: each loads as its section or slide nears (or on print, or when idle), the server's
// markup showing a story chart's first state meanwhile. Measured on the build itself:
// the entry modules the HTML loads and preloads, plus every module they import statically.
// Deterministic: the same build gives the same figure on every run and every machine.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const BUILD = process.env.BUILD_DIR ?? 'build';
const KB = 1000;
const BUDGET = { initialJs: 57 * KB, preloadedFonts: 42 * KB };

/** The JS files a page starts with (paths in the build): preloads, module scripts, the boot's imports and preloads. */
function initialModules(page: string): string[] {
	const html = readFileSync(join(BUILD, page), 'utf8');
	// Attributes come in any order (kit writes href before rel); paths are relative to the page.
	const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
		.map(([tag]) => tag)
		.filter((tag) => /\brel="modulepreload"/.test(tag))
		.map((tag) => /\bhref="(\.\.?\/[^"]+\.js)"/.exec(tag)?.[1]);
	const found = [
		...preloads,
		...[...html.matchAll(/<script\b[^>]*\bsrc="(\.\.?\/[^"]+\.js)"/g)].map((match) => match[1]),
		// The boot script's imports and the modules it preloads once the page has painted
		// (lib/server/paint-first.ts): any quoted relative .js path.
		...[...html.matchAll(/"(\.\.?\/[^"]+\.js)"/g)].map((match) => match[1])
	].filter((file): file is string => Boolean(file));
	return [...new Set(found.map((file) => normalize(join(dirname(page), file))))];
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

// The deck starts on its title slide, which draws no chart: its charts load as it nears them.
for (const { name, page, node } of [
	{ name: 'story', page: 'index.html', node: 2 },
	{ name: 'deck', page: 'present/index.html', node: 5 }
]) {
	test(`the ${name} loads at most 57 kB of JavaScript (gzip) before it is ready`, async ({
		page: _page
	}, testInfo) => {
		test.skip(
			testInfo.project.name !== 'phone',
			'bytes do not depend on the viewport: measured once'
		);
		const entries = initialModules(page);
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
			files.some((f) => f.file.includes(`/nodes/${node}.`)),
			`the ${name} page node is counted`
		).toBe(true);
		expect(total, 'kit and Svelte are counted').toBeGreaterThan(40 * KB);
		const report = files
			.sort((a, b) => b.gzip - a.gzip)
			.map((f) => `${(f.gzip / KB).toFixed(1).padStart(6)} kB  ${f.file}`)
			.join('\n');
		testInfo.annotations.push({
			type: `${name} initial JS (gzip)`,
			description: `${(total / KB).toFixed(1)} kB`
		});
		expect(
			total,
			`${name} initial JS is ${(total / KB).toFixed(1)} kB gzip:\n${report}`
		).toBeLessThanOrEqual(BUDGET.initialJs);
	});
}

// The four fonts the first screen needs are preloaded, so they compete with the page for the
// network: subset to the site's characters (scripts/subset-fonts.mjs), they came to 40.1 kB, from 71.0.
test(`the story preloads at most 42 kB of fonts`, async ({ page: _page }, testInfo) => {
	test.skip(testInfo.project.name !== 'phone', 'bytes do not depend on the viewport');
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	const fonts = [...html.matchAll(/<link\b[^>]*\bas="font"[^>]*>/g)].map(
		([tag]) => /\bhref="(\.\.?\/[^"]+\.woff2)"/.exec(tag)![1]!
	);
	expect(fonts.length, 'serif regular and bold, sans regular and semibold').toBe(4);
	const bytes = fonts.reduce((sum, file) => sum + readFileSync(join(BUILD, file)).length, 0);
	testInfo.annotations.push({
		type: 'preloaded fonts',
		description: `${(bytes / KB).toFixed(1)} kB`
	});
	expect(bytes).toBeLessThanOrEqual(BUDGET.preloadedFonts);
});

// Every script the site loads tells Chromium to compile all its functions as it downloads, off the
// main thread (vite.config.ts): compiled lazily, a chart's code was compiled in the task that
// starts the chart or first changes its step, in the middle of a reader's scroll.
test('every script carries the compile hint on its first line', async ({
	page: _page
}, testInfo) => {
	test.skip(testInfo.project.name !== 'phone', 'the files do not depend on the viewport');
	const scripts = readdirSync(join(BUILD, '_app/immutable'), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.js'))
		.map((file) => join('_app/immutable', file));
	expect(scripts.length).toBeGreaterThan(10);
	for (const file of scripts)
		expect(readFileSync(join(BUILD, file), 'utf8').split('\n', 1)[0], file).toBe(
			'//# allFunctionsCalledOnLoad'
		);
});

// The sources page and the teacher's guide are read and printed, never run: they ship no script.
test('the about page and the guide load no JavaScript', async ({ page: _page }, testInfo) => {
	test.skip(
		testInfo.project.name !== 'phone',
		'bytes do not depend on the viewport: measured once'
	);
	for (const page of ['about/index.html', 'guide/index.html']) {
		expect(initialModules(page), page).toEqual([]);
		const html = readFileSync(join(BUILD, page), 'utf8');
		expect(
			html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, ''),
			page
		).not.toMatch(/<script/);
	}
});

// The prose, step text, notes and charts' first states are in the page as markup, rendered once by
// the server; the page's data must not carry them a second time (see src/lib/story/server-markup.ts),
// nor the charts' rows, which each chart fetches from chart-data/ when it wakes.
test('the story page data leaves out the markup the server has already rendered, and the rows', async ({
	page
}, testInfo) => {
	test.skip(testInfo.project.name !== 'phone', 'bytes do not depend on the viewport');
	const data = readFileSync(join(BUILD, '__data.json'), 'utf8');
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	expect(data.length, 'story page data, raw bytes').toBeLessThanOrEqual(30 * KB);
	// Column names from a few datasets' rows (the crime rates, the map's laws), and the CSV in the
	// download links: none of these is in the page.
	for (const row of ['violent_crime_rate', 'medical_year', 'counted_in_29', 'data:text/csv'])
		expect(data + html, `the page does not carry ${row}`).not.toContain(row);

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
