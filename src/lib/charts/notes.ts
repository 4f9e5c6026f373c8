// Each chart's data table and generated summary, made where the story is read (at build time),
// so the browser receives them as data and never loads the code that makes them.
import type { ChartModule } from './shared/types';

const modules = import.meta.glob<{ chart: ChartModule }>('./*/index.ts', { eager: true });

export const chartModules: Record<string, ChartModule> = Object.fromEntries(
	Object.values(modules).map(({ chart }) => [chart.id, chart])
);
