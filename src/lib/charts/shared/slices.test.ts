import { describe, expect, it } from 'vitest';
import { runInSlices, runToEnd, type Steps } from './slices';

function* counting(n: number): Steps<number> {
	let sum = 0;
	for (let i = 1; i <= n; i++) {
		sum += i;
		yield;
	}
	return sum;
}

describe('slices', () => {
	it('run to the end at once, or in slices, to the same answer', async () => {
		expect(runToEnd(counting(100))).toBe(5050);
		expect(await runInSlices(counting(100))).toEqual({ value: 5050 });
	});

	it('give the thread back between slices, and stop there when cancelled', async () => {
		// Each step takes ~1 ms, so 40 of them cannot fit in one 8 ms slice.
		let pauses = 0;
		let cancel = false;
		function* slow(): Steps<string> {
			for (let i = 0; i < 40; i++) {
				const until = performance.now() + 1;
				while (performance.now() < until);
				yield;
			}
			return 'done';
		}
		const asked = () => (pauses++, cancel);
		expect(await runInSlices(slow(), asked)).toEqual({ value: 'done' });
		expect(pauses).toBeGreaterThan(2);
		cancel = true;
		expect(await runInSlices(slow(), asked)).toBeUndefined();
	});

	it('hand over the answer in a task after the last slice', async () => {
		// What the answer sets off (a chart drawing its labels) must not run in the last slice's task.
		const order: string[] = [];
		function* one(): Steps<number> {
			yield;
			setTimeout(() => order.push('next task'));
			return 1;
		}
		await runInSlices(one());
		order.push('answer');
		expect(order).toEqual(['next task', 'answer']);
	});
});
