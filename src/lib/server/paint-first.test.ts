import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { paintFirst } from './paint-first';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

// The shape of a page kit writes: preloads in the head, the boot script last in the body.
const boot = `
	{
		__sveltekit_abc = { base: new URL(".", location).pathname.slice(0, -1) };
		const element = document.currentScript.parentElement;
		Promise.all([import("./_app/entry/start.js"), import("./_app/entry/app.js")]);
	}
`;
const page = (script = boot) => `<html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${sha256(script)}'; style-src 'self'">
<link href="./_app/entry/start.js" rel="modulepreload">
<link rel="modulepreload" href="./_app/chunks/a.js">
<link href="./_app/app.css" rel="stylesheet">
</head><body><div style="display: contents"><p>Text</p><script>${script}</script></div></body></html>`;

const scriptOf = (html: string) => /<script>([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';

describe('paintFirst', () => {
	it('takes the module preloads out of the head and has the boot script add them', () => {
		const html = paintFirst(page());
		expect(html).not.toMatch(/<link[^>]*modulepreload/);
		expect(html).toContain('<link href="./_app/app.css" rel="stylesheet">');
		expect(scriptOf(html)).toContain('["./_app/entry/start.js","./_app/chunks/a.js"]');
	});

	it('keeps kit’s boot whole, reading the script element it captured before waiting', () => {
		const script = scriptOf(paintFirst(page()));
		expect(script).toContain(boot.replace('document.currentScript', 'bootScript'));
		expect(script.startsWith('{const bootScript = document.currentScript;')).toBe(true);
		expect(script.split('document.currentScript')).toHaveLength(2);
	});

	it('waits for the first contentful paint on a fresh visit only', () => {
		const script = scriptOf(paintFirst(page()));
		expect(script).toContain('getEntriesByName("first-contentful-paint")');
		expect(script).toContain('type === "navigate" && !location.hash');
		expect(script).toContain('if (!freshVisit) startBoot();');
	});

	it('names the new script in the CSP by its hash, and the old one no more', () => {
		const html = paintFirst(page());
		const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
		expect(csp).toContain(`'sha256-${sha256(scriptOf(html))}'`);
		expect(csp).not.toContain(sha256(boot));
		expect(csp).toContain("style-src 'self'");
	});

	it('fails the build when the CSP does not name the boot script', () => {
		const html = page().replace(/'sha256-[^']+'/, "'sha256-other'");
		expect(() => paintFirst(html)).toThrow(/CSP/);
	});

	it('fails the build when kit’s boot script changes the way it finds its element', () => {
		const changed = boot.replace('document.currentScript.parentElement', 'document.body');
		expect(() => paintFirst(page(changed))).toThrow(/currentScript/);
	});

	it('leaves a page without code alone', () => {
		const html = '<html><head></head><body><p>About</p></body></html>';
		expect(paintFirst(html)).toBe(html);
	});

	describe('the script it writes, run', () => {
		// A boot that records the element it was given, in a window with one page load's state.
		const recording = `{ __sveltekit_abc = {}; started.push(document.currentScript.parentElement); }`;
		function load(navigation: string, hash = '') {
			const timers: (() => void)[] = [];
			const observers: ((list: unknown, observer: unknown) => void)[] = [];
			const window = {
				started: [] as string[],
				preloaded: [] as string[],
				storageOpened: 0,
				sessionStorage: {
					get length() {
						window.storageOpened++;
						return 0;
					}
				},
				location: { hash },
				performance: { getEntriesByType: () => [{ type: navigation }] },
				document: {
					currentScript: { parentElement: 'the body’s div' },
					visibilityState: 'visible',
					createElement: () => ({}),
					head: { append: (link: { href: string }) => window.preloaded.push(link.href) }
				},
				PerformanceObserver: Object.assign(
					function (callback: (list: unknown, observer: unknown) => void) {
						observers.push(callback);
						return { observe() {} };
					},
					{ supportedEntryTypes: ['paint'] }
				),
				setTimeout: (run: () => void) => timers.push(run),
				requestAnimationFrame: (run: () => void) => timers.push(run)
			};
			runInNewContext(scriptOf(paintFirst(page(recording))), window);
			const paint = (name: string) =>
				observers.forEach((callback) =>
					callback(
						{ getEntriesByName: (n: string) => (n === name ? [{}] : []) },
						{ disconnect() {} }
					)
				);
			return { window, timers, paint };
		}

		it('on a fresh visit, starts kit (once) in the task after the first contentful paint', () => {
			const { window, timers, paint } = load('navigate');
			expect(window.started).toEqual([]);
			paint('first-paint');
			expect(timers).toHaveLength(1); // only the 3 s stop-gap
			paint('first-contentful-paint');
			expect(window.started).toEqual([]);
			// The stop-gap, then the task after the paint: it opens sessionStorage, which kit reads
			// as it starts, and nothing else.
			timers.splice(0, 2).forEach((run) => run());
			expect(window.storageOpened).toBe(1);
			expect(window.preloaded).toEqual([]);
			// One preload per task, then kit.
			timers.shift()!();
			expect(window.preloaded).toEqual(['./_app/entry/start.js']);
			expect(window.started).toEqual([]);
			timers.shift()!();
			expect(window.preloaded).toEqual(['./_app/entry/start.js', './_app/chunks/a.js']);
			expect(window.started).toEqual([]);
			timers.shift()!();
			expect(window.started).toEqual(['the body’s div']);
			expect(timers).toEqual([]);
		});

		it('after a reload, a back/forward visit or with a hash in the URL, starts at once', () => {
			for (const [navigation, hash] of [
				['reload', ''],
				['back_forward', ''],
				['navigate', '#step']
			] as const) {
				const { window } = load(navigation, hash);
				expect(window.started, `${navigation} ${hash}`).toEqual(['the body’s div']);
				expect(window.preloaded).toEqual(['./_app/entry/start.js', './_app/chunks/a.js']);
			}
		});
	});
});
