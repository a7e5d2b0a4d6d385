// The impact view's figures from the evaluated households' columns equal the figures in SQL (poverty before and after,
// gap, Gini, age groups, decile changes), on the fixture and the embedded survey, under the law against random
// reforms, local assistance and the social contract changed, incomes uprated otherwise, nationally and focused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import type { RegionCode } from '$lib/data/regions';
import { mismatches } from '$lib/fast/testing/close';
import { resolveScenario } from '$lib/rules/scenario';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { DATASETS, evaluatePair, FOCUS, installFolder, LAW, SCENARIOS } from './evaluated-pairs.fixture';
import { impactFigures } from './impact';

/** Local assistance and the social contract changed: expected TSA and local payments both move. */
const LOCAL = resolveScenario({
	name: 'local assistance and compliance changed',
	year: 2026,
	params: {
		'local.almaty.income_threshold_pm_multiple': 1.5,
		'local.turkestan.income_threshold_pm_multiple': 1,
		'local.astana.housing_assistance': false,
		'tsa.conditional.compliance_share': 0.6,
		'tsa.poverty_line.pm_share': 1.2
	}
});

/** Incomes brought to the year by another index: incomes before assistance differ from the law's too. */
const UPRATED = resolveScenario({
	name: 'incomes uprated otherwise',
	year: 2026,
	params: { 'data.income_index': 100_000, 'indices.income_index': 80_000, 'tsa.poverty_line.pm_share': 1.1 }
});

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

describe.each(DATASETS)('impact from the columns on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it.each([...SCENARIOS, LOCAL, UPRATED].map((s) => [s.name, s] as const))(
		'equals SQL under %s',
		async (_, scenario) => {
			const households = await evaluatePair(db, scenario);
			for (const region of FOCUS) {
				const inputs = { region: region as RegionCode | null, law: LAW.params, scenario: scenario.params };
				const sql = await impactFigures.sql({ db, tables: EVAL_TABLES }, inputs);
				expect(mismatches(impactFigures.columns(households, inputs), sql), String(region)).toEqual([]);
				// At the law the live simulation hands one evaluation as both sides: each figure kept of one is the other's.
				if (scenario === LAW) {
					const same = { ...households, scenario: households.baseline };
					expect(mismatches(impactFigures.columns(same, inputs), sql), `${region}, one evaluation`).toEqual([]);
				}
				if (region === null) {
					expect(sql.law.nation.poor_persons_before).toBeGreaterThan(0);
					expect(sql.scenario.nation.gini_after).not.toBeNull();
				}
			}
		},
		120_000
	);
});
