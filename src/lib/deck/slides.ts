// The classroom deck is the same story, unrolled: a title slide, then for each chapter a title
// slide followed by one slide per scroll step. Pure, so the deck, the presenter view and tests agree.
import type { Step, Story } from '$lib/content/types';

export type Slide =
	| { kind: 'title'; id: string; heading: string; text: string }
	| { kind: 'chapter'; id: string; heading: string; number: number; text: string }
	| {
			kind: 'step';
			id: string;
			heading: string;
			number: number;
			chart: string;
			/** Steps of one scroll section share a key, so their chart tweens from step to step. */
			section: string;
			step: Step;
	  };

export function slidesOf(story: Story): Slide[] {
	const slides: Slide[] = [
		{ kind: 'title', id: 'title', heading: story.meta.title, text: story.meta.dek }
	];
	for (const chapter of story.chapters) {
		slides.push({
			kind: 'chapter',
			id: `chapter-${chapter.slug}`,
			heading: chapter.title,
			number: chapter.number,
			text: chapter.summary
		});
		chapter.blocks.forEach((block, b) => {
			if (block.kind !== 'scroll') return;
			for (const step of block.steps) {
				slides.push({
					kind: 'step',
					id: step.id,
					heading: chapter.title,
					number: chapter.number,
					chart: block.chart,
					section: `${chapter.slug}-${b}`,
					step
				});
			}
		});
	}
	return slides;
}

/** The index of the slide a URL fragment names, or undefined. */
export function indexOfSlide(slides: Slide[], id: string): number | undefined {
	const index = slides.findIndex((slide) => slide.id === id);
	return index === -1 ? undefined : index;
}
