// The chart components again, each loaded on demand, for the story: its first screens need none
// of them (the server drew every chart's first state), so the code for each chart arrives after
// the page is ready. A separate module from ./index.ts, whose eager glob would bundle them all.
import type { Component } from 'svelte';
import type { ChartProps } from './shared/types';

const modules = import.meta.glob<{ default: Component<ChartProps> }>('./*/Chart.svelte');

export const chartLoaders: Record<string, () => Promise<Component<ChartProps>>> =
	Object.fromEntries(
		Object.entries(modules).map(([path, load]) => [
			path.split('/')[1]!,
			async () => (await load()).default
		])
	);
