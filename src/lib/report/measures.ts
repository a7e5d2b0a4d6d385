// The figures the compare page can lay side by side: registry measures (sim/measures.ts) by their key paths into a
// region's or the nation's contract totals.
import { measure as registered, type MeasureKey } from '$lib/sim/measures';
import type { Totals } from '$lib/sim/result';

/** One comparable figure: its key path under `totals` / `by_region.<r>` and how it is written (from its unit). */
export interface MeasureSpec {
	key: MeasureKey;
	format: 'number' | 'kzt';
}

const COMPARED = [
	'tsa.eligible_households',
	'tsa.eligible_persons',
	'tsa.annual_entitlement_kzt',
	'tsa.expected_households',
	'tsa.expected_annual_cost_kzt',
	'gap.gap_households',
	'gap.unclaimed_annual_kzt',
	'local.eligible_households',
	'local.annual_cost_kzt'
] as const satisfies readonly MeasureKey[];

/** A measure's key path. */
export type Measure = (typeof COMPARED)[number];

const formatOf = (key: MeasureKey): MeasureSpec['format'] => (registered(key).unit.startsWith('kzt') ? 'kzt' : 'number');

/** The contract figures shown in the compare page's headline table, in order. */
export const MEASURES: readonly (MeasureSpec & { key: Measure })[] = COMPARED.map((key) => ({ key, format: formatOf(key) }));

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
