// Household columns in income order: every row moves whole, the order is recognised, and a sorted table is kept.
import { describe, expect, it } from 'vitest';
import { baselineFor } from '../rules/baseline';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { columnsOf, compileKernel } from './column-kernel';
import { HouseholdIds } from '../sim/household-ids';
import type { HouseholdColumns } from './household-columns';
import { inIncomeOrder, sortedRows } from './household-order';

const law = baselineFor(2026);

/** A small table whose income columns give per-capita incomes in scrambled order, one household of unknown size. */
function table(): HouseholdColumns {
	const n = 7;
	const wages = Float64Array.from([900, 100, 500, 300, 700, 200, 400]);
	const size = Float64Array.from([1, 1, 1, Number.NaN, 1, 1, 1]);
	const zeros = () => new Float64Array(n);
	const columns: Record<string, ArrayLike<number>> = { weight: Float64Array.from([1, 2, 3, 4, 5, 6, 7]), size };
	for (const name of columnsOf(perCapitaIncome.expr)) if (!(name in columns)) columns[name] = name === 'income_wages' ? wages : zeros();
	return {
		n,
		region: Uint8Array.from([1, 0, 1, 0, 255, 0, 1]),
		settlement: Uint8Array.from([0, 1, 0, 1, 0, 1, 0]),
		settlements: ['rural', 'urban'],
		columns,
		featureParams: [],
		hasApplied: true,
		idRank: Uint32Array.from([6, 5, 4, 3, 2, 1, 0]),
		ids: HouseholdIds.of(['a', 'b', 'c', 'd', 'e', 'f', 'g']),
		present: new Set()
	};
}

describe('household order', () => {
	it('puts households with an income by region then income, the unknown last, each row moved whole', async () => {
		const h = table();
		const sorted = await inIncomeOrder(h, law);
		const pc = compileKernel(perCapitaIncome.expr, law, sorted)(new Float64Array(sorted.n));
		expect(Array.from(sorted.region)).toEqual([0, 0, 1, 1, 1, 255, 0]);
		expect(Array.from(pc.subarray(0, 6))).toEqual([100, 200, 400, 500, 900, 700]);
		expect(pc[6]).toBeNaN();
		// weight was the row number + 1: each row kept its own values
		expect(Array.from(sorted.columns.weight as Float64Array)).toEqual([2, 6, 7, 3, 1, 5, 4]);
		expect(Array.from(sorted.settlement)).toEqual([1, 1, 0, 0, 0, 0, 1]);
		expect(Array.from(sorted.idRank)).toEqual([5, 1, 0, 4, 6, 2, 3]);
		expect(sortedRows(pc, sorted.region)).toBe(6);
		expect(await inIncomeOrder(sorted, law)).toBe(sorted);
		// Paused between steps, the same rows.
		let pauses = 0;
		const paused = await inIncomeOrder(h, law, async () => void pauses++);
		expect(Array.from(paused.columns.weight as Float64Array)).toEqual([2, 6, 7, 3, 1, 5, 4]);
		expect(pauses).toBeGreaterThan(Object.keys(h.columns).length);
	});

	it('recognises rows out of order', () => {
		const pc = Float64Array.from([1, 2, 3]);
		expect(sortedRows(pc, Uint8Array.from([0, 0, 0]))).toBe(3);
		expect(sortedRows(Float64Array.from([1, Number.NaN]), Uint8Array.from([0, 0]))).toBe(1);
		expect(sortedRows(pc, Uint8Array.from([1, 0, 0]))).toBeNull();
		expect(sortedRows(Float64Array.from([2, 1, 3]), Uint8Array.from([0, 0, 0]))).toBeNull();
		expect(sortedRows(Float64Array.from([1, Number.NaN, 3]), Uint8Array.from([0, 0, 0]))).toBeNull();
	});
});
