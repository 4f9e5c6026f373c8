import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fadeIn } from './fade';

// Stand-ins for the DOM, enough to see which animations the fade starts.
class FakeAnimation {
	constructor(
		readonly keyframes: Keyframe[],
		readonly options: KeyframeAnimationOptions
	) {}
}
class FakeElement {
	animations: FakeAnimation[] = [];
	/** Inside a chart that is starting out of sight (`[data-starting]` above it). */
	starting = false;
	closest(selector: string) {
		return selector === '[data-starting]' && this.starting ? {} : null;
	}
	animate(keyframes: Keyframe[], options: KeyframeAnimationOptions) {
		const animation = new FakeAnimation(keyframes, options);
		this.animations.push(animation);
		return animation;
	}
}
class FakeSvgElement extends FakeElement {}

const element = () => new FakeElement() as unknown as Element & FakeElement;

beforeAll(() => {
	(globalThis as Record<string, unknown>).SVGElement = FakeSvgElement;
});
afterAll(() => {
	delete (globalThis as Record<string, unknown>).SVGElement;
});

describe('fade', () => {
	it('fades in with one two-keyframe animation, and asks Svelte for no time of its own', () => {
		const node = element();
		expect(fadeIn(node, { duration: 250 })).toEqual({ duration: 0 });
		expect(node.animations).toHaveLength(1);
		const [animation] = node.animations;
		expect(animation!.keyframes).toEqual([{ filter: 'opacity(0)' }, { filter: 'opacity(1)' }]);
		expect(animation!.options).toEqual({ duration: 250, fill: 'none' });
	});

	it('shows a part of a chart starting out of sight at once: no one sees it fade', () => {
		const node = element();
		node.starting = true;
		expect(fadeIn(node)).toEqual({ duration: 0 });
		expect(node.animations).toHaveLength(0);
	});

	it('fades SVG elements through opacity', () => {
		const node = new FakeSvgElement() as unknown as Element & FakeElement;
		fadeIn(node);
		expect(node.animations[0]!.keyframes).toEqual([{ opacity: 0 }, { opacity: 1 }]);
	});

	it('starts nothing with reduced motion (duration 0): the element shows at once', () => {
		const node = element();
		expect(fadeIn(node, { duration: 0 })).toEqual({ duration: 0 });
		expect(node.animations).toHaveLength(0);
	});
});
