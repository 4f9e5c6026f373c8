import { describe, expect, it } from 'vitest';
import { FAVICON_SIZE, faviconUri } from './favicon';

describe('faviconUri', () => {
	it('is a small PNG of the icon’s size, as a data URI', () => {
		const [head, data = ''] = faviconUri().split(',');
		expect(head).toBe('data:image/png;base64');
		const png = Buffer.from(data, 'base64');
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([FAVICON_SIZE, FAVICON_SIZE]);
		expect(png.length).toBeLessThan(1500);
	});
});
