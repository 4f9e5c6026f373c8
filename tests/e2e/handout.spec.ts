import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

test('printing the story gives a flat handout: every step with its chart, every chapter, sources', async ({
	page
}) => {
	test.skip(test.info().project.name !== 'desktop', 'one PDF is enough');
	await page.goto('./');
	const steps = await page.locator('.scrolly .step').count();
	const chapters = await page.locator('.chapter h2').allTextContents();
	await page.emulateMedia({ media: 'print' });
	// Each step's chart is drawn beside its text only for print.
	await expect(page.locator('.print-chart [data-chart]')).toHaveCount(steps);
	const noneSticky = await page.evaluate(() =>
		[...document.querySelectorAll('body *')].every((el) => {
			const style = getComputedStyle(el);
			return (
				(style.position !== 'sticky' && style.position !== 'fixed') ||
				style.display === 'none' ||
				(el as HTMLElement).offsetParent === null
			);
		})
	);
	expect(noneSticky).toBe(true);

	const pdf = await page.pdf({ format: 'A4', printBackground: false });
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
	let text = '';
	const pageTexts: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		const pageText = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
		pageTexts.push(pageText);
		text += ' ' + pageText;
	}
	const flat = text.replace(/\s+/g, ' ');
	// A long-read with ~40 charts: more than a leaflet, less than a book.
	expect(doc.numPages).toBeGreaterThan(15);
	expect(doc.numPages).toBeLessThan(120);
	for (const title of chapters) expect(flat).toContain(title.replace(/\s+/g, ' ').trim());
	// Sources are spelled out, and no page is blank.
	expect(flat).toMatch(/https?:\/\/\S+/);
	for (const [n, pageText] of pageTexts.entries())
		expect(pageText.trim().length, `page ${n + 1} has text`).toBeGreaterThan(20);
});
