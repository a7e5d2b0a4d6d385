// The funnel the views show (the stages from the two rulebooks' totals, what the data records from the household
// facts) equals the funnel in SQL (funnelSql), on the fixture and the embedded survey, under the law against random
// reforms, and on datasets without the card's columns; the facts are read back from SQL's tables and those the column
// kernel is given. The totals here are SQL's; fast-path.test.ts holds the prefix index's equal to them, funnel included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { mismatches } from '$lib/fast/testing/close';
import type { ResolvedScenario } from '$lib/rules/scenario';
import { simulate } from '$lib/sim/simulate';
import { DATASETS, evaluateBothWays, installFolder, LAW, SCENARIOS, withoutColumns } from './evaluated-pairs.fixture';
import { funnelFromRows, funnelFromTotals, funnelSql, observedFigures, type Funnel, type ObservedColumns } from './funnel';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

/** The SQL funnel under `scenario`, after checking that the totals and each way of reading the facts give it. */
async function bothWays(scenario: ResolvedScenario): Promise<{ funnel: Funnel; observed: ObservedColumns }> {
	const both = await evaluateBothWays(db, scenario);
	const funnel = funnelFromRows(await db.query(funnelSql()));
	const recorded = (await observedFigures.sql({ db, tables: EVAL_TABLES }, true))!;
	const [law, reform] = [await simulate(db, LAW), await simulate(db, scenario)];
	expect(mismatches(funnelFromTotals(law, reform, recorded.byArea), funnel), 'totals and SQL facts').toEqual([]);
	for (const [how, households] of Object.entries(both)) {
		const facts = observedFigures.columns(households, true)!;
		expect(mismatches(facts, recorded), how).toEqual([]);
		expect(mismatches(funnelFromTotals(law, reform, facts.byArea), funnel), `totals and ${how} facts`).toEqual([]);
	}
	expect(observedFigures.columns(both.read, false)).toBeNull();
	return { funnel, observed: recorded.columns };
}

describe.each(DATASETS)('the funnel from the totals and the facts on %s', (folder) => {
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
