import { describe, expect, it } from 'vitest';
import { lastShown } from './series';

describe('lastShown', () => {
	it('gives what is shown now, else what was shown last, else the drawing before any', () => {
		let current: string | undefined;
		let asked = 0;
		const drawn = lastShown(
			() => current,
			() => (asked++, 'before')
		);
		expect(drawn()).toBe('before');
		current = 'counts';
		expect(drawn()).toBe('counts');
		// The panel folds away: it keeps its last drawing, and the fallback is not asked again.
		current = undefined;
		expect(drawn()).toBe('counts');
		expect(asked).toBe(1);
		current = 'share';
		expect(drawn()).toBe('share');
	});
});
