import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { QueryCoordinator } from '../db/coordinator';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import { extractStructure } from '../fast/extract';
import { buildPrefixIndex } from '../fast/prefix-index';
import { YearIndex } from '../fast/year-index';
import { baselineFor } from '../rules/baseline';
import { resolveScenario } from '../rules/scenario';
import { simulate } from '../sim/simulate';
import { solveLive, solvableParams } from './solve-live';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('tests/fixtures/good'));
});
afterAll(async () => db?.close());

describe('the budget solver in the app', () => {
	it('solves on the fast index and through SQL to the same share, and the share spends the budget', async () => {
		const scenario = resolveScenario({ name: 's', year: 2026, params: {} });
		const at = (share: number) => resolveScenario({ name: 's', year: 2026, params: { 'tsa.poverty_line.pm_share': share } });
		const budget = (await simulate(db, at(1.1))).totals.tsa.expected_annual_cost_kzt;
		const index = new YearIndex([buildPrefixIndex(await extractStructure(db, scenario.params, { baseline: baselineFor(2026) }))]);
		const c = new QueryCoordinator(db);
		const request = { scenario, path: 'tsa.poverty_line.pm_share', budget, region: null };
		const fast = (await solveLive(c, { ...request, index }))!;
		const slow = (await solveLive(c, { ...request, index: null }))!;
		expect([fast.fast, slow.fast]).toEqual([true, false]);
		for (const s of [fast, slow]) {
			expect(s.status).toBe('solved');
			const spent = (await simulate(db, at(s.value))).totals.tsa.expected_annual_cost_kzt;
			expect(Math.abs(spent / budget - 1)).toBeLessThanOrEqual(0.001);
		}
	}, 300_000);

	it('offers the local income multiple only for a focused region', () => {
		expect(solvableParams(null)).not.toContain('local.astana.income_threshold_pm_multiple');
		expect(solvableParams('astana')).toContain('local.astana.income_threshold_pm_multiple');
	});
});
