// Threshold sweep: the scenario re-evaluated with the poverty line's ПМ share at each point of a grid, summed
// the way `aggregate.ts` sums the contract totals, in one query (UNION ALL of the evaluations, grouped).
import type { Db, Row } from '$lib/db/db';
import type { ParamValue } from '$lib/rules/parameter';
import { prepareEvaluation, type ScenarioInput } from '$lib/sim/simulate';
import { sqlLiteral } from '$lib/sql/quote';
import { learningBaseline } from '$lib/rules/dataset-params';
import { distinctQuarters } from '$lib/sim/year';
import type { DomainPoint } from '$lib/charts/sweep-scale';

/** The parameter the sweep moves. */
export const SWEEP_PATH = 'tsa.poverty_line.pm_share';

/** The grid of shares: 0.40 to 1.50 by 0.05 (23 points), rounded so that 0.7 is exactly 0.7. */
export const SWEEP_SHARES: readonly number[] = Array.from({ length: 23 }, (_, i) => (40 + 5 * i) / 100);

/** One point of the sweep for one region (or the nation when `region` is null). */
export interface SweepPoint {
	share: number;
	region: string | null;
	expected_annual_cost_kzt: number;
	annual_entitlement_kzt: number;
	eligible_persons: number;
	weighted_persons: number;
	/** eligible_persons ÷ weighted_persons (0 when there is nobody). */
	coverage: number;
}

/** What the sweep depends on: the scenario without the swept share (and the dataset generation). */
export function sweepKey(scenario: ScenarioInput, generation: number): string {
	const rest: Record<string, ParamValue> = { ...scenario.params };
	delete rest[SWEEP_PATH];
	return JSON.stringify([generation, scenario.year, Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1))]);
}

/**
 * Groups evaluations into per-share figures, national and by region. Each share has one evaluation per distinct law
 * among the year's quarters (`quarters`: how many it stands for); standing figures are the reference quarter's
 * (`reference`), the expected annual cost the quarters' sum, as in `simulate`.
 */
export function sweepSql(evaluations: readonly { share: number; sql: string; quarters?: number; reference?: boolean }[]): string {
	const union = evaluations
		.map(
			(e) =>
				`SELECT ${sqlLiteral(e.share)} AS share, ${sqlLiteral((e.quarters ?? 4) / 4)} AS year_share, ${e.reference ?? true} AS reference, * FROM (${e.sql})`
		)
		.join('\nUNION ALL\n');
	return `WITH ev AS (${union})
SELECT share, region, grouping(region) AS is_total,
	coalesce(sum(weight * size) FILTER (WHERE reference), 0) AS weighted_persons,
	coalesce(sum(weight * size) FILTER (WHERE reference AND eligible), 0) AS eligible_persons,
	12 * coalesce(sum(weight * (tsa_amount + child_supplement)) FILTER (WHERE reference), 0) AS annual_entitlement_kzt,
	coalesce(sum(year_share * 12 * weight * takeup_rate * compliance_factor * (tsa_amount + child_supplement)), 0) AS expected_annual_cost_kzt
FROM ev GROUP BY GROUPING SETS ((share, region), (share)) ORDER BY share, is_total DESC, region`;
}

/** Turns rows of `sweepSql` into points. */
export function sweepPoints(rows: readonly Row[]): SweepPoint[] {
	return rows.map((r) => {
		const eligible = Number(r.eligible_persons ?? 0);
		const persons = Number(r.weighted_persons ?? 0);
		return {
			share: Number(r.share),
			region: Number(r.is_total) === 1 ? null : String(r.region),
			expected_annual_cost_kzt: Number(r.expected_annual_cost_kzt ?? 0),
			annual_entitlement_kzt: Number(r.annual_entitlement_kzt ?? 0),
			eligible_persons: eligible,
			weighted_persons: persons,
			coverage: persons > 0 ? eligible / persons : 0
		};
	});
}

/** Evaluates `scenario`'s year at every share of `shares` (default SWEEP_SHARES) in one query; national and regional points. */
export async function querySweep(db: Db, scenario: ScenarioInput, shares: readonly number[] = SWEEP_SHARES): Promise<SweepPoint[]> {
	const evaluations: { share: number; sql: string; quarters: number; reference: boolean }[] = [];
	const baseline = learningBaseline(scenario.year, scenario.params);
	for (const share of shares) {
		const sets = distinctQuarters(scenario.year, Object.freeze({ ...scenario.params, [SWEEP_PATH]: share }));
		for (const [i, set] of sets.entries()) {
			const { sql } = await prepareEvaluation(db, { ...scenario, params: set.params }, { baseline });
			evaluations.push({ share, sql, quarters: set.quarters.length, reference: i === 0 });
		}
	}
	return sweepPoints(await db.query(sweepSql(evaluations)));
}

/** The points of one region (or the nation for null), in share order. */
export function pointsFor(points: readonly SweepPoint[], region: string | null): SweepPoint[] {
	return points.filter((p) => p.region === region).sort((a, b) => a.share - b.share);
}

/** The names the sweep's cost chart gives its two curves and its budget line, in the reader's language. */
export type SweepLabels = { expected: string; full: string; budget: string };

/** The sweep's cost chart: a curve of the expected cost and one of the full entitlement. */
export type SweepSeries = {
	xs: number[];
	series: { key: 'expected_annual_cost_kzt' | 'annual_entitlement_kzt'; label: string; color: string; values: number[] }[];
	/** Every point of both curves: what a zoomed scale is fitted to. */
	extent: DomainPoint[];
	hline: { y: number; label: string } | null;
};

/** The cost chart of `points` (in share order): its shares, two curves, their points, and the budget line unless `budget` is null. */
export function sweepSeries(points: readonly SweepPoint[], labels: SweepLabels, budget: number | null): SweepSeries {
	return {
		xs: points.map((p) => p.share),
		series: [
			{ key: 'expected_annual_cost_kzt', label: labels.expected, color: '#2f6f8f', values: points.map((p) => p.expected_annual_cost_kzt) },
			{ key: 'annual_entitlement_kzt', label: labels.full, color: '#c07a1a', values: points.map((p) => p.annual_entitlement_kzt) }
		],
		extent: points.flatMap((p) => [
			{ x: p.share, y: p.expected_annual_cost_kzt },
			{ x: p.share, y: p.annual_entitlement_kzt }
		]),
		hline: budget === null ? null : { y: budget, label: labels.budget }
	};
}

/** How many shares one sweep query evaluates. */
export const SWEEP_CHUNK = 6;
