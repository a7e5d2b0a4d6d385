// The threshold sweep from the exact fast index: 23 lookups instead of 23 evaluations of every household.
import type { FastFigures } from '../fast/prefix-index';
import type { YearIndex } from '../fast/year-index';
import type { ParamValues } from '../rules/parameter';
import { REGION_CODES } from '../data/regions';
import { SWEEP_PATH, SWEEP_SHARES, type SweepPoint } from './sweep';

/**
 * The year's figures of `params` with the swept share at each of `shares`, from the index (national and by region,
 * targeting included when the dataset has consumption), or null when the indexes do not hold the structure of each
 * of the year's quarters (the swept share is a slider: it never changes the structure).
 */
export function figuresAtShares(
	index: YearIndex,
	year: number,
	params: ParamValues,
	law: ParamValues,
	shares: readonly number[] = SWEEP_SHARES
): SharesFigures | null {
	const key = JSON.stringify([year, shares, Object.entries(params).filter(([path]) => path !== SWEEP_PATH), law]);
	const kept = atSharesKept.get(index);
	if (kept?.has(key)) return kept.get(key)!;
	const found = index.covers(year, params, law)
		? shares.map((share) => ({ share, figures: index.figures(year, Object.freeze({ ...params, [SWEEP_PATH]: share }), law) }))
		: null;
	// The sweep and the frontier ask the same shares of the same index after each change: computed once for both.
	const entries = kept ?? new Map<string, SharesFigures | null>();
	if (entries.size >= 4) entries.delete(entries.keys().next().value!);
	atSharesKept.set(index, entries.set(key, found));
	return found;
}

type SharesFigures = { share: number; figures: FastFigures }[];
const atSharesKept = new WeakMap<YearIndex, Map<string, SharesFigures | null>>();

/**
 * The sweep's points (national and every region) for the year of `params` with the swept share at each of `shares`,
 * or null when the indexes do not hold the structure of each of the year's quarters. `persons` gives weighted persons by region (they do not move).
 */
export function sweepFromIndex(
	index: YearIndex,
	year: number,
	params: ParamValues,
	law: ParamValues,
	persons: ReadonlyMap<string, number>,
	shares: readonly number[] = SWEEP_SHARES
): SweepPoint[] | null {
	const at = figuresAtShares(index, year, params, law, shares);
	if (!at) return null;
	return at.flatMap(({ share, figures: f }) => {
		const point = (region: string | null, tsa: (typeof f.totals)['tsa'], weighted: number): SweepPoint => ({
			share,
			region,
			expected_annual_cost_kzt: tsa.expected_annual_cost_kzt,
			annual_entitlement_kzt: tsa.annual_entitlement_kzt,
			eligible_persons: tsa.eligible_persons,
			weighted_persons: weighted,
			coverage: weighted > 0 ? tsa.eligible_persons / weighted : 0
		});
		return [
			point(null, f.totals.tsa, f.dataset.weighted_persons),
			...REGION_CODES.map((r) => point(r, f.by_region[r].tsa, persons.get(r) ?? 0))
		];
	});
}
