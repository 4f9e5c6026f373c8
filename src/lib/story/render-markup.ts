// Server only (the story's universal load imports it when not in the browser): renders each
// scroll section's chart, at its first step, its notes, and then the whole section to HTML,
// for the page to adopt.
import { render } from 'svelte/server';
import { charts } from '$lib/charts';
import { stringsContext } from '$lib/strings/context';
import type { SectionMarkup, StoryPageData } from '$lib/story-data';
import ChartNotes from './ChartNotes.svelte';
import ScrollSection from './ScrollSection.svelte';
import { ISLAND_CLASS } from './server-markup';

export function renderMarkup(page: StoryPageData): Record<string, SectionMarkup> {
	const context = stringsContext(page.story.lang);
	const markup: Record<string, SectionMarkup> = {};
	for (const chapter of page.story.chapters) {
		for (const block of chapter.blocks) {
			if (block.kind !== 'scroll') continue;
			const first = block.steps[0]!;
			const sources = page.chartDatasets[block.chart]!.map((id) => page.sources[id]!);
			const chart = charts[block.chart]!.component;
			const notes = page.notes[first.id];
			const parts = {
				chart: render(chart, {
					props: { data: page.data, state: first.state, stepId: first.id, sources },
					context
				}).body,
				notes: notes
					? render(ChartNotes, {
							props: { chartId: block.chart, sectionId: first.id, notes, sources },
							context
						}).body
					: ''
			};
			// The section itself, drawn with those parts, for the browser to hydrate on its own. In one
			// element: the page adopts it as {@html}, which ends at the first top-level empty comment.
			const section = render(ScrollSection, {
				props: { section: block, notes, markup: { ...parts, section: '' }, payload: undefined },
				context
			}).body;
			markup[first.id] = { ...parts, section: `<div class="${ISLAND_CLASS}">${section}</div>` };
		}
	}
	return markup;
}
