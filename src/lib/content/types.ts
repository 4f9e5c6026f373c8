// The shape of the story once content/ has been read: plain data, safe to send to the browser.

export interface Step {
	/** Stable id: the URL fragment (/#id, /present/#id) and the key for notes. */
	id: string;
	/** What the chart shows at this step, validated against the chart's own state schema. */
	state: Record<string, unknown>;
	/** One or two sentences on what the chart now shows (screen readers, flat and print editions). */
	description: string;
	/** The step's text, rendered from Markdown. */
	html: string;
	/** Speaker notes (HTML) and discussion prompts: the deck's presenter view only. */
	notes?: string;
	prompts?: string[];
}

export interface ScrollSection {
	kind: 'scroll';
	chart: string;
	steps: Step[];
}

export interface Prose {
	kind: 'prose';
	html: string;
}

export type Block = Prose | ScrollSection;

export interface Chapter {
	/** From the file name: 02-crime-wave.md → number 2, slug "crime-wave". */
	number: number;
	slug: string;
	title: string;
	summary: string;
	years: [number, number];
	blocks: Block[];
}

export interface StoryMeta {
	title: string;
	dek: string;
	description: string;
	setIn: string;
	credit: string;
	reporting: { label: string; url: string };
}

export interface Story {
	lang: string;
	meta: StoryMeta;
	intro: string;
	chapters: Chapter[];
}
