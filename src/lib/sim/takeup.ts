// Take-up: `full` (every eligible household applies) or `observed` (learnt from `applied` under the baseline):
// rate per region × settlement cell, falling back to the region, then the nation, when a cell is too small.
import type { ParamValues } from '../rules/parameter';
import { paramValue, toSql } from '../rules/expr';
import { eligible } from '../rules/tsa/amount';
import { sqlLiteral } from '../sql/quote';
import { hhWithMedianSql } from './median';

/**
 * SELECT of (region, settlement, takeup_rate) for every cell in `hh`, observed under `baseline` and multiplied by the
 * administrative factor of the scenario's year (capped at 1).
 */
export function observedTakeupSql(baseline: ParamValues, minCell: number, factor = 1): string {
	const n = sqlLiteral(minCell);
	const rate = `count(*) FILTER (WHERE elig) AS n,
		sum(weight) FILTER (WHERE elig AND applied) / NULLIF(sum(weight) FILTER (WHERE elig), 0) AS rate`;
	return `WITH b AS (
	SELECT region, settlement, weight, applied, ${toSql(eligible.expr, baseline)} AS elig FROM ${hhWithMedianSql(baseline)} hh
)
SELECT c.region, c.settlement,
	least(1.0, coalesce(CASE WHEN c.n >= ${n} THEN c.rate WHEN r.n >= ${n} THEN r.rate ELSE nat.rate END, nat.rate, 1.0) * ${sqlLiteral(factor)}) AS takeup_rate
FROM (SELECT region, settlement, ${rate} FROM b GROUP BY region, settlement) c
	JOIN (SELECT region, ${rate} FROM b GROUP BY region) r ON r.region = c.region
	CROSS JOIN (SELECT ${rate} FROM b) nat`;
}

/** SELECT of (region, settlement, takeup_rate): observed rates, or 1 everywhere in `full` mode. */
export function takeupSql(params: ParamValues, baseline: ParamValues, observed: boolean): string {
	if (!observed) return 'SELECT DISTINCT region, settlement, 1.0 AS takeup_rate FROM hh';
	const minCell = paramValue(params, 'takeup.observed_min_cell_households');
	const factor = paramValue(params, 'takeup.administrative_factor');
	return observedTakeupSql(baseline, typeof minCell === 'number' ? minCell : 1, typeof factor === 'number' ? factor : 1);
}
