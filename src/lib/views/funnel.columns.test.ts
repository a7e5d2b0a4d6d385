// The funnel from the evaluated households' columns equals the funnel in SQL, on the fixture and the embedded survey,
// under the law against random reforms, and on a dataset without the card's columns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { mismatches } from '$lib/fast/testing/close';
import { DATASETS, evaluatePair, installFolder, SCENARIOS, withoutColumns } from './evaluated-pairs.fixture';
import { funnelFigures } from './funnel';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

describe.each(DATASETS)('the funnel from the columns on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it.each(SCENARIOS.map((s) => [s.name, s] as const))(
		'equals SQL under %s',
		async (_, scenario) => {
			const households = await evaluatePair(db, scenario);
			const sql = await funnelFigures.sql({ db, tables: EVAL_TABLES });
			expect(mismatches(funnelFigures.columns(households), sql)).toEqual([]);
			expect(sql.funnel.total.scenario.eligible).toBeGreaterThan(0);
		},
		60_000
	);

	it('equals SQL, and says so, without the card and payment columns', async () => {
		await installFolder(db, withoutColumns(folder, ['notified', 'applied', 'tsa_paid_monthly']));
		const households = await evaluatePair(db, SCENARIOS[3]);
		const sql = await funnelFigures.sql({ db, tables: EVAL_TABLES });
		expect(sql.observed).toEqual({ counts: false, paid: false });
		expect(mismatches(funnelFigures.columns(households), sql)).toEqual([]);
	}, 60_000);

	it('knows applied without anyone notified (counts unknown, paid known)', async () => {
		await installFolder(db, withoutColumns(folder, ['notified']));
		const households = await evaluatePair(db, SCENARIOS[0]);
		const sql = await funnelFigures.sql({ db, tables: EVAL_TABLES });
		expect(sql.observed).toEqual({ counts: false, paid: true });
		expect(mismatches(funnelFigures.columns(households), sql)).toEqual([]);
	}, 60_000);
});
