import { describe, expect, it } from 'vitest';
import { datasetIds, loadDataset, loadSource } from './index';

describe('datasets', () => {
	it('finds the dataset folders', () => {
		expect(datasetIds.length).toBeGreaterThan(0);
	});

	it.each(datasetIds)('%s parses and has a valid source record', (id) => {
		expect(loadDataset(id).length).toBeGreaterThan(0);
		expect(loadSource(id).id).toBe(id);
	});
});
