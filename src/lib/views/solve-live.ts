// The budget solver in the app: exact and instant on the fast index when the parameter is a fast one,
// otherwise the same bisection with a full simulation per trial (as the command line's --solve-budget).
import type { Db } from '../db/db';
import type { RegionCode } from '../data/regions';
import type { YearIndex } from '../fast/year-index';
import { isFastParam } from '../fast/structure';
import { parameterAt } from '../rules/baseline';
import { learningBaseline } from '../rules/dataset-params';
import type { ResolvedScenario } from '../rules/scenario';
import type { SimulationResult } from '../sim/result';
import { solveBudget, type BudgetSolution } from '../sim/solve-budget';
import { simulate } from '../sim/simulate';
import { budgetCost, solveScenarioBudget } from '../sim/solve-scenario-budget';
import { resolveScenario } from '../rules/scenario';

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

/** How the solver runs a full simulation per trial: the live simulation's `ask` (null when no engine holds the rows). */
export type AskRows = <T>(view: string, task: (db: Db) => Promise<T>) => Promise<{ value: T } | null>;

/** Solves on the fast index when it covers the parameter; otherwise on the engine's rows (null: superseded). */
export async function solveLive(ask: AskRows | null, r: SolveRequest): Promise<(BudgetSolution & { fast: boolean }) | null> {
	const law = learningBaseline(r.scenario.year, r.scenario.params);
	const params = r.scenario.params;
	const param = parameterAt(r.path);
	const index = r.index;
	const year = r.scenario.year;
	const cost = budgetCost(r.path, r.region);
	const grid = applyGrid(r.path);
	if (index && param?.range && isFastParam(r.path, params) && index.covers(year, params, law)) {
		const costAt = async (v: number) => cost(index.figures(year, Object.freeze({ ...params, [r.path]: v }), law) as SimulationResult);
		return { ...(await withinBudget(await solveBudget(r.path, r.budget, costAt, param.range), costAt, grid)), fast: true };
	}
	if (!ask) throw new NeedsRows();
	const out = await ask('budget-solver', async (db) => {
		const costAt = async (v: number) =>
			cost(await simulate(db, resolveScenario({ name: r.scenario.name, year, params: { ...r.scenario.overrides, [r.path]: v } })));
		return withinBudget(await solveScenarioBudget(db, r.scenario, r.path, r.budget, r.region), costAt, grid);
	});
	return out && { ...out.value, fast: false };
}

/** The grid a solved value is set on: a tenth of the parameter's slider step (whole numbers for an integer one). */
export function applyGrid(path: string): { step: number; min: number } {
	const param = parameterAt(path);
	const min = param?.range?.min ?? (param && 'min' in param.kind ? param.kind.min : 0);
	if (param?.kind.type === 'integer') return { step: 1, min };
	return { step: (param?.step ?? 0.01) / 10, min };
}

/**
 * The value a user can apply: the solution rounded down onto `grid` (the cost rises with the value), then a grid step
 * lower while it still costs more than the budget, so that setting it keeps the scenario within the budget it was
 * solved for. A budget below the whole range is left as it is (even the lowest value costs more).
 */
export async function withinBudget(
	s: BudgetSolution,
	costAt: (value: number) => Promise<number>,
	{ step, min }: { step: number; min: number }
): Promise<BudgetSolution> {
	if (s.status === 'budget_below_range') return s;
	const digits = Math.max(0, Math.ceil(-Math.log10(step)) + 1);
	const onGrid = (v: number) => Number(Math.max(min, Math.floor(v / step + 1e-9) * step).toFixed(digits));
	let value = onGrid(s.value);
	let cost = value === s.value ? s.cost_kzt : await costAt(value);
	for (let i = 0; i < 50 && cost > s.budget_kzt && value > min; i++) {
		value = onGrid(value - step);
		cost = await costAt(value);
	}
	return { ...s, value, cost_kzt: cost, relative_error: s.budget_kzt > 0 ? (cost - s.budget_kzt) / s.budget_kzt : cost };
}
