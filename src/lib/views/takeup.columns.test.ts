// The take-up view's figures from the evaluated households' columns equal those in SQL, on the fixture and the embedded
// survey, under the law against random reforms, nationally and for focused regions, and on datasets without the
// take-up columns; the columns are read back from SQL's tables and made by the column kernel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { mismatches } from '$lib/fast/testing/close';
import { DATASETS, evaluateBothWays, FOCUS, installFolder, SCENARIOS, withoutColumns } from './evaluated-pairs.fixture';
import { takeupFigures } from './takeup';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

describe.each(DATASETS)('take-up from the columns on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it.each(SCENARIOS.map((s) => [s.name, s] as const))(
		'equals SQL under %s, nationally and by region',
		async (_, scenario) => {
			const both = await evaluateBothWays(db, scenario);
			for (const region of FOCUS) {
				const sql = await takeupFigures.sql({ db, tables: EVAL_TABLES }, region);
				expect('baseline' in sql && sql.rates.length > 0, String(region)).toBe(true);
				for (const [how, households] of Object.entries(both))
					expect(mismatches(takeupFigures.columns(households, region), sql), `${how} ${region}`).toEqual([]);
			}
		},
		60_000
	);

	it.each([[['notified', 'applied']], [['applied']], [['notified']]])(
		'names the same missing columns without %j',
		async (drop) => {
			await installFolder(db, withoutColumns(folder, drop));
			const both = await evaluateBothWays(db, SCENARIOS[3]);
			const sql = await takeupFigures.sql({ db, tables: EVAL_TABLES }, null);
			expect(sql).toEqual({ missing: drop });
			for (const households of Object.values(both)) expect(takeupFigures.columns(households, null)).toEqual(sql);
		},
		60_000
	);
});
