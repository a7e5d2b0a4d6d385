// Gainers and losers from the evaluated households' columns equal the figures in SQL, on the fixture and the embedded
// survey, under the law against random reforms and local assistance changed, for each programme, nationally and focused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { mismatches } from '$lib/fast/testing/close';
import { resolveScenario } from '$lib/rules/scenario';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { DATASETS, evaluatePair, FOCUS, installFolder, SCENARIOS } from './evaluated-pairs.fixture';
import { gainersLosersFigures, PROGRAMMES } from './gainers-losers';

/** Local assistance changed: a wider income test in two regions, housing assistance off in a third. */
const LOCAL = resolveScenario({
	name: 'local assistance changed',
	year: 2026,
	params: {
		'local.almaty.income_threshold_pm_multiple': 1.5,
		'local.turkestan.income_threshold_pm_multiple': 1,
		'local.astana.housing_assistance': false,
		'tsa.child_supplement.mrp_per_child': 2
	}
});

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

describe.each(DATASETS)('gainers and losers from the columns on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it.each([...SCENARIOS, LOCAL].map((s) => [s.name, s] as const))(
		'equal SQL under %s',
		async (_, scenario) => {
			const households = await evaluatePair(db, scenario);
			let households_seen = 0;
			for (const programme of PROGRAMMES)
				for (const region of FOCUS) {
					const inputs = { region, programme };
					const sql = await gainersLosersFigures.sql({ db, tables: EVAL_TABLES }, inputs);
					expect(mismatches(gainersLosersFigures.columns(households, inputs), sql), `${programme} ${region}`).toEqual([]);
					households_seen += sql.reduce((s, r) => s + r.households, 0);
				}
			expect(households_seen).toBeGreaterThan(0);
		},
		120_000
	);
});
