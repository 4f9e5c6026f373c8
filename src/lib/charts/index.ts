// The chart components, keyed by chart id. Each chart folder's index.ts exports `chart`.
import type { ChartModule } from './shared/types';

const modules = import.meta.glob<{ chart: ChartModule }>('./*/index.ts', { eager: true });

export const charts: Record<string, ChartModule> = Object.fromEntries(
	Object.values(modules).map(({ chart }) => [chart.id, chart])
);

export type { ChartModule, ChartData, ChartProps } from './shared/types';
