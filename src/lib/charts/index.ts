// The chart components, keyed by chart id (the folder name). Only components: the browser needs
// nothing else from a chart folder. Tables and summaries are made at build time (./notes.ts).
import type { Component } from 'svelte';
import type { ChartProps } from './shared/types';

const modules = import.meta.glob<{ default: Component<ChartProps> }>('./*/Chart.svelte', {
	eager: true
});

export const charts: Record<string, { component: Component<ChartProps> }> = Object.fromEntries(
	Object.entries(modules).map(([path, module]) => [
		path.split('/')[1]!,
		{ component: module.default }
	])
);

export type { ChartModule, ChartData, ChartProps, ChartTable } from './shared/types';
