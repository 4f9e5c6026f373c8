import type { Story } from '$lib/content/types';

export interface ChapterQuestions {
	number: number;
	title: string;
	questions: { stepId: string; text: string }[];
}

/** The discussion prompts written beside each step, gathered by chapter for the guide. */
export function questionsByChapter(story: Story): ChapterQuestions[] {
	return story.chapters.map((chapter) => ({
		number: chapter.number,
		title: chapter.title,
		questions: chapter.blocks.flatMap((block) =>
			block.kind === 'scroll'
				? block.steps.flatMap((step) =>
						(step.prompts ?? []).map((text) => ({ stepId: step.id, text }))
					)
				: []
		)
	}));
}
