// Exclusion figures from the evaluated households' columns equal the figures in SQL, on the fixture and the embedded
// survey, under the law against random reforms and a higher child supplement, nationally and focused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { mismatches } from '$lib/fast/testing/close';
import { resolveScenario } from '$lib/rules/scenario';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { DATASETS, evaluatePair, FOCUS, installFolder, LAW, SCENARIOS } from './evaluated-pairs.fixture';
import { exclusionFigures } from './exclusion';

/** A supplement of 3 МРП a child with the vehicle test off: the forgone TSA moves with both. */
const SUPPLEMENT = resolveScenario({
	name: 'child supplement 3 МРП, vehicles not tested',
	year: 2026,
	params: { 'tsa.child_supplement.mrp_per_child': 3, 'tsa.assets.max_vehicles': null }
});

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

describe.each(DATASETS)('exclusion from the columns on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it.each([...SCENARIOS, SUPPLEMENT].map((s) => [s.name, s] as const))(
		'equals SQL under %s',
		async (_, scenario) => {
			const households = await evaluatePair(db, scenario);
			let excluded = 0;
			for (const region of FOCUS) {
				const inputs = { region, params: { baseline: LAW.params, scenario: scenario.params } };
				const sql = await exclusionFigures.sql({ db, tables: EVAL_TABLES }, inputs);
				const columns = exclusionFigures.columns(households, inputs);
				expect(mismatches(columns, sql), String(region)).toEqual([]);
				// The same combinations in the same order, not only the same figures.
				expect(columns.scenario.combos.map((c) => c.failing)).toEqual(sql.scenario.combos.map((c) => c.failing));
				excluded += sql.baseline.combos.length + sql.scenario.combos.length;
			}
			expect(excluded).toBeGreaterThan(0);
		},
		120_000
	);
});
