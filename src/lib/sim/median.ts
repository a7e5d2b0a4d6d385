// The median per-capita income the poverty line uses, national or by region: the official statistic (parameters) or
// the dataset's weighted median (persons-weighted, of counted income), once per scenario.
import type { Db } from '../db/db';
import { REGION_CODES } from '../data/regions';
import type { ParamValues } from '../rules/parameter';
import { toSql } from '../sql/to-sql';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { MEDIAN_COLUMN, medianIsNational, medianIsOfficial, officialMedian } from '../rules/tsa/poverty-line';
import { quoteIdent, sqlLiteral } from '../sql/quote';

/**
 * The running weight counts as reaching half when within this relative margin below it: a running sum that is
 * exactly half in real numbers may round either side, and the in-memory extract sums in another order.
 */
export const MEDIAN_HALF_MARGIN = 1e-12;

/** Persons in Kazakhstan on 1 December 2025 (BNS; shared/domain/README.md §3): what a whole-population dataset stands for. */
export const NATIONAL_POPULATION = 20_478_879;

/** A dataset stands for the whole population when its weighted persons are within this share of NATIONAL_POPULATION. */
export const WHOLE_POPULATION_TOLERANCE = 0.1;

/** SELECT of (grp, median_pc_income); grp is the region code, or 'national'. */
export function medianSql(params: ParamValues): string {
	return medianIsOfficial(params) ? officialMedianSql(params) : datasetMedianSql(params);
}

// The official medians as a constant table, so every evaluation joins the same way whatever the source.
function officialMedianSql(params: ParamValues): string {
	const groups = medianIsNational(params) ? ['national'] : [...REGION_CODES];
	const rows = groups.map((g) => `(${sqlLiteral(g)}, CAST(${sqlLiteral(officialMedian(params, g))} AS DOUBLE))`);
	return `SELECT * FROM (VALUES ${rows.join(', ')}) AS official(grp, ${quoteIdent(MEDIAN_COLUMN)})`;
}

function datasetMedianSql(params: ParamValues): string {
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

/**
 * The notice of a line whose median is the dataset's when the dataset does not stand for the whole population
 * (weighted persons outside NATIONAL_POPULATION ± WHOLE_POPULATION_TOLERANCE), else null.
 */
export function datasetMedianNotice(params: ParamValues, weightedPersons: number): string | null {
	if (medianIsOfficial(params)) return null;
	if (Math.abs(weightedPersons / NATIONAL_POPULATION - 1) <= WHOLE_POPULATION_TOLERANCE) return null;
	const millions = (weightedPersons / 1e6).toFixed(2);
	return (
		`tsa.poverty_line.median_source is "dataset" but the dataset stands for ${millions} M persons, not the whole population ` +
		`(${(NATIONAL_POPULATION / 1e6).toFixed(2)} M): the poverty line uses this dataset's median income, not the official statistic.`
	);
}

/** `datasetMedianNotice` for the installed `hh` table (no query when the median is official). */
export async function queryDatasetMedianNotice(db: Db, params: ParamValues): Promise<string | null> {
	if (medianIsOfficial(params)) return null;
	const [row] = await db.query('SELECT coalesce(sum(weight * size), 0) AS wp FROM hh');
	return datasetMedianNotice(params, Number(row?.wp ?? 0));
}
