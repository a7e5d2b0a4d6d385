// The cost–exclusion frontier: the scenario re-evaluated at each poverty-line share of the sweep's grid, with its
// expected annual cost and its targeting errors, in one query (UNION ALL of the evaluations, grouped).
import type { Db, Row } from '$lib/db/db';
import { QUINTILE_SQL } from '$lib/sim/aggregate';
import { cachedTable } from '$lib/sim/cached-table';
import { prepareEvaluation, type ScenarioInput } from '$lib/sim/simulate';
import { sqlLiteral } from '$lib/sql/quote';
import { SWEEP_PATH, SWEEP_SHARES } from './sweep';

/** One share's cost and errors, for one region (or the nation when `region` is null); errors are null with no one to count. */
export interface FrontierPoint {
	share: number;
	region: string | null;
	expected_annual_cost_kzt: number;
	annual_entitlement_kzt: number;
	inclusion_error: number | null;
	exclusion_error: number | null;
}

/**
 * Groups evaluations (each tagged with a number, `variant`) into cost and errors per variant, national and by
 * region. Cost counts every household; errors only those with consumption, as `targetingSql` in sim/aggregate.ts.
 */
export function variantsSql(evaluations: readonly { variant: number; sql: string }[], quintiles: string): string {
	const union = evaluations.map((e) => `SELECT ${sqlLiteral(e.variant)} AS variant, * FROM (${e.sql})`).join('\nUNION ALL\n');
	return `WITH ev AS (${union}),
q AS (SELECT ev.*, qu.hh_id IS NOT NULL AS surveyed, qu.cpc < ev.pm_regional AS poor, ev.weight * ev.size AS wp
	FROM ev LEFT JOIN ${quintiles} qu USING (hh_id))
SELECT variant, region, grouping(region) AS is_total,
	12 * coalesce(sum(weight * (tsa_amount + child_supplement)), 0) AS annual_entitlement_kzt,
	coalesce(sum(12 * weight * takeup_rate * compliance_factor * (tsa_amount + child_supplement)), 0) AS expected_annual_cost_kzt,
	coalesce(sum(wp) FILTER (WHERE surveyed AND eligible AND NOT poor), 0) / NULLIF(sum(wp) FILTER (WHERE surveyed AND eligible), 0) AS inclusion_error,
	coalesce(sum(wp) FILTER (WHERE surveyed AND poor AND NOT eligible), 0) / NULLIF(sum(wp) FILTER (WHERE surveyed AND poor), 0) AS exclusion_error
FROM q GROUP BY GROUPING SETS ((variant, region), (variant)) ORDER BY variant, is_total DESC, region`;
}

/** Turns rows of `variantsSql` whose variant is the share into points. */
export function frontierPoints(rows: readonly Row[]): FrontierPoint[] {
	const orNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
	return rows.map((r) => ({
		share: Number(r.variant),
		region: Number(r.is_total) === 1 ? null : String(r.region),
		expected_annual_cost_kzt: Number(r.expected_annual_cost_kzt ?? 0),
		annual_entitlement_kzt: Number(r.annual_entitlement_kzt ?? 0),
		inclusion_error: orNull(r.inclusion_error),
		exclusion_error: orNull(r.exclusion_error)
	}));
}

/** Evaluates `scenario` at every share of `shares` (default: the sweep's 23) in one query; national and regional points. */
export async function queryFrontier(db: Db, scenario: ScenarioInput, shares: readonly number[] = SWEEP_SHARES): Promise<FrontierPoint[]> {
	const evaluations: { variant: number; sql: string }[] = [];
	for (const share of shares) {
		const { sql } = await prepareEvaluation(db, { ...scenario, params: { ...scenario.params, [SWEEP_PATH]: share } });
		evaluations.push({ variant: share, sql });
	}
	const quintiles = await cachedTable(db, 'quintiles', QUINTILE_SQL);
	return frontierPoints(await db.query(variantsSql(evaluations, quintiles)));
}

/** The points of one region (or the nation for null), in share order. */
export function frontierFor(points: readonly FrontierPoint[], region: string | null): FrontierPoint[] {
	return points.filter((p) => p.region === region).sort((a, b) => a.share - b.share);
}
