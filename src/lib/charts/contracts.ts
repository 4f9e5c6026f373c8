// Every chart folder's steps.ts declares its contract; the content reader validates steps against them.
// Adding a chart folder registers it: nothing here needs editing.
import type { ChartSpec } from './shared/contract';

const modules = import.meta.glob<{ contract: ChartSpec }>('./*/steps.ts', { eager: true });

export const chartContracts: Record<string, ChartSpec> = Object.fromEntries(
	Object.values(modules).map(({ contract }) => [contract.id, contract])
);
