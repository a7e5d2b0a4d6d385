// A scenario with a few parameters switched over the evaluated households equals the column kernel's evaluation of that
// scenario from scratch: every rule a switch moves, through a sequence of switches that asks again for the plans kept
// (a test switched back on at the same setting, at another, with the line moved between), on generated households
// with missing values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { evaluateColumns, evaluatedHouseholds } from '$lib/fast/evaluate-households';
import { readHouseholdColumns, type HouseholdColumns } from '$lib/fast/household-columns';
import type { ParamValue } from '$lib/rules/parameter';
import { resolveScenario } from '$lib/rules/scenario';
import { EVALUATION_COLUMNS } from '$lib/sim/evaluation';
import type { EvaluatedName } from '$lib/sim/evaluated-columns';
import { installTestDataset } from '$lib/sim/testing/dataset';
import { generateHouseholds } from '$lib/sim/testing/generate';
import { switchedColumns } from './switched-columns';
import { TEST_SWITCHES } from './test-effects';

let db: Db;
let data: HouseholdColumns;
const law = resolveScenario({ name: 'law', year: 2026, params: {} });
beforeAll(async () => {
	db = await openNodeDb();
	const { households, persons } = generateHouseholds(3_000, 20_07);
	await installTestDataset(db, households, persons);
	data = await readHouseholdColumns(db, law.params);
}, 60_000);
afterAll(async () => db?.close());

const SWITCHABLE = new Set([...TEST_SWITCHES.map((sw) => sw.path), 'tsa.poverty_line.pm_share']);
const RULES = Object.keys(EVALUATION_COLUMNS) as EvaluatedName[];

// Each switch from the scenario `from`: a test on, another setting, off again, back on, with the line moved.
const SWITCHES: [Record<string, ParamValue>, Record<string, ParamValue>][] = [
	[{}, { 'tsa.assets.max_deposits_mrp': 200 }],
	[{}, { 'tsa.assets.max_deposits_mrp': 50 }],
	[{ 'tsa.poverty_line.pm_share': 0.9 }, { 'tsa.poverty_line.pm_share': 0.9, 'tsa.assets.max_deposits_mrp': 200 }],
	[{}, { 'tsa.assets.max_vehicles': 1, 'tsa.assets.non_mortgage_loan_excludes': false }],
	[{ 'tsa.assets.max_vehicles': 1 }, { 'tsa.assets.max_vehicles': null }],
	[{}, { 'tsa.assets.max_deposits_mrp': 200 }],
	[{}, { 'tsa.spending.max_card_spending_line_share': 1, 'tsa.poverty_line.pm_share': 0.8 }],
	[{ 'tsa.poverty_line.pm_share': 0.8 }, { 'tsa.spending.max_card_spending_line_share': 1, 'tsa.poverty_line.pm_share': 0.8 }]
];

describe('switched columns', () => {
	it('equal the scenario evaluated from scratch, rule by rule, switch after switch', () => {
		const base = evaluateColumns(data, law);
		for (const [fromParams, toParams] of SWITCHES) {
			const from = resolveScenario({ name: 'from', year: 2026, params: fromParams });
			const to = resolveScenario({ name: 'to', year: 2026, params: toParams });
			const h = evaluatedHouseholds(data, base, evaluateColumns(data, from, { scenario: law, columns: base }));
			const switched = switchedColumns(h, h.scenario, from.params, to.params, SWITCHABLE);
			const fresh = evaluateColumns(data, to, { scenario: law, columns: base });
			for (const rule of RULES) {
				const got = Array.from(switched.column(rule));
				const want = Array.from(fresh.column(rule));
				expect(got, `${JSON.stringify(toParams)} from ${JSON.stringify(fromParams)}: ${rule}`).toEqual(want);
			}
		}
	});

	it('refuses a parameter it cannot switch', () => {
		const base = evaluateColumns(data, law);
		const h = evaluatedHouseholds(data, base, base);
		expect(() => switchedColumns(h, h.scenario, law.params, { ...law.params, 'tsa.mrp_kzt': 1 }, SWITCHABLE)).toThrow(/cannot be switched/);
	});
});
