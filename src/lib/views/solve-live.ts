// The budget solver in the app: exact and instant on the fast index when the parameter is a fast one,
// otherwise the same bisection with a full simulation per trial (as the command line's --solve-budget).
import type { QueryCoordinator } from '../db/coordinator';
import type { RegionCode } from '../data/regions';
import type { YearIndex } from '../fast/year-index';
import { isFastParam } from '../fast/structure';
import { parameterAt } from '../rules/baseline';
import { learningBaseline } from '../rules/dataset-params';
import type { ResolvedScenario } from '../rules/scenario';
import type { SimulationResult } from '../sim/result';
import { solveBudget, type BudgetSolution } from '../sim/solve-budget';
import { budgetCost, solveScenarioBudget } from '../sim/solve-scenario-budget';

/** The parameters a user can solve for: the poverty-line share, the child supplement, a region's local income multiple. */
export function solvableParams(region: RegionCode | null): string[] {
	const paths = ['tsa.poverty_line.pm_share', 'tsa.child_supplement.mrp_per_child'];
	return region ? [...paths, `local.${region}.income_threshold_pm_multiple`] : paths;
}

/** What solving needs: the scenario, the parameter, the budget, the focused region and the fast index if any. */
export interface SolveRequest {
	scenario: ResolvedScenario;
	path: string;
	budget: number;
	region: RegionCode | null;
	index: YearIndex | null;
}

/** Thrown when solving needs household rows and there are none (a prepared bundle is shown). */
export class NeedsRows extends Error {
	constructor() {
		super('solving for this parameter needs the household rows');
		this.name = 'NeedsRows';
	}
}

/** Solves on the fast index when it covers the parameter; otherwise through the coordinator (null: superseded). */
export async function solveLive(c: QueryCoordinator | null, r: SolveRequest): Promise<(BudgetSolution & { fast: boolean }) | null> {
	const law = learningBaseline(r.scenario.year, r.scenario.params);
	const params = r.scenario.params;
	const param = parameterAt(r.path);
	const index = r.index;
	const year = r.scenario.year;
	if (index && param?.range && isFastParam(r.path, params) && index.covers(year, params, law)) {
		const cost = budgetCost(r.path, r.region);
		const costAt = async (v: number) => cost(index.figures(year, Object.freeze({ ...params, [r.path]: v }), law) as SimulationResult);
		return { ...(await solveBudget(r.path, r.budget, costAt, param.range)), fast: true };
	}
	if (!c) throw new NeedsRows();
	const out = await c.run('budget-solver', (db) => solveScenarioBudget(db, r.scenario, r.path, r.budget, r.region));
	return out && { ...out, fast: false };
}
