import { createHash } from 'node:crypto';

/**
 * A built page paints before its code runs, on a reader's first visit.
 *
 * Kit's boot script sits at the end of the body and its modules are preloaded from the head, so
 * the page's code is fetched alongside the HTML, stylesheets and fonts and often runs (hydration,
 * 100–200 ms with the CPU 4× slower) before the first frame, which then waits for it. Here the
 * preload links leave the head and the boot script waits for the first contentful paint (or
 * a frame, where a browser doesn't report paints; or 3 s at most): then it opens sessionStorage,
 * which kit reads as it starts, and adds the same preloads, one per task (each starts a fetch,
 * which costs a task a few ms on a slow phone), and starts kit in the task after the last, as
 * before.
 *
 * A reload, a back/forward visit or a URL naming a step or slide starts at once, as before: the
 * code puts the reader back in place, and that should happen before anything is painted.
 * So does a page opened out of sight, which paints nothing.
 *
 * The script's hash in the Content-Security-Policy meta tag is replaced by the new script's.
 */
export function paintFirst(html: string): string {
	const boot = /<script>(\s*\{\s*__sveltekit_\w+ = [\s\S]*?)<\/script>/.exec(html);
	if (!boot) return html; // A page with no code (about, guide).
	const [whole, script = ''] = boot;
	if (script.split('document.currentScript').length !== 2) {
		throw new Error('paint-first: kit’s boot script no longer reads document.currentScript once');
	}
	const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map(
		([tag]) => tag
	);
	const hrefs = preloads.map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1]).filter(Boolean);

	// Its own names are long so they can't shadow any a boot script might use.
	const deferred = [
		'{const bootScript = document.currentScript;',
		'let bootStarted = false;',
		`const bootPreloads = ${JSON.stringify(hrefs)};`,
		'const addPreload = (href) => document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href }));',
		'const bootKit = () => {',
		script.replace('document.currentScript', 'bootScript'),
		'};',
		'const startBoot = () => {',
		'if (bootStarted) return; bootStarted = true;',
		'for (const href of bootPreloads) addPreload(href);',
		'bootKit();',
		'};',
		// Adding a preload starts its fetch: 1–8 ms each with the CPU 4× slower, so the
		// fourteen of a fresh visit are added one per task, and kit starts in the task after.
		// Kit reads sessionStorage as it starts, and a page's first read of it opens the storage
		// (2–10 ms here, unthrottled, waiting on the browser): that happens first, in a task of its own.
		'const startBootByTasks = () => {',
		'if (bootStarted) return; bootStarted = true;',
		'try { sessionStorage.length; } catch {}',
		'const next = () => { const href = bootPreloads.shift(); if (href === undefined) bootKit(); else { addPreload(href); setTimeout(next); } };',
		'setTimeout(next);',
		'};',
		'const freshVisit = performance.getEntriesByType("navigation")[0]?.type === "navigate" && !location.hash && document.visibilityState === "visible";',
		'if (!freshVisit) startBoot();',
		'else if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {',
		'new PerformanceObserver((list, observer) => { if (list.getEntriesByName("first-contentful-paint").length) { observer.disconnect(); setTimeout(startBootByTasks); } }).observe({ type: "paint", buffered: true });',
		'setTimeout(startBootByTasks, 3000);',
		'} else requestAnimationFrame(() => setTimeout(startBootByTasks));}'
	].join('\n');

	let page = html;
	for (const tag of preloads) page = page.replace(tag, '');
	page = page.replace(whole, () => `<script>${deferred}</script>`);

	const csp = /<meta http-equiv="content-security-policy"[^>]*>/.exec(page)?.[0];
	if (csp) {
		const before = `'sha256-${sha256(script)}'`;
		if (!csp.includes(before)) {
			throw new Error('paint-first: the CSP meta tag does not name kit’s boot script by hash');
		}
		page = page.replace(csp, () => csp.replace(before, `'sha256-${sha256(deferred)}'`));
	}
	return page;
}

function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('base64');
}
