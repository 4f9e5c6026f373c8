// Under each chart, the CSV download holds exactly the rows its data table shows, and the table
// exactly the rows the chart draws (the latter is checked by the charts' table() unit tests).
import { expect, test } from '@playwright/test';

test('each CSV download holds the rows of its table, header first', async ({ page }, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'files, not layout: checked once');
	await page.goto('./');
	const notes = page.locator('.chart-notes');
	const count = await notes.count();
	expect(count).toBeGreaterThanOrEqual(10);
	for (let i = 0; i < count; i++) {
		const note = notes.nth(i);
		const link = note.locator('a[download]');
		const href = (await link.getAttribute('href'))!;
		expect(href, 'a file beside the page, not the rows in the link').toMatch(
			/^csv\/[a-z0-9-]+\.csv$/
		);
		const response = await page.request.get(href);
		expect(response.ok(), href).toBe(true);
		expect(response.headers()['content-type']).toContain('text/csv');
		const lines = (await response.text()).trimEnd().split('\n');
		const columns = await note.locator('thead th').count();
		const rows = await note.locator('tbody tr').count();
		expect(lines.length, `${href}: a header and a line per table row`).toBe(rows + 1);
		expect(lines[0]!.split(',').length, `${href}: the table's columns`).toBe(columns);
	}
});
