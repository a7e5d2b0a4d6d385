// Household columns laid out in (region, per-capita income) order under the law: a rule switched on or off keeps
// the income definition, so its extract is a filtered copy in row order (sequential memory, no sort), and the
// income order of any parameters is recognised in one pass instead of being sorted again.
import type { ParamValues } from '../rules/parameter';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { compileKernel } from './column-kernel';
import type { HouseholdColumns } from './household-columns';
import { orderingSteps } from './radix-order';

/** Lets other work run (a browser's input and paint) between steps of a long computation; resolves when it may go on. */
export type Pause = () => Promise<void>;

/** A pause that never waits (Node scripts and tests). */
export const noPause: Pause = () => Promise.resolve();

/**
 * `h` with every row permuted: households with an income under `params` by region then income, the rest last.
 * `pause` is awaited between columns, so a national table is permuted in steps of a few tens of milliseconds.
 */
export async function inIncomeOrder(h: HouseholdColumns, params: ParamValues, pause: Pause = noPause): Promise<HouseholdColumns> {
	const pc = compileKernel(perCapitaIncome.expr, params, h)(new Float64Array(h.n));
	if (sortedRows(pc, h.region) !== null) return h;
	const known = new Uint32Array(h.n);
	const unknown = new Uint32Array(h.n);
	let m = 0;
	let u = 0;
	for (let i = 0; i < h.n; i++)
		if (pc[i] === pc[i]) known[m++] = i;
		else unknown[u++] = i;
	await pause();
	const order = new Uint32Array(h.n);
	const steps = orderingSteps(known.subarray(0, m), pc, h.region);
	let sorted = steps.next();
	for (; !sorted.done; sorted = steps.next()) await pause();
	order.set(sorted.value);
	order.set(unknown.subarray(0, u), m);
	const columns: Record<string, ArrayLike<number>> = {};
	for (const [name, values] of Object.entries(h.columns)) {
		await pause();
		columns[name] = permuted(values, order);
	}
	return { ...h, region: permuted(h.region, order), settlement: permuted(h.settlement, order), idRank: permuted(h.idRank, order), columns };
}

/**
 * When the rows already are in (region, income) order (each row's income known, ascending within ascending
 * regions, then only unknown incomes): how many rows have an income. Else null.
 */
export function sortedRows(pc: Float64Array, region: Uint8Array): number | null {
	let m = 0;
	while (m < pc.length && pc[m] === pc[m]) {
		if (m > 0 && (region[m] < region[m - 1] || (region[m] === region[m - 1] && pc[m] < pc[m - 1]))) return null;
		m++;
	}
	for (let i = m; i < pc.length; i++) if (pc[i] === pc[i]) return null;
	return m;
}

function permuted<T extends ArrayLike<number>>(values: T, order: Uint32Array): T {
	const Kind = (values as unknown as { constructor: new (n: number) => T & { [i: number]: number } }).constructor;
	const out = new Kind(order.length);
	for (let j = 0; j < order.length; j++) out[j] = values[order[j]];
	return out;
}
