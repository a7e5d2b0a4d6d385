// The grouped queries over the per-household evaluation: one per figure set, national and by region at once.
import type { Row } from '../db/db';
import type { Totals } from './result';

/** One query: TSA, gap, local and dataset figures for GROUPING SETS ((region), ()). */
export function figuresSql(evaluation: string): string {
	return `WITH ev AS (${evaluation})
SELECT region, grouping(region) AS is_total,
	count(*) AS households, coalesce(sum(size), 0) AS persons,
	coalesce(sum(weight), 0) AS weighted_households, coalesce(sum(weight * size), 0) AS weighted_persons,
	coalesce(sum(weight) FILTER (WHERE eligible), 0) AS eligible_households,
	coalesce(sum(weight * size) FILTER (WHERE eligible), 0) AS eligible_persons,
	coalesce(sum(weight * supplemented_children), 0) AS supplemented_children,
	coalesce(sum(weight * (tsa_amount + child_supplement)), 0) AS monthly_entitlement_kzt,
	coalesce(sum(weight * takeup_rate * compliance_factor) FILTER (WHERE eligible), 0) AS expected_households,
	coalesce(sum(weight * size * takeup_rate * compliance_factor) FILTER (WHERE eligible), 0) AS expected_persons,
	coalesce(sum(12 * weight * takeup_rate * compliance_factor * (tsa_amount + child_supplement)), 0) AS expected_annual_cost_kzt,
	coalesce(sum(weight * takeup_rate * assigned_per_standing) FILTER (WHERE eligible), 0) AS assigned_in_year_households,
	coalesce(sum(weight * size * takeup_rate * assigned_per_standing) FILTER (WHERE eligible), 0) AS assigned_in_year_persons,
	coalesce(sum(weight * gap_notified), 0) AS notified_households,
	coalesce(sum(weight * gap_applied), 0) AS applied_households,
	coalesce(sum(12 * weight * (1 - gap_takeup_rate) * (tsa_amount + child_supplement)) FILTER (WHERE eligible), 0) AS unclaimed_annual_kzt,
	coalesce(sum(weight) FILTER (WHERE local_eligible), 0) AS local_eligible_households,
	coalesce(sum(weight * local_annual), 0) AS local_annual_cost_kzt
FROM ev GROUP BY GROUPING SETS ((region), ())`;
}

/**
 * Each household's consumption per capita and whether it is in the poorest quintile: the first 20 % of weighted
 * persons by consumption per capita. It depends on no parameter, so it is computed once per dataset.
 */
export const QUINTILE_SQL = `SELECT hh_id, cpc,
	sum(wp) OVER (ORDER BY cpc, hh_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - wp < 0.2 * sum(wp) OVER () AS bottom
FROM (SELECT hh_id, consumption_monthly / size AS cpc, weight * size AS wp FROM hh WHERE consumption_monthly IS NOT NULL AND size > 0)`;

/**
 * One query: targeting accuracy by region and in total. A person is poor when consumption per capita is below
 * the regional ПМ. `quintiles` is a table (or subquery) of `QUINTILE_SQL`.
 */
export function targetingSql(evaluation: string, quintiles = `(${QUINTILE_SQL})`): string {
	return `WITH ev AS (${evaluation}),
q AS (SELECT ev.*, qu.bottom, qu.cpc < ev.pm_regional AS poor, ev.weight * ev.size AS wp,
	ev.weight * (ev.tsa_amount + ev.child_supplement) AS paid FROM ev JOIN ${quintiles} qu USING (hh_id))
SELECT region, grouping(region) AS is_total,
	coalesce(sum(wp) FILTER (WHERE poor), 0) AS poor_persons,
	coalesce(sum(wp) FILTER (WHERE eligible AND NOT poor), 0) / NULLIF(sum(wp) FILTER (WHERE eligible), 0) AS inclusion_error,
	coalesce(sum(wp) FILTER (WHERE poor AND NOT eligible), 0) / NULLIF(sum(wp) FILTER (WHERE poor), 0) AS exclusion_error,
	coalesce(sum(wp) FILTER (WHERE bottom AND eligible), 0) / NULLIF(sum(wp) FILTER (WHERE bottom), 0) AS poorest_quintile_coverage,
	coalesce(sum(paid) FILTER (WHERE bottom), 0) / NULLIF(sum(paid), 0) / 0.2 AS cgh
FROM q GROUP BY GROUPING SETS ((region), ())`;
}

/** Turns one row of `figuresSql` into the contract's totals. */
export function totalsFromRow(r: Row): Totals {
	const n = (k: string): number => Number(r[k] ?? 0);
	return {
		tsa: {
			eligible_households: n('eligible_households'),
			eligible_persons: n('eligible_persons'),
			supplemented_children: n('supplemented_children'),
			monthly_entitlement_kzt: n('monthly_entitlement_kzt'),
			annual_entitlement_kzt: 12 * n('monthly_entitlement_kzt'),
			expected_households: n('expected_households'),
			expected_persons: n('expected_persons'),
			expected_annual_cost_kzt: n('expected_annual_cost_kzt'),
			assigned_in_year_households: n('assigned_in_year_households'),
			assigned_in_year_persons: n('assigned_in_year_persons')
		},
		gap: {
			notified_households: n('notified_households'),
			applied_households: n('applied_households'),
			gap_households: n('notified_households') - n('applied_households'),
			unclaimed_annual_kzt: n('unclaimed_annual_kzt')
		},
		local: { eligible_households: n('local_eligible_households'), annual_cost_kzt: n('local_annual_cost_kzt') }
	};
}
