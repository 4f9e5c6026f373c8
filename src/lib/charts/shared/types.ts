import type { Component } from 'svelte';
import type { DatasetSource } from '$lib/data/source';
import type { Strings } from '$lib/strings';

/** The rows of every dataset a chart draws, keyed by dataset id (as validated at build time). */
export type ChartData = Record<string, Record<string, unknown>[]>;

export interface ChartProps {
	data: ChartData;
	state: Record<string, unknown>;
	stepId: string;
	sources: DatasetSource[];
}

export interface TableColumn {
	key: string;
	label: string;
}

export interface ChartTable {
	columns: TableColumn[];
	rows: Record<string, string | number | null>[];
	/**
	 * Optional: an element id for each row (same order as `rows`), so that a URL fragment can name
	 * a row (e.g. `#event-irca-1986`). Ids must be unique on the page; rows without one get none.
	 */
	anchors?: (string | undefined)[];
}

/** What the story needs from a chart folder besides its contract. */
export interface ChartModule {
	id: string;
	component: Component<ChartProps>;
	/** Exactly the rows the chart draws over a scroll section's steps: for the table and the CSV. */
	table: (data: ChartData, states: Record<string, unknown>[], strings: Strings) => ChartTable;
	/** A one-sentence summary generated from the data. */
	summary: (data: ChartData, strings: Strings) => string;
}
