import { describe, expect, it } from 'vitest';
import { baselineFor } from '../rules/baseline';
import { datasetMedianNotice, medianSql, NATIONAL_POPULATION } from './median';

const law = baselineFor(2025);
const dataset = { ...law, 'tsa.poverty_line.median_source': 'dataset' };

describe('the median of the line', () => {
	it('is a constant table of the official values, or the dataset’s weighted median', () => {
		expect(medianSql(law)).toContain("('karaganda', CAST(129200 AS DOUBLE))");
		expect(medianSql({ ...law, 'tsa.poverty_line.median_scope': 'national' })).toMatch(
			/^SELECT \* FROM \(VALUES \('national', CAST\(94000 AS DOUBLE\)\)\)/
		);
		expect(medianSql(dataset)).toMatch(/PARTITION BY grp ORDER BY pc/);
	});

	it('notices a dataset median on a dataset outside 90–110 % of the population, and nothing for the official one', () => {
		expect(datasetMedianNotice(law, 1_000)).toBeNull();
		expect(datasetMedianNotice(dataset, NATIONAL_POPULATION)).toBeNull();
		expect(datasetMedianNotice(dataset, 0.9 * NATIONAL_POPULATION)).toBeNull();
		expect(datasetMedianNotice(dataset, 0.89 * NATIONAL_POPULATION)).toMatch(
			/stands for 18\.23 M persons, not the whole population \(20\.48 M\)/
		);
		expect(datasetMedianNotice(dataset, 1.2 * NATIONAL_POPULATION)).toMatch(/24\.57 M/);
		expect(datasetMedianNotice(dataset, 120)).toMatch(/0\.00 M persons/);
	});
});
