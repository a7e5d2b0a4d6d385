// Each asset test's effect on the targeting errors from the evaluated households' columns equals the effect in SQL
// (`simulate` of each variant), on the fixture and the embedded survey, under the law against the shared scenarios and
// scenarios with tests on at their own settings, nationally and for focused regions; the columns read back from SQL's
// tables and made by the column kernel. Without consumption both say there is nothing to show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { resolveScenario } from '$lib/rules/scenario';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { DATASETS, evaluateBothWays, FOCUS, installFolder, SCENARIOS, withoutColumns } from './evaluated-pairs.fixture';
import { ONLY_INCOME_PASSERS, testEffectFigures, type TestEffect } from './test-effects';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

// Tests on at settings of their own (the scenario's value is the one switched on), and every test the law lacks on.
const OWN_SETTINGS = [
	resolveScenario({
		name: 'own settings',
		year: 2026,
		params: { 'tsa.assets.max_vehicles': 0, 'tsa.assets.max_deposits_mrp': 50, 'tsa.poverty_line.pm_share': 0.9 }
	}),
	resolveScenario({
		name: 'every test on, observed take-up',
		year: 2026,
		params: {
			'tsa.assets.max_vehicles': 1,
			'tsa.assets.max_dwellings': 1,
			'tsa.assets.max_land_plots': 1,
			'tsa.assets.max_deposits_mrp': 200,
			'tsa.spending.max_card_spending_line_share': 1,
			'takeup.mode': 'observed'
		}
	})
];

const near = (got: number | null, want: number | null, what: string) => {
	if (want === null) return expect(got, what).toBeNull();
	expect(got, what).not.toBeNull();
	expect(Math.abs(got! - want), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-9);
};

function expectSame(got: readonly TestEffect[], want: readonly TestEffect[], what: string): void {
	expect(got.map((e) => [e.test, e.region, e.value])).toEqual(want.map((e) => [e.test, e.region, e.value]));
	want.forEach((w, i) => {
		const g = got[i];
		const at = `${what} ${w.test} ${w.region}`;
		near(g.inclusion_error, w.inclusion_error, `${at} inclusion`);
		near(g.exclusion_error, w.exclusion_error, `${at} exclusion`);
		near(g.none.inclusion_error, w.none.inclusion_error, `${at} none inclusion`);
		near(g.none.exclusion_error, w.none.exclusion_error, `${at} none exclusion`);
	});
}

it('makes the sums over the eligible over the families passing the income test (what the comparisons below test)', () => {
	expect(ONLY_INCOME_PASSERS).toBe(true);
});

describe.each(DATASETS)('test effects from the columns on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it.each([...SCENARIOS, ...OWN_SETTINGS].map((s) => [s.name, s] as const))(
		'equal SQL under %s, nationally and by region',
		async (_, scenario) => {
			const both = await evaluateBothWays(db, scenario);
			const inputs = { scenario };
			const sql = (await testEffectFigures.sql({ db, tables: EVAL_TABLES }, inputs))!;
			expect(sql).not.toBeNull();
			for (const [how, households] of Object.entries(both)) {
				const columns = testEffectFigures.columns(households, inputs)!;
				expectSame(columns, sql, how);
			}
			// Something to compare: the nation's errors are known, and some test moves one of them.
			const nation = sql.filter((e) => e.region === null);
			expect(nation.every((e) => e.exclusion_error !== null && e.none.exclusion_error !== null)).toBe(true);
			if (folder.includes('embedded')) expect(nation.some((e) => e.exclusion_error !== e.none.exclusion_error)).toBe(true);
			for (const region of FOCUS) expect(sql.filter((e) => e.region === region)).toHaveLength(6);
			expect(testEffectFigures.columns(both.kernel, null)).toBeNull();
		},
		120_000
	);

	it('says there is nothing to show without consumption, as SQL', async () => {
		await installFolder(db, withoutColumns(folder, ['consumption_monthly']));
		const scenario = SCENARIOS[1];
		const both = await evaluateBothWays(db, scenario);
		expect(await testEffectFigures.sql({ db, tables: EVAL_TABLES }, { scenario })).toBeNull();
		for (const households of Object.values(both)) expect(testEffectFigures.columns(households, { scenario })).toBeNull();
	}, 120_000);
});
