// A year's figures from the prefix indexes of its quarters' structures against `simulate`, in years whose quarters differ.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { baselineFor } from '../rules/baseline';
import { resolveScenario } from '../rules/scenario';
import { simulate } from '../sim/simulate';
import { distinctQuarters } from '../sim/year';
import { extractStructure } from './extract';
import { buildPrefixIndex } from './prefix-index';
import { indexPart, mismatches } from './testing/close';
import { YearIndex } from './year-index';
import { mulberry32 as rng } from '../sim/testing/generate';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('datasets/embedded'));
});
afterAll(async () => db?.close());

describe.each([2023, 2024, 2025])('the year %i from its quarters: indexes equal simulate', (year) => {
	const law = baselineFor(year);
	let index = new YearIndex([]);
	beforeAll(async () => {
		const scenario = resolveScenario({ name: 'law', year, params: { 'takeup.mode': 'observed' } });
		for (const params of index.missing(year, scenario.params, law))
			index = index.with(buildPrefixIndex(await extractStructure(db, params, { baseline: law })), year, scenario.params, law);
	}, 120_000);

	it('has more than one law among its quarters', () => {
		expect(distinctQuarters(year, law).length).toBeGreaterThan(1);
	});

	const next = rng(year);
	const positions = [
		{},
		...Array.from({ length: 4 }, () => ({
			'tsa.poverty_line.pm_share': 0.4 + next(),
			'tsa.child_supplement.mrp_per_child': 3 * next(),
			'tsa.conditional.compliance_share': next()
		}))
	];
	it.each(positions.map((p, i) => [i, p] as const))(
		'position %i',
		async (_, position) => {
			const scenario = resolveScenario({ name: 'position', year, params: { 'takeup.mode': 'observed', ...position } });
			expect(index.covers(year, scenario.params, law)).toBe(true);
			const expected = await simulate(db, scenario, { baseline: law });
			const actual = index.figures(year, scenario.params, law);
			const wanted = indexPart({ dataset: expected.dataset, totals: expected.totals, by_region: expected.by_region });
			expect(mismatches(actual, wanted), JSON.stringify(position)).toEqual([]);
		},
		120_000
	);
});
