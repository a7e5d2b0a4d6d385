// The threshold sweep from the evaluated households' columns, where no index holds the scenario's structure (the
// card-spending test): each share's rules re-evaluated where the line moves them, the registry's sums over the rows.
// SQL (`querySweep`) is the reference; sweep.columns.test.ts holds the two equal.
import { REGION_CODES } from '$lib/data/regions';
import type { ResolvedScenario } from '$lib/rules/scenario';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { measuresFromColumns, type MeasureValues } from '$lib/sim/measure-columns';
import type { MeasureKey } from '$lib/sim/measures';
import { distinctQuarters } from '$lib/sim/year';
import { switchedColumns } from './switched-columns';
import { SWEEP_PATH, SWEEP_SHARES, type SweepPoint } from './sweep';

const SWEPT = new Set([SWEEP_PATH]);
const MEASURES = ['tsa.expected_annual_cost_kzt', 'tsa.annual_entitlement_kzt', 'tsa.eligible_persons'] as const;

/**
 * The registry's measures `keys` with the swept share at each of `shares`, from the households whose scenario side is
 * `scenario`'s evaluation (each share's rules re-evaluated where the line moves them); null in a year whose quarters
 * differ in law (its cost adds the quarters' evaluations, which the index or SQL make). The sweep's and the frontier's.
 */
export function measuresAtShares<K extends MeasureKey>(
	h: EvaluatedHouseholds,
	scenario: ResolvedScenario,
	keys: readonly K[],
	shares: readonly number[] = SWEEP_SHARES
): { share: number; values: MeasureValues<K> }[] | null {
	if (distinctQuarters(scenario.year, scenario.params).length > 1) return null;
	return shares.map((share) => ({
		share,
		values: measuresFromColumns(
			h,
			switchedColumns(h, h.scenario, scenario.params, { ...scenario.params, [SWEEP_PATH]: share }, SWEPT),
			keys
		)
	}));
}

/** The sweep's points (national and every region), or null in a year whose quarters differ in law (see measuresAtShares). */
export function sweepFromColumns(
	h: EvaluatedHouseholds,
	scenario: ResolvedScenario,
	shares: readonly number[] = SWEEP_SHARES
): SweepPoint[] | null {
	const at = measuresAtShares(h, scenario, MEASURES, shares);
	if (!at) return null;
	const persons = weightedPersons(h);
	return at.flatMap(({ share, values: m }) => {
		const point = (region: string | null, v: (typeof m)['total'], weighted: number): SweepPoint => {
			const eligible = v['tsa.eligible_persons'] ?? 0;
			return {
				share,
				region,
				expected_annual_cost_kzt: v['tsa.expected_annual_cost_kzt'] ?? 0,
				annual_entitlement_kzt: v['tsa.annual_entitlement_kzt'] ?? 0,
				eligible_persons: eligible,
				weighted_persons: weighted,
				coverage: weighted > 0 ? eligible / weighted : 0
			};
		};
		return [point(null, m.total, persons[REGION_CODES.length]), ...REGION_CODES.map((r, k) => point(r, m.byRegion[r], persons[k]))];
	});
}

/** Σ weight × size by region (REGION_CODES order), the nation last: the sweep's weighted persons, as SQL sums them. */
function weightedPersons(h: EvaluatedHouseholds): Float64Array {
	const [weight, size] = [h.fact('weight'), h.fact('size')];
	const out = new Float64Array(REGION_CODES.length + 1);
	for (let i = 0; i < h.n; i++) {
		const v = weight[i] * size[i];
		if (v !== v) continue;
		out[REGION_CODES.length] += v;
		if (h.region[i] < REGION_CODES.length) out[h.region[i]] += v;
	}
	return out;
}
