// Simulates several scenarios on the loaded dataset, one after another, with the code `npm run simulate` uses.
import type { Db } from '$lib/db/db';
import type { ResolvedScenario } from '$lib/rules/scenario';
import { evaluateInto, summarizeEvaluation } from '$lib/sim/simulate';
import type { SimulationResult } from '$lib/sim/result';
import { quoteIdent } from '$lib/sql/quote';

const TABLE = 'eval_compare';

/** The contract §3 result of each scenario, in order (evaluated into one scratch table, dropped afterwards). */
export async function simulateEach(db: Db, scenarios: readonly ResolvedScenario[]): Promise<SimulationResult[]> {
	const out: SimulationResult[] = [];
	try {
		for (const s of scenarios) {
			const notices = await evaluateInto(db, s, TABLE);
			out.push(await summarizeEvaluation(db, s, TABLE, notices));
		}
	} finally {
		await db.query(`DROP TABLE IF EXISTS ${quoteIdent(TABLE)}`);
	}
	return out;
}
