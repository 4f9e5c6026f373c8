// Gathers what a story page needs: the story (read and validated from content/),
// and the rows and provenance of every dataset its charts draw.
import { chartContracts } from '$lib/charts/contracts';
import { loadStory, type Story } from '$lib/content';
import { loadDataset, loadSource } from '$lib/data';
import type { DatasetSource } from '$lib/data/source';
import type { ChartData, ChartTable } from '$lib/charts';
import type { ChartPayload } from '$lib/charts/live';
import { chartModules } from '$lib/charts/notes';
import { stringsFor } from '$lib/strings';
import { shapes as usStates } from '$lib/charts/marijuana-map/geo';

// Data computed at build time rather than read from a CSV: the map's state outlines.
const computed: Record<string, () => Record<string, unknown>[]> = {
	'us-states': () => usStates as unknown as Record<string, unknown>[]
};
const datasetRows = (id: string) => computed[id]?.() ?? loadDataset(id);

/** Under each scroll section: the generated summary and exactly the rows drawn. */
export interface SectionNotes {
	summary: string;
	table: ChartTable;
}

/**
 * A scroll section's markup as the server renders it: its chart's first state, its notes, and the
 * whole section, which the browser brings to life on its own (story/islands.ts).
 */
export interface SectionMarkup {
	chart: string;
	notes: string;
	section: string;
}

export interface StoryPageData {
	story: Story;
	/** Keyed by the section's first step id. */
	notes: Record<string, SectionNotes>;
	data: ChartData;
	sources: Record<string, DatasetSource>;
	chartDatasets: Record<string, string[]>;
	/**
	 * On the website, keyed like notes: markup the server renders once and the browser adopts
	 * (see story/server-markup.ts). Absent offline, where the browser renders everything.
	 */
	markup?: Record<string, SectionMarkup>;
}

/** For readers: speaker notes and prompts stay out of the page. */
export function withoutNotes(story: Story): Story {
	return {
		...story,
		chapters: story.chapters.map((chapter) => ({
			...chapter,
			blocks: chapter.blocks.map((block) =>
				block.kind === 'prose'
					? block
					: { ...block, steps: block.steps.map(({ notes: _n, prompts: _p, ...step }) => step) }
			)
		}))
	};
}

/** The rows and sources one chart draws: routes/chart-data serves them to the website. */
export function chartPayload(chart: string): ChartPayload {
	const ids = chartContracts[chart]!.datasets;
	return {
		data: Object.fromEntries(ids.map((id) => [id, datasetRows(id)])),
		sources: ids.map((id) => loadSource(id))
	};
}

export function storyPageData(lang: string, { notes = false } = {}): StoryPageData {
	const story = loadStory(lang);
	const chartIds = [
		...new Set(
			story.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'scroll' ? [b.chart] : [])))
		)
	];
	const chartDatasets = Object.fromEntries(
		chartIds.map((id) => [id, chartContracts[id]!.datasets])
	);
	const datasetIds = [...new Set(Object.values(chartDatasets).flat())];
	const data: ChartData = Object.fromEntries(datasetIds.map((id) => [id, datasetRows(id)]));
	const strings = stringsFor(lang);
	const sectionNotes: Record<string, SectionNotes> = {};
	for (const chapter of story.chapters) {
		for (const block of chapter.blocks) {
			const module = block.kind === 'scroll' ? chartModules[block.chart] : undefined;
			if (block.kind !== 'scroll' || !module) continue;
			const states = block.steps.map((step) => step.state);
			sectionNotes[block.steps[0]!.id] = {
				summary: module.summary(data, strings),
				table: module.table(data, states, strings)
			};
		}
	}
	return {
		story: notes ? story : withoutNotes(story),
		notes: sectionNotes,
		data,
		sources: Object.fromEntries(datasetIds.map((id) => [id, loadSource(id)])),
		chartDatasets
	};
}

/**
 * What the website's browser is sent: everything but the markup the server has already rendered
 * (prose, step text, notes, charts' first states), which it adopts from the page instead, and
 * but the charts' rows and sources, which each chart fetches when it wakes (chartPayload, served
 * from routes/chart-data). A sixth of the page's data.
 */
export function forBrowser(page: StoryPageData): StoryPageData {
	const sectionIds = page.story.chapters.flatMap((c) =>
		c.blocks.flatMap((b) => (b.kind === 'scroll' ? [b.steps[0]!.id] : []))
	);
	return {
		...page,
		story: mapHtml(page.story, () => ''),
		notes: {},
		data: {},
		sources: {},
		markup: Object.fromEntries(sectionIds.map((id) => [id, { chart: '', notes: '', section: '' }]))
	};
}

/** The story with every piece of its HTML (intro, prose, step text) passed through `change`. */
function mapHtml(story: Story, change: (html: string) => string): Story {
	return {
		...story,
		intro: change(story.intro),
		chapters: story.chapters.map((chapter) => ({
			...chapter,
			blocks: chapter.blocks.map((block) =>
				block.kind === 'prose'
					? { ...block, html: change(block.html) }
					: { ...block, steps: block.steps.map((step) => ({ ...step, html: change(step.html) })) }
			)
		}))
	};
}

/**
 * For the offline edition, which has no /about/ page: a link to a dataset's entry there
 * ("about/#removals") goes to the dataset's original publisher instead.
 */
export function withOfflineLinks(page: StoryPageData): StoryPageData {
	const relink = (html: string) =>
		html.replace(/href="about\/#([a-z0-9-]+)"/g, (link, id: string) => {
			const source = page.sources[id];
			return source ? `href="${source.url}" rel="noopener noreferrer"` : link;
		});
	return { ...page, story: mapHtml(page.story, relink) };
}
