// A reader's first visit paints before the page's code is fetched (lib/server/paint-first.ts):
// the HTML preloads no module; the boot script adds the preloads and starts kit in the task
// after the first contentful paint. The page then starts as before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { watch } from './helpers';

const BUILD = process.env.BUILD_DIR ?? 'build';

// (That the pages then start, step and draw is what every other spec checks.)
for (const { name, path, file } of [
	{ name: 'story', path: './', file: 'index.html' },
	{ name: 'deck', path: 'present/', file: 'present/index.html' }
]) {
	test(`the ${name}: first painted, then its code fetched, then started`, async ({ page }) => {
		const html = readFileSync(join(BUILD, file), 'utf8');
		expect(html).not.toMatch(/<link\b[^>]*\brel="modulepreload"/);

		const seen = watch(page);
		await page.goto(path);
		await page.waitForFunction(() => document.querySelector('link[rel=modulepreload]'));
		// Resource entries come as responses end; waiting for the network to be idle raced the
		// fetches the preloads had not started yet, on a busy machine.
		const read = () =>
			page.evaluate(() => ({
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
				scripts: performance
					.getEntriesByType('resource')
					.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
					.map((entry) => entry.startTime)
			}));
		await expect.poll(async () => (await read()).scripts.length).toBeGreaterThan(3);
		const { paint, scripts } = await read();
		expect(paint).toBeGreaterThan(0);
		expect(Math.min(...scripts)).toBeGreaterThanOrEqual(paint!);
		expect(seen.errors).toEqual([]);
	});
}

// Kit reads sessionStorage as it starts, and a page's first read of it opens the storage (a few
// ms, waiting on the browser): the boot script opens it first, in a task of its own.
test('the boot script opens sessionStorage before kit reads it', async ({ page }) => {
	await page.addInitScript(() => {
		const reads: string[] = [];
		Object.assign(window, { sessionStorageReads: reads });
		// An attribute of the window itself in Chromium; of its prototype elsewhere.
		const real = (Object.getOwnPropertyDescriptor(window, 'sessionStorage') ??
			Object.getOwnPropertyDescriptor(Window.prototype, 'sessionStorage'))!;
		const storage = real.get!.call(window) as Storage;
		const watched = new Proxy(storage, {
			get(target, key) {
				if (typeof key === 'string') reads.push(key);
				const value = Reflect.get(target, key);
				return typeof value === 'function' ? value.bind(target) : value;
			}
		});
		Object.defineProperty(window, 'sessionStorage', { get: () => watched, configurable: true });
	});
	await page.goto('./');
	await page.waitForFunction(() =>
		(window as unknown as { sessionStorageReads: string[] }).sessionStorageReads.some((key) =>
			key.startsWith('sveltekit:')
		)
	);
	const reads = await page.evaluate(
		() => (window as unknown as { sessionStorageReads: string[] }).sessionStorageReads
	);
	expect(reads[0]).toBe('length');
});
