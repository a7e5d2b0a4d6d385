// The funnel from the evaluated households' columns equals the funnel in SQL, on the fixture and the embedded survey,
// under the law against random reforms, and on datasets without the card's columns; the columns are read back from
// SQL's tables and made by the column kernel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { mismatches } from '$lib/fast/testing/close';
import type { ResolvedScenario } from '$lib/rules/scenario';
import { DATASETS, evaluateBothWays, installFolder, SCENARIOS, withoutColumns } from './evaluated-pairs.fixture';
import { funnelFigures, type FunnelFigures } from './funnel';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

/** The SQL figures under `scenario`, after checking that both column evaluations give them. */
async function bothWays(scenario: ResolvedScenario): Promise<FunnelFigures> {
	const both = await evaluateBothWays(db, scenario);
	const sql = await funnelFigures.sql({ db, tables: EVAL_TABLES });
	for (const [how, households] of Object.entries(both)) expect(mismatches(funnelFigures.columns(households), sql), how).toEqual([]);
	return sql;
}

describe.each(DATASETS)('the funnel from the columns on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it.each(SCENARIOS.map((s) => [s.name, s] as const))(
		'equals SQL under %s',
		async (_, scenario) => {
			const sql = await bothWays(scenario);
			expect(sql.funnel.total.scenario.eligible).toBeGreaterThan(0);
			expect(sql.observed).toEqual({ counts: true, paid: true });
		},
		60_000
	);

	it('equals SQL, and says so, without the card and payment columns', async () => {
		await installFolder(db, withoutColumns(folder, ['notified', 'applied', 'tsa_paid_monthly']));
		expect((await bothWays(SCENARIOS[3])).observed).toEqual({ counts: false, paid: false });
	}, 60_000);

	it('knows applied without anyone notified (counts unknown, paid known)', async () => {
		await installFolder(db, withoutColumns(folder, ['notified']));
		expect((await bothWays(SCENARIOS[0])).observed).toEqual({ counts: false, paid: true });
	}, 60_000);
});
