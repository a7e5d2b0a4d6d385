import { describe, expect, it } from 'vitest';
import { solveBudget } from './solve-budget';

describe('solveBudget', () => {
	it('finds the value of a continuous increasing cost within 0.1 % of the budget', async () => {
		// cost = 10 bn × share²: a budget of 6.4 bn is spent at share 0.8.
		const s = await solveBudget('p', 6.4e9, async (x) => 1e10 * x * x, { min: 0.4, max: 1.5 });
		expect(s.status).toBe('solved');
		expect(Math.abs(s.relative_error)).toBeLessThanOrEqual(0.001);
		expect(s.value).toBeCloseTo(0.8, 3);
	});

	it('says when the budget is below or above what the range can spend', async () => {
		const cost = async (x: number) => 1e9 * x;
		expect((await solveBudget('p', 1e8, cost, { min: 0.4, max: 1.5 })).status).toBe('budget_below_range');
		expect((await solveBudget('p', 1e10, cost, { min: 0.4, max: 1.5 })).status).toBe('budget_above_range');
	});

	it('returns the closest value under the budget when the cost jumps over it', async () => {
		// One-time amounts: cost steps by 1 bn at each whole multiple; 2.5 bn cannot be hit within 0.1 %.
		const s = await solveBudget('p', 2.5e9, async (x) => 1e9 * Math.floor(x), { min: 0, max: 5 });
		expect(s.status).toBe('not_reached');
		expect(s.cost_kzt).toBe(2e9);
		expect(s.value).toBeGreaterThanOrEqual(2);
		expect(s.value).toBeLessThan(3);
	});
});
