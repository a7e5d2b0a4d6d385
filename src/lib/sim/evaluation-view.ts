// A named DuckDB view of the per-household evaluation, for charts that aggregate it their own way.
import type { Db } from '../db/db';
import { quoteIdent } from '../sql/quote';
import { prepareEvaluation, type ScenarioInput, type SimulateOptions } from './simulate';

/** Creates (or replaces) view `name` with one row per household (columns of `evaluationSql`); returns the notices. */
export async function createEvaluationView(
	db: Db,
	scenario: ScenarioInput,
	name = 'evaluation',
	options: SimulateOptions = {}
): Promise<string[]> {
	const { sql, notices } = await prepareEvaluation(db, scenario, options);
	await db.query(`CREATE OR REPLACE VIEW ${quoteIdent(name)} AS ${sql}`);
	return notices;
}
