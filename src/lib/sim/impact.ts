// Impact on poverty and inequality (contract §3 `totals.impact`): income per capita before and after assistance.
// Their one definition: the registry (measures.ts) lists them as computed here (`computedBy`), since none is a sum.
import type { Row } from '../db/db';
import { REGION_CODES } from '../data/regions';
import { toSql } from '../sql/to-sql';
import { add, coalesce, div, flag, iff, lit, mul, num, type Num } from '../rules/expr';
import type { ParamValues } from '../rules/parameter';
import { incomeUprating, INCOME_TYPES } from '../rules/tsa/counted-income';
import type { ImpactTotals } from './result';

// Every income column (a missing one is 0), brought to the scenario year like counted income.
const allIncome: Num = mul(
	INCOME_TYPES.map((t): Num => coalesce(num(`income_${t}`), lit(0))).reduce((a, b) => add(a, b)),
	incomeUprating.expr
);

/** Income per capita a month before assistance: every income of the family ÷ members. */
export const INCOME_BEFORE: Num = div(allIncome, num('size'));

/**
 * Income per capita a month after assistance: before, plus the TSA amount and child supplement at expected take-up
 * (take-up × compliance share, for an eligible family) and local assistance a month, ÷ members.
 */
export const INCOME_AFTER: Num = div(
	add(
		add(
			allIncome,
			iff(flag('eligible'), mul(mul(num('takeup_rate'), num('compliance_factor')), add(num('tsa_amount'), num('child_supplement'))), lit(0))
		),
		div(coalesce(num('local_annual'), lit(0)), lit(12))
	),
	num('size')
);

/** The `hh` columns the impact figures read beside an evaluation's. */
export const IMPACT_FACTS = [...INCOME_TYPES.map((t) => `income_${t}` as const), 'children_under_18', 'pensioners'] as const;

/**
 * One row per household of an evaluation (with members and weight): region, weight, size, weighted persons `wp`,
 * the regional ПМ `pm`, weighted children / pension-age / working-age persons, and income per capita a month before
 * (`x0`, INCOME_BEFORE) and after (`x1`, INCOME_AFTER) assistance.
 */
export function householdIncomeSql(evaluation: string, params: ParamValues): string {
	return `SELECT ev.hh_id, ev.region, ev.weight, ev.size, ev.weight * ev.size AS wp, ev.pm_regional AS pm,
	ev.weight * ev.children_under_18 AS w_children, ev.weight * ev.pensioners AS w_pension,
	ev.weight * (ev.size - ev.children_under_18 - ev.pensioners) AS w_working,
	${toSql(INCOME_BEFORE, params, 'ev.')} AS x0, ${toSql(INCOME_AFTER, params, 'ev.')} AS x1
	FROM (SELECT e.*, ${IMPACT_FACTS.map((f) => `h.${f}`).join(', ')} FROM (${evaluation}) e JOIN hh h USING (hh_id)) ev
	WHERE ev.size > 0 AND ev.weight > 0`;
}

/**
 * One query: poverty and inequality before and after TSA and local assistance, by region and in total, over an
 * evaluation (a table or subquery of `evaluationSql`). Income per capita = every income column (brought to the
 * scenario year like counted income) ÷ members; after adds the TSA amount and child supplement at expected take-up
 * (take-up × compliance share, an expected value) and the local assistance a month. A person is poor below the
 * regional ПМ; the poverty gap is the monthly sum over persons of the shortfall; Gini over weighted persons
 * (ΣᵢΣⱼ wᵢwⱼ|xᵢ − xⱼ| / (2 W² x̄), from the sorted order: Σᵢ wᵢxᵢ(2 Bᵢ + wᵢ − W) / (W Σ w x), Bᵢ the weight before i).
 */
