// Screenshots the dev gallery at phone and desktop sizes into artifacts/gallery/.
// Run against a served build: npm start (in another shell), then node scripts/gallery-screenshots.mjs [url]
import { mkdirSync } from 'node:fs';
import { launch } from './browser.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/dev/gallery/';
const out = 'artifacts/gallery';
mkdirSync(out, { recursive: true });

const browser = await launch();
for (const [width, height] of [
	[390, 844],
	[1440, 900]
]) {
	const page = await browser.newPage({ viewport: { width, height } });
	await page.goto(url);
	await page.evaluate(() => document.fonts.ready);
	const sections = await page.locator('.gallery-section').all();
	for (const [i, section] of sections.entries()) {
		const name = (await section.locator('h2 code').textContent())?.trim() ?? 'chart';
		await section.screenshot({
			path: `${out}/${String(i + 1).padStart(2, '0')}-${name}-${width}.png`
		});
	}
	await page.close();
}
await browser.close();
console.log(`screenshots written to ${out}/`);
