import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { LiveSimulation } from '../state/live.svelte';
import { QueryCoordinator } from '../db/coordinator';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import { extractStructure } from '../fast/extract';
import { buildPrefixIndex } from '../fast/prefix-index';
import { YearIndex } from '../fast/year-index';
import { baselineFor } from '../rules/baseline';
import { resolveScenario } from '../rules/scenario';
import { simulate } from '../sim/simulate';
import type { BudgetSolution } from '../sim/solve-budget';
import { applyGrid, solveLive, solvableParams, withinBudget } from './solve-live';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('tests/fixtures/good'));
});
afterAll(async () => db?.close());

describe('the budget solver in the app', () => {
	it('solves on the fast index and through SQL to a share on the 0.001 grid that spends the budget, never more', async () => {
		const scenario = resolveScenario({ name: 's', year: 2026, params: {} });
		const at = (share: number) => resolveScenario({ name: 's', year: 2026, params: { 'tsa.poverty_line.pm_share': share } });
		// A tenge above the cost at 1.1, so that engines' last-digit differences cannot put the answer over it.
		const budget = (await simulate(db, at(1.1))).totals.tsa.expected_annual_cost_kzt + 1;
		const index = new YearIndex([buildPrefixIndex(await extractStructure(db, scenario.params, { baseline: baselineFor(2026) }))]);
		const live = new LiveSimulation(new QueryCoordinator(db));
		const ask = live.ask.bind(live);
		const request = { scenario, path: 'tsa.poverty_line.pm_share', budget, region: null };
		const fast = (await solveLive(ask, { ...request, index }))!;
		const slow = (await solveLive(ask, { ...request, index: null }))!;
		expect([fast.fast, slow.fast]).toEqual([true, false]);
		for (const s of [fast, slow]) {
			expect(s.status).toBe('solved');
			const spent = (await simulate(db, at(s.value))).totals.tsa.expected_annual_cost_kzt;
			// The share a user applies: on the grid (a tenth of the slider's 0.01), within the budget and close to it.
			expect(Math.round(s.value * 1000) / 1000).toBe(s.value);
			expect(spent / s.cost_kzt - 1).toBeCloseTo(0, 9);
			expect(spent).toBeLessThanOrEqual(budget);
			expect(spent / budget).toBeGreaterThan(0.95);
		}
	}, 300_000);

	it('rounds a solution down onto the grid and lowers it until it costs no more than the budget', async () => {
		// cost(v) = 1000 × v: the bisection's 0.7236 costs 723.6 (0.1 % over a budget of 723); 0.723 costs 723, within it.
		const costAt = async (v: number) => 1000 * v;
		const solved: BudgetSolution = {
			param: 'tsa.poverty_line.pm_share',
			budget_kzt: 723,
			value: 0.7236,
			cost_kzt: 723.6,
			relative_error: 0.6 / 723,
			iterations: 9,
			status: 'solved'
		};
		expect(applyGrid('tsa.poverty_line.pm_share')).toEqual({ step: 0.001, min: 0 });
		expect(await withinBudget(solved, costAt, { step: 0.001, min: 0 })).toMatchObject({ value: 0.723, cost_kzt: 723, relative_error: 0 });
		// A budget of 722.5 sits between grid points: 0.723 costs 723 > 722.5, so one step lower, 0.722.
		const tighter = { ...solved, budget_kzt: 722.5 };
		expect(await withinBudget(tighter, costAt, { step: 0.001, min: 0 })).toMatchObject({ value: 0.722, cost_kzt: 722 });
		// Below the range: even the minimum costs more, nothing to lower.
		const below = { ...solved, status: 'budget_below_range' as const, value: 0, cost_kzt: 5 };
		expect(await withinBudget(below, costAt, { step: 0.001, min: 0 })).toBe(below);
	});

	it('offers the local income multiple only for a focused region', () => {
		expect(solvableParams(null)).not.toContain('local.astana.income_threshold_pm_multiple');
		expect(solvableParams('astana')).toContain('local.astana.income_threshold_pm_multiple');
	});
});