export function impactSql(evaluation: string, params: ParamValues): string {
	return `WITH p AS (${householdIncomeSql(evaluation, params)}),
s AS (SELECT *,
	sum(wp) OVER (ORDER BY x0, hh_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS nb0,
	sum(wp) OVER (ORDER BY x1, hh_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS nb1,
	sum(wp) OVER (PARTITION BY region ORDER BY x0, hh_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS rb0,
	sum(wp) OVER (PARTITION BY region ORDER BY x1, hh_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS rb1,
	sum(wp) OVER () AS nw, sum(wp) OVER (PARTITION BY region) AS rw
	FROM p)
SELECT region, grouping(region) AS is_total,
	coalesce(sum(wp) FILTER (WHERE x0 < pm), 0) AS poor_persons_before,
	coalesce(sum(wp) FILTER (WHERE x1 < pm), 0) AS poor_persons_after,
	coalesce(sum(wp * (pm - x0)) FILTER (WHERE x0 < pm), 0) AS poverty_gap_before_kzt,
	coalesce(sum(wp * (pm - x1)) FILTER (WHERE x1 < pm), 0) AS poverty_gap_after_kzt,
	coalesce(sum(w_children) FILTER (WHERE x0 < pm), 0) AS children_before,
	coalesce(sum(w_children) FILTER (WHERE x1 < pm), 0) AS children_after,
	coalesce(sum(w_working) FILTER (WHERE x0 < pm), 0) AS working_age_before,
	coalesce(sum(w_working) FILTER (WHERE x1 < pm), 0) AS working_age_after,
	coalesce(sum(w_pension) FILTER (WHERE x0 < pm), 0) AS pension_age_before,
	coalesce(sum(w_pension) FILTER (WHERE x1 < pm), 0) AS pension_age_after,
	CASE WHEN grouping(region) = 1
		THEN sum(wp * x0 * (2 * coalesce(nb0, 0) + wp - nw)) / NULLIF(max(nw) * sum(wp * x0), 0)
		ELSE sum(wp * x0 * (2 * coalesce(rb0, 0) + wp - rw)) / NULLIF(max(rw) * sum(wp * x0), 0) END AS gini_before,
	CASE WHEN grouping(region) = 1
		THEN sum(wp * x1 * (2 * coalesce(nb1, 0) + wp - nw)) / NULLIF(max(nw) * sum(wp * x1), 0)
		ELSE sum(wp * x1 * (2 * coalesce(rb1, 0) + wp - rw)) / NULLIF(max(rw) * sum(wp * x1), 0) END AS gini_after
FROM s GROUP BY GROUPING SETS ((region), ())`;
}

/** Turns one row of `impactSql` into `ImpactTotals` (zeros and null Gini for a region with nobody). */
export function impactFromRow(r: Row | undefined): ImpactTotals {
	const n = (k: string): number => Number(r?.[k] ?? 0);
	const share = (k: string): number | null => (r?.[k] === null || r?.[k] === undefined ? null : Number(r[k]));
	return {
		poor_persons_before: n('poor_persons_before'),
		poor_persons_after: n('poor_persons_after'),
		poverty_gap_before_kzt: n('poverty_gap_before_kzt'),
		poverty_gap_after_kzt: n('poverty_gap_after_kzt'),
		gini_before: share('gini_before'),
		gini_after: share('gini_after'),
		poor_by_age: {
			children: { before: n('children_before'), after: n('children_after') },
			working_age: { before: n('working_age_before'), after: n('working_age_after') },
			pension_age: { before: n('pension_age_before'), after: n('pension_age_after') }
		}
	};
}

/** The impact rows of `impactSql`: national and each region's. */
export function impactByRegion(rows: readonly Row[]): { total: ImpactTotals; byRegion: Record<string, ImpactTotals> } {
	const byRegion: Record<string, ImpactTotals> = {};
	for (const code of REGION_CODES) byRegion[code] = impactFromRow(rows.find((r) => Number(r.is_total) === 0 && r.region === code));
	return { total: impactFromRow(rows.find((r) => Number(r.is_total) === 1)), byRegion };
}
