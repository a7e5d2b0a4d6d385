// The budget solver: which value of one parameter spends a given annual budget (bisection on a monotone cost).

/** What the solver found: the value, the cost it gives, and how close that is to the budget. */
export interface BudgetSolution {
	param: string;
	budget_kzt: number;
	value: number;
	cost_kzt: number;
	relative_error: number;
	iterations: number;
	/** `solved` within tolerance; otherwise the budget lies outside the costs the parameter's range can reach. */
	status: 'solved' | 'budget_below_range' | 'budget_above_range' | 'not_reached';
}

/** Options: the parameter's search range, the relative tolerance (0.1 %) and an iteration cap. */
export interface SolveOptions {
	min: number;
	max: number;
	tolerance?: number;
	maxIterations?: number;
}

/**
 * Finds the value in [min, max] at which `costAt` (increasing in the value) equals `budget` within the relative
 * tolerance. Where the cost jumps over the budget (one-time amounts), returns the closest value below it.
 */
export async function solveBudget(
	param: string,
	budget: number,
	costAt: (value: number) => Promise<number>,
	{ min, max, tolerance = 0.001, maxIterations = 60 }: SolveOptions
): Promise<BudgetSolution> {
	const result = (value: number, cost: number, iterations: number, status: BudgetSolution['status']): BudgetSolution => ({
		param,
		budget_kzt: budget,
		value,
		cost_kzt: cost,
		relative_error: budget > 0 ? (cost - budget) / budget : cost,
		iterations,
		status
	});
	let lo = min;
	let hi = max;
	let costLo = await costAt(lo);
	let costHi = await costAt(hi);
	if (costLo > budget * (1 + tolerance)) return result(lo, costLo, 2, 'budget_below_range');
	if (costHi < budget * (1 - tolerance)) return result(hi, costHi, 2, 'budget_above_range');
	for (let i = 3; i <= maxIterations; i++) {
		if (Math.abs(costLo - budget) <= tolerance * budget) return result(lo, costLo, i - 1, 'solved');
		if (Math.abs(costHi - budget) <= tolerance * budget) return result(hi, costHi, i - 1, 'solved');
		const mid = (lo + hi) / 2;
		const cost = await costAt(mid);
		if (Math.abs(cost - budget) <= tolerance * budget) return result(mid, cost, i, 'solved');
		if (cost < budget) [lo, costLo] = [mid, cost];
		else [hi, costHi] = [mid, cost];
	}
	return result(lo, costLo, maxIterations, 'not_reached');
}
