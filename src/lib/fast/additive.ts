// The additive sums behind every contract figure: regions add up to the nation, shares are taken last.
import type { DatasetFigures, Totals } from '../sim/result';

/** Sums that add across regions; `targeting` parts are in weighted persons of households with consumption. */
export interface Additive {
	households: number;
	persons: number;
	weighted_households: number;
	weighted_persons: number;
	eligible_households: number;
	eligible_persons: number;
	supplemented_children: number;
	monthly_entitlement_kzt: number;
	expected_households: number;
	expected_persons: number;
	expected_annual_cost_kzt: number;
	assigned_in_year_households: number;
	assigned_in_year_persons: number;
	notified_households: number;
	applied_households: number;
	unclaimed_annual_kzt: number;
	local_eligible_households: number;
	local_annual_cost_kzt: number;
	poor_persons: number;
	eligible_wp: number;
	poor_eligible_wp: number;
	bottom_wp: number;
	bottom_eligible_wp: number;
	paid: number;
	bottom_paid: number;
}

/** An all-zero sum. */
export function zeroAdditive(): Additive {
	return {
		households: 0, persons: 0, weighted_households: 0, weighted_persons: 0, eligible_households: 0, eligible_persons: 0,
		supplemented_children: 0, monthly_entitlement_kzt: 0, expected_households: 0, expected_persons: 0,
		expected_annual_cost_kzt: 0, assigned_in_year_households: 0, assigned_in_year_persons: 0, notified_households: 0, applied_households: 0, unclaimed_annual_kzt: 0,
		local_eligible_households: 0, local_annual_cost_kzt: 0, poor_persons: 0, eligible_wp: 0, poor_eligible_wp: 0,
		bottom_wp: 0, bottom_eligible_wp: 0, paid: 0, bottom_paid: 0
	};
}

const KEYS = Object.keys(zeroAdditive()) as (keyof Additive)[];

/** Adds `b` into `a`. */
export function addInto(a: Additive, b: Additive): void {
	for (const k of KEYS) a[k] += b[k];
}

/** The dataset figures of a sum. */
export function datasetOf(a: Additive): DatasetFigures {
	return { households: a.households, persons: a.persons, weighted_households: a.weighted_households, weighted_persons: a.weighted_persons };
}

const share = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** The contract's totals of a sum (with `targeting` when the dataset has consumption), as `aggregate.ts` defines them. */
export function totalsOf(a: Additive, targeting: boolean): Totals {
	const totals: Totals = {
		tsa: {
			eligible_households: a.eligible_households,
			eligible_persons: a.eligible_persons,
			supplemented_children: a.supplemented_children,
			monthly_entitlement_kzt: a.monthly_entitlement_kzt,
			annual_entitlement_kzt: 12 * a.monthly_entitlement_kzt,
			expected_households: a.expected_households,
			expected_persons: a.expected_persons,
			expected_annual_cost_kzt: a.expected_annual_cost_kzt,
			assigned_in_year_households: a.assigned_in_year_households,
			assigned_in_year_persons: a.assigned_in_year_persons
		},
		gap: {
			notified_households: a.notified_households,
			applied_households: a.applied_households,
			gap_households: a.notified_households - a.applied_households,
			unclaimed_annual_kzt: a.unclaimed_annual_kzt
		},
		local: { eligible_households: a.local_eligible_households, annual_cost_kzt: a.local_annual_cost_kzt }
	};
	if (targeting) {
		const cgh = share(a.bottom_paid, a.paid);
		totals.targeting = {
			poor_persons: a.poor_persons,
			inclusion_error: share(a.eligible_wp - a.poor_eligible_wp, a.eligible_wp),
			exclusion_error: share(a.poor_persons - a.poor_eligible_wp, a.poor_persons),
			poorest_quintile_coverage: share(a.bottom_eligible_wp, a.bottom_wp),
			cgh: cgh === null ? null : cgh / 0.2
		};
	}
	return totals;
}
