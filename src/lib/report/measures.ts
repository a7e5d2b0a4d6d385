// The figures the compare page can lay side by side: key paths into a region's or the nation's contract totals.
import type { Totals } from '$lib/sim/result';

/** One comparable figure: its key path under `totals` / `by_region.<r>` and how it is written. */
export interface MeasureSpec {
	key: string;
	format: 'number' | 'kzt';
}

/** The contract figures shown in the compare page's headline table, in order. */
export const MEASURES = [
	{ key: 'tsa.eligible_households', format: 'number' },
	{ key: 'tsa.eligible_persons', format: 'number' },
	{ key: 'tsa.annual_entitlement_kzt', format: 'kzt' },
	{ key: 'tsa.expected_households', format: 'number' },
	{ key: 'tsa.expected_annual_cost_kzt', format: 'kzt' },
	{ key: 'gap.gap_households', format: 'number' },
	{ key: 'gap.unclaimed_annual_kzt', format: 'kzt' },
	{ key: 'local.eligible_households', format: 'number' },
	{ key: 'local.annual_cost_kzt', format: 'kzt' }
] as const satisfies readonly MeasureSpec[];

/** A measure's key path. */
export type Measure = (typeof MEASURES)[number]['key'];

/** True when `key` names one of the MEASURES. */
export function isMeasure(key: string): key is Measure {
	return MEASURES.some((m) => m.key === key);
}

/** The value of `measure` in a set of totals. */
export function measureOf(totals: Totals, measure: Measure): number {
	const [group, field] = measure.split('.') as [keyof Totals, string];
	return Number((totals[group] as unknown as Record<string, number>)[field]);
}

/** Each value minus the first (the first column's delta is 0). */
export function deltasAgainstFirst(values: readonly number[]): number[] {
	return values.map((v) => v - values[0]);
}
