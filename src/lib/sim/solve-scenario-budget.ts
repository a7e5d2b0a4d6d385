// The budget solver over a real scenario: each trial value is simulated with the shared rules.
import type { Db } from '../db/db';
import { isRegionCode, type RegionCode } from '../data/regions';
import { parameterAt } from '../rules/baseline';
import { resolveScenario, type ResolvedScenario } from '../rules/scenario';
import type { SimulationResult } from './result';
import { simulate } from './simulate';
import { solveBudget, type BudgetSolution } from './solve-budget';

/** The cost a budget is compared with: a region's local assistance for `local.<region>.*`, else TSA at expected take-up. */
export function budgetCost(path: string, region: RegionCode | null): (r: SimulationResult) => number {
	const local = /^local\.([a-z_]+)\./.exec(path)?.[1];
	if (local && isRegionCode(local)) return (r) => r.by_region[local].local.annual_cost_kzt;
	return region ? (r) => r.by_region[region].tsa.expected_annual_cost_kzt : (r) => r.totals.tsa.expected_annual_cost_kzt;
}

/** Which value of numeric parameter `path` makes the scenario spend `budget` a year (in `region`, or the republic). */
export async function solveScenarioBudget(
	db: Db,
	scenario: ResolvedScenario,
	path: string,
	budget: number,
	region: RegionCode | null = null
): Promise<BudgetSolution & { region: RegionCode | null }> {
	const param = parameterAt(path);
	if (!param || (param.kind.type !== 'number' && param.kind.type !== 'integer'))
		throw new Error(`--param must name a numeric parameter; ${JSON.stringify(path)} is not one`);
	const range = param.range ?? { min: param.kind.min, max: param.kind.max };
	const cost = budgetCost(path, region);
	const integer = param.kind.type === 'integer';
	const costAt = async (value: number) => {
		const v = integer ? Math.round(value) : value;
		const trial = resolveScenario({ name: scenario.name, year: scenario.year, params: { ...scenario.overrides, [path]: v } });
		return cost(await simulate(db, trial));
	};
	const solution = await solveBudget(path, budget, costAt, { min: range.min, max: range.max });
	return { ...solution, value: integer ? Math.round(solution.value) : solution.value, region };
}
