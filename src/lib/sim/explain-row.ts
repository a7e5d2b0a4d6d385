// Fetches what `explainHousehold` needs for one household: its `hh` row and the median that applies to it.
import type { Db, Row } from '../db/db';
import type { ParamValues } from '../rules/parameter';
import type { ExplainContext } from '../rules/explain';
import { ensureHouseholdFeatures } from './household-features';
import { hhWithMedianSql } from './median';

/** The features row of household `hhId` and its explain context, or null when there is no such household. */
export async function householdForExplain(
	db: Db,
	params: ParamValues,
	hhId: string
): Promise<{ row: Row; context: ExplainContext } | null> {
	await ensureHouseholdFeatures(db, params);
	const rows = await db.query(`SELECT * FROM ${hhWithMedianSql(params)} WHERE hh_id = ?`, [hhId]);
	if (rows.length === 0) return null;
	const median = rows[0].median_pc_income;
	return { row: rows[0], context: { median_pc_income: typeof median === 'number' ? median : null } };
}
