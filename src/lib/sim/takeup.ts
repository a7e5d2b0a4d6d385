// Take-up: `full` (every eligible household applies) or `observed` (learnt from `applied` under the baseline):
// rate per region × settlement cell, falling back to the region, then the nation, when a cell is too small.
// The card's notification and response rates (gap.ts) are learnt by the same cells, in either mode.
import type { ParamValues } from '../rules/parameter';
import { paramValue } from '../rules/expr';
import { toSql } from '../sql/to-sql';
import { eligible } from '../rules/tsa/amount';
import { sqlLiteral } from '../sql/quote';
import { GAP_DATA_KNOWN, gapCountsKnown, type GapData } from './gap';
import { hhWithMedianSql } from './median';

/**
 * SELECT of (region, settlement, takeup_rate, gap_takeup_rate, notify_rate, response_rate, notify_other_rate,
 * response_other_rate) for every cell in `hh`, learnt under `baseline`. Over the families eligible under it:
 * `takeup_rate` is the observed take-up (applied among eligible) × `factor` capped at 1 when `observed`, else 1;
 * `gap_takeup_rate` the same observed rate in either mode (1 when `data` has no `applied`); `notify_rate` the share
 * notified; `response_rate` the share of the notified that applied × `factor` capped at 1. Over the families not eligible
 * under it: `notify_other_rate` and `response_other_rate`, the same shares (no factor: it scales assignments). A cell
 * with fewer than `minCell` records (of the families the rate is over: eligible or not, notified or not) uses its
 * region's rate, then the nation's. Without the card's data the four card rates are 0 (gap.ts).
 */
export function learntRatesSql(baseline: ParamValues, minCell: number, factor: number, observed: boolean, data: GapData): string {
	const n = sqlLiteral(minCell);
	const f = sqlLiteral(factor);
	const share = (of: string, among: string) =>
		`coalesce(sum(weight) FILTER (WHERE ${among} AND ${of}), 0) / NULLIF(sum(weight) FILTER (WHERE ${among}), 0)`;
	const rates = `count(*) FILTER (WHERE elig) AS n, count(*) FILTER (WHERE elig AND notified) AS nn,
		count(*) FILTER (WHERE NOT elig) AS n_o, count(*) FILTER (WHERE NOT elig AND notified) AS nn_o,
		sum(weight) FILTER (WHERE elig AND applied) / NULLIF(sum(weight) FILTER (WHERE elig), 0) AS rate,
		${share('notified', 'elig')} AS notify, ${share('applied', 'elig AND notified')} AS response,
		${share('notified', 'NOT elig')} AS notify_o, ${share('applied', 'NOT elig AND notified')} AS response_o`;
	const pick = (count: string, rate: string, fallback: string) =>
		`coalesce(CASE WHEN c.${count} >= ${n} THEN c.${rate} WHEN r.${count} >= ${n} THEN r.${rate} ELSE nat.${rate} END, nat.${rate}, ${fallback})`;
	const takeup = data.applied ? `least(1.0, ${pick('n', 'rate', '1.0')} * ${f})` : '1.0';
	const known = gapCountsKnown(data);
	return `WITH b AS (
	SELECT region, settlement, weight, applied, notified, ${toSql(eligible.expr, baseline)} AS elig FROM ${hhWithMedianSql(baseline)} hh
)
SELECT c.region, c.settlement,
	${observed && data.applied ? takeup : '1.0'} AS takeup_rate,
	${takeup} AS gap_takeup_rate,
	${known ? pick('n', 'notify', '0.0') : '0.0'} AS notify_rate,
	${known ? `least(1.0, ${pick('nn', 'response', '0.0')} * ${f})` : '0.0'} AS response_rate,
	${known ? pick('n_o', 'notify_o', '0.0') : '0.0'} AS notify_other_rate,
	${known ? pick('nn_o', 'response_o', '0.0') : '0.0'} AS response_other_rate
FROM (SELECT region, settlement, ${rates} FROM b GROUP BY region, settlement) c
	JOIN (SELECT region, ${rates} FROM b GROUP BY region) r ON r.region = c.region
	CROSS JOIN (SELECT ${rates} FROM b) nat`;
}

/**
 * SELECT of the learnt rates (`learntRatesSql`) under `baseline` with the scenario's cell minimum and administrative
 * factor; `observed` false (full take-up, or no `applied`) makes `takeup_rate` 1 everywhere.
 */
export function takeupSql(params: ParamValues, baseline: ParamValues, observed: boolean, data: GapData = GAP_DATA_KNOWN): string {
	const minCell = paramValue(params, 'takeup.observed_min_cell_households');
	const factor = paramValue(params, 'takeup.administrative_factor');
	return learntRatesSql(baseline, typeof minCell === 'number' ? minCell : 1, typeof factor === 'number' ? factor : 1, observed, data);
}
