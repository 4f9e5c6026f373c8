// Chart labels are laid out with Public Sans's widths (src/lib/charts/shared/text-width.ts). When the
// web font does not arrive (`font-display: optional` then keeps the fallback), the fallback is a
// local sans scaled to Public Sans's widths (src/lib/fonts/fonts.css), so every label still fits
// the width the layout gave it. Checked with the font files blocked, on the server's drawings.
import { expect, test } from '@playwright/test';
import { textWidth } from '../../src/lib/charts/shared/text-width';

test('with the web fonts blocked, no chart label is wider than its layout assumed', async ({
	page
}, testInfo) => {
	test.skip(testInfo.project.name !== 'phone', 'font widths do not depend on the viewport');
	await page.route('**/*.woff2', (route) => route.abort());
	await page.goto('./');
	const labels = await page.evaluate(() => {
		const probe = document.createElement('span');
		probe.style.cssText = 'position:absolute;white-space:nowrap;visibility:hidden';
		document.body.append(probe);
		const found: { text: string; width: number; family: string }[] = [];
		for (const element of document.querySelectorAll<HTMLElement>('[data-chart] *')) {
			const style = getComputedStyle(element);
			const text = element.textContent?.trim() ?? '';
			// Single-line labels in the semibold chart font, whose text is the element's own.
			if (style.fontWeight !== '600' || style.fontSize !== '13px') continue;
			if (!text || element.children.length > 0 || element.closest('svg')) continue;
			probe.style.font = style.font;
			probe.textContent = text;
			found.push({ text, width: probe.getBoundingClientRect().width, family: style.fontFamily });
		}
		probe.remove();
		return found;
	});
	expect(labels.length, 'labels found').toBeGreaterThan(30);
	expect(
		await page.evaluate(() => document.fonts.check('600 13px "Public Sans"')),
		'Public Sans is blocked'
	).toBe(false);
	const tooWide = labels
		.filter(({ text, width }) => width > textWidth(text))
		.map(({ text, width }) => `${text}: ${width.toFixed(1)} px > ${textWidth(text)} px`);
	expect(tooWide).toEqual([]);
});
