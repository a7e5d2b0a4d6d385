// The grouped queries over the per-household evaluation: one per figure set, national and by region at once.
import type { Row } from '../db/db';
import { MEASURES, SHARES, SUMS, TERMS, totalsFromSums, type Expr, type SumDef, type SumName, type Sums } from './measures';
import type { Totals } from './result';

/** A sum's SQL aggregate (measures.ts): coalesce(sum([12 ×] weight × share × term) FILTER (WHERE conditions), 0). */
export function sumSql(d: SumDef): string {
	const factors = [d.annual ? '12' : null, 'weight', SHARES[d.share], TERMS[d.term]].filter((f) => f !== null).join(' * ');
	return `coalesce(sum(${factors})${d.where.length > 0 ? ` FILTER (WHERE ${d.where.join(' AND ')})` : ''}, 0)`;
}

/** A measure's value in SQL, from its sums' aggregates (a share is NULL when its denominator is 0). */
export function exprSql(e: Expr): string {
	if (typeof e === 'string') return sumSql(SUMS[e]);
	if ('scale' in e) return `${e.scale} * (${exprSql(e.of)})`;
	if ('minus' in e) return `(${exprSql(e.minus[0])} - ${exprSql(e.minus[1])})`;
	return `(${exprSql(e.ratio[0])}) / NULLIF(${exprSql(e.ratio[1])}, 0)`;
}

/** The sums over every household (not only those with consumption), as `SUMS` defines them. */
const HOUSEHOLD_SUMS = (Object.entries(SUMS) as [SumName, SumDef][]).filter(([, d]) => d.over === 'households');

/** One query: the dataset figures and every household sum of `SUMS`, for GROUPING SETS ((region), ()). */
export function figuresSql(evaluation: string): string {
	return `WITH ev AS (${evaluation})
SELECT region, grouping(region) AS is_total,
	count(*) AS households, coalesce(sum(size), 0) AS persons,
	coalesce(sum(weight), 0) AS weighted_households, coalesce(sum(weight * size), 0) AS weighted_persons,
	${HOUSEHOLD_SUMS.map(([name, d]) => `${sumSql(d)} AS ${name}`).join(',\n\t')}
FROM ev GROUP BY GROUPING SETS ((region), ())`;
}

/**
 * Each household's consumption per capita and whether it is in the poorest quintile: the first 20 % of weighted
 * persons by consumption per capita. It depends on no parameter, so it is computed once per dataset.
 */
export const QUINTILE_SQL = `SELECT hh_id, cpc,
	sum(wp) OVER (ORDER BY cpc, hh_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - wp < 0.2 * sum(wp) OVER () AS bottom
FROM (SELECT hh_id, consumption_monthly / size AS cpc, weight * size AS wp FROM hh WHERE consumption_monthly IS NOT NULL AND size > 0)`;

// The targeting measures' columns: each its field's name and its value's SQL.
const TARGETING = MEASURES.flatMap((d) =>
	d.value !== null && d.key.startsWith('targeting.') ? [`${exprSql(d.value)} AS ${d.key.split('.')[1]}`] : []
);

/**
 * One query: the targeting measures (measures.ts) by region and in total, each column named by its field. A person is
 * poor when consumption per capita is below the regional ПМ. `quintiles` is a table (or subquery) of `QUINTILE_SQL`.
 */
export function targetingSql(evaluation: string, quintiles = `(${QUINTILE_SQL})`): string {
	return `WITH ev AS (${evaluation}),
q AS (SELECT ev.*, qu.bottom, qu.cpc < ev.pm_regional AS poor FROM ev JOIN ${quintiles} qu USING (hh_id))
SELECT region, grouping(region) AS is_total,
	${TARGETING.join(',\n\t')}
FROM q GROUP BY GROUPING SETS ((region), ())`;
}

/** Turns one row of `figuresSql` into the contract's totals (tsa, gap, local). */
export function totalsFromRow(r: Row): Totals {
	const sums = Object.fromEntries(HOUSEHOLD_SUMS.map(([name]) => [name, Number(r[name] ?? 0)])) as Partial<Sums>;
	return totalsFromSums(sums as Sums, false);
}
