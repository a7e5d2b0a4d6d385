// Weighted median of per-capita counted income (weighted by persons), national or by region, once per scenario.
import type { Db } from '../db/db';
import type { ParamValues } from '../rules/parameter';
import { paramValue, toSql } from '../rules/expr';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { MEDIAN_COLUMN } from '../rules/tsa/poverty-line';
import { quoteIdent, sqlLiteral } from '../sql/quote';

/** True when the median is national, false when each region has its own (`tsa.poverty_line.median_scope`). */
export function medianIsNational(params: ParamValues): boolean {
	return paramValue(params, 'tsa.poverty_line.median_scope') === 'national';
}

/**
 * The running weight counts as reaching half when within this relative margin below it: a running sum that is
 * exactly half in real numbers may round either side, and the in-memory extract sums in another order.
 */
export const MEDIAN_HALF_MARGIN = 1e-12;

/** SELECT of (grp, median_pc_income) from `hh`; grp is the region code, or 'national'. */
export function medianSql(params: ParamValues): string {
	const grp = medianIsNational(params) ? sqlLiteral('national') : quoteIdent('region');
	return `SELECT grp, min(pc) FILTER (WHERE cum >= half * ${1 - MEDIAN_HALF_MARGIN}) AS ${quoteIdent(MEDIAN_COLUMN)} FROM (
	SELECT grp, pc, sum(w) OVER (PARTITION BY grp ORDER BY pc ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum,
		sum(w) OVER (PARTITION BY grp) / 2 AS half
	FROM (SELECT ${grp} AS grp, ${toSql(perCapitaIncome.expr, params)} AS pc, weight * size AS w FROM hh WHERE size > 0)
) GROUP BY grp`;
}

/** `hh` joined with its median column: the FROM clause every evaluation reads (`medians`: a table of `medianSql`). */
export function hhWithMedianSql(params: ParamValues, medians = `(${medianSql(params)})`): string {
	const on = medianIsNational(params) ? 'TRUE' : 'med.grp = hh.region';
	return `(SELECT hh.*, med.${quoteIdent(MEDIAN_COLUMN)} FROM hh LEFT JOIN ${medians} med ON ${on})`;
}

/** The medians of a scenario: one per region, or one under the key 'national'. */
export async function queryMedians(db: Db, params: ParamValues): Promise<Map<string, number>> {
	const rows = await db.query(medianSql(params));
	return new Map(rows.map((r) => [String(r.grp), Number(r[MEDIAN_COLUMN])]));
}
