// A chart ready to draw: its component, and the rows and sources it draws. Loaded once per page,
// whichever view asks first (a scroll section, a slide, a presenter's miniature), and shared.
// The website's pages carry no rows: each chart's come from routes/chart-data with its code. The
// offline edition (and dev) carries every row in the page, and hands a chart its share.
import type { Component } from 'svelte';
import { resolve } from '$app/paths';
import type { DatasetSource } from '$lib/data/source';
import { inIdlePeriod } from '$lib/idle';
import { chartLoaders } from './lazy';
import type { ChartData, ChartProps } from './shared/types';

/** What a chart draws besides its state: its datasets' rows, and where they come from. */
export interface ChartPayload {
	data: ChartData;
	sources: DatasetSource[];
}

export interface LiveChart extends ChartPayload {
	component: Component<ChartProps>;
}

/** Where a page carries every chart's rows (offline, dev): one chart's share of them. */
export function payloadFrom(
	page: {
		data: ChartData;
		sources: Record<string, DatasetSource>;
		chartDatasets: Record<string, string[]>;
	},
	chart: string
): ChartPayload {
	return {
		data: page.data,
		sources: (page.chartDatasets[chart] ?? []).map((id) => page.sources[id]!)
	};
}

async function fetchPayload(chart: string): Promise<ChartPayload> {
	const response = await fetch(resolve('/chart-data/[chart].json', { chart }));
	if (!response.ok) throw new Error(`chart-data/${chart}.json: ${response.status}`);
	return (await response.json()) as ChartPayload;
}

const loaded = new Map<string, Promise<LiveChart>>();

/** The chart's code and rows (fetched unless `payload` is given); undefined for an unknown chart. */
export function loadChart(chart: string, payload?: ChartPayload): Promise<LiveChart> | undefined {
	const code = chartLoaders[chart];
	if (!code) return undefined;
	let live = loaded.get(chart);
	if (!live) {
		live = Promise.all([code(), payload ?? fetchPayload(chart)]).then(([component, rows]) => ({
			component,
			...rows
		}));
		// A failed fetch (offline from a saved page, say) is tried again on the next ask.
		live.catch(() => loaded.delete(chart));
		loaded.set(chart, live);
	}
	return live;
}

/** How long a page sits idle before it fetches the charts it has not needed yet. */
export const IDLE_LOAD_MS = 3000;

/**
 * Runs `run` once the page has sat idle `IDLE_LOAD_MS`, one such job per idle period; returns
 * what cancels it (for onMount).
 */
export function whenIdle(run: () => void): () => void {
	let cancelQueued = () => {};
	const timer = setTimeout(() => (cancelQueued = inIdlePeriod(run)), IDLE_LOAD_MS);
	return () => {
		clearTimeout(timer);
		cancelQueued();
	};
}
