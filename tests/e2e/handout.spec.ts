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
	// Each step's chart is drawn beside its text only for print: 36 charts, whose code and rows
	// load when printing starts; on a loaded CI machine that took more than expect's 5 s default.
	await expect(page.locator('.print-chart [data-chart]')).toHaveCount(steps, { timeout: 30_000 });
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
	// Each step is its text, then its chart in that step's state, kept together on one page
	// (a chart is never cut across two), with no on-screen "active step" rule and with chart colours.
	const layout = await page.locator('.scrolly .step').evaluateAll((steps) =>
		steps.map((step) => {
			const parts = [...step.querySelectorAll('.step-text, .chart-now, .print-chart')];
			const card = step.querySelector('.card')!;
			return {
				id: step.id,
				order: parts.map((part) => part.className.split(' ')[0]).join(' '),
				chartStep: step.querySelector('.print-chart [data-chart]')?.getAttribute('data-step'),
				breakInside: getComputedStyle(step).breakInside,
				rule: `${getComputedStyle(card).borderLeftWidth} ${getComputedStyle(card, '::before').display}`,
				colours: getComputedStyle(step.querySelector('.print-chart [data-chart]')!).printColorAdjust
			};
		})
	);
	for (const step of layout) {
		expect(step, step.id).toEqual({
			id: step.id,
			order: 'step-text chart-now print-chart',
			chartStep: step.id,
			breakInside: 'avoid',
			rule: '0px none',
			colours: 'exact'
		});
	}

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
	// The on-screen links to the deck, guide and download are not printed (they made a last page of
	// links alone); the handout ends with the credit.
	expect(flat).not.toContain('Offline edition (one HTML file)');
	expect(pageTexts.at(-1)).toContain('Based on reporting by');
	for (const [n, pageText] of pageTexts.entries())
		expect(pageText.trim().length, `page ${n + 1} has text`).toBeGreaterThan(20);
});
