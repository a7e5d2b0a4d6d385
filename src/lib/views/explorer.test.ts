import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { explainBoth, ID_SEARCH_SQL, idParams, PRESETS, presetParams, presetSql } from './explorer';
import { evaluateFixture, LAW } from './views-b.fixture';

let db: Db;
const SCENARIO = { ...LAW, 'tsa.poverty_line.pm_share': 0.9 };
beforeAll(async () => {
	db = await openNodeDb();
	await evaluateFixture(db, LAW, SCENARIO);
});
afterAll(async () => db?.close());

const preset = (key: string) => PRESETS.find((p) => p.key === key)!;

describe('household explorer', () => {
	it('finds the family with a disabled child (D) and no Astana pensioner or single mother of two', async () => {
		const d = preset('disabled_child');
		expect(await db.query(presetSql(d), presetParams(d, null))).toEqual([{ hh_id: 'D', matches: 1 }]);
		expect(await db.query(presetSql(d), presetParams(d, 'astana'))).toEqual([]);
		for (const key of ['astana_pensioner', 'single_mother_2', 'turkestan_couple_3']) {
			const p = preset(key);
			expect(await db.query(presetSql(p), presetParams(p, null)), key).toEqual([]);
		}
	});

	it('finds families by their evaluation: paid by the scenario, paid under one set of rules only, or none', async () => {
		// Lines: law 0.7 × 60 000 = 42 000, scenario 0.9 × 60 000 = 54 000. A (no income) is paid under both; B (90 000 ÷ 2 =
		// 45 000 a person) only under the scenario; E (no income) is refused by its loan under both; C and D are above both.
		const found = async (key: string, focus: string | null = null) => db.query(presetSql(preset(key)), presetParams(preset(key), focus));
		// A and B: per-capita incomes 0 and 45 000 under the law, median 22 500, a tie broken by id.
		expect(await found('scenario_pays')).toEqual([{ hh_id: 'A', matches: 2 }]);
		expect(await found('scenario_not_law')).toEqual([{ hh_id: 'B', matches: 1 }]);
		expect(await found('law_not_scenario')).toEqual([]);
		expect(await found('large_family_car')).toEqual([]);
		expect(await found('scenario_pays', 'astana')).toEqual([]);
	});

	it('finds the law-only family when the scenario lowers the line', async () => {
		const other = await openNodeDb();
		try {
			// Rules at 0.9 × 60 000 = 54 000 pay A and B; a scenario at 0.5 × 60 000 = 30 000 pays A only (B: 45 000 a person).
			await evaluateFixture(other, SCENARIO, { ...LAW, 'tsa.poverty_line.pm_share': 0.5 });
			const p = preset('law_not_scenario');
			expect(await other.query(presetSql(p), presetParams(p, null))).toEqual([{ hh_id: 'B', matches: 1 }]);
		} finally {
			await other.close();
		}
	});

	it('searches ids by prefix in the focused region, limited', async () => {
		expect((await db.query(ID_SEARCH_SQL, idParams('', 'almaty', 3))).map((r) => r.hh_id)).toEqual(['A', 'B', 'C']);
		expect(await db.query(ID_SEARCH_SQL, idParams('B', null))).toEqual([{ hh_id: 'B' }]);
		expect(await db.query(ID_SEARCH_SQL, idParams('', 'astana'))).toEqual([]);
	});

	it('explains B under both: the line is 42 000 under the law and 54 000 in the scenario', async () => {
		const x = (await explainBoth(db, 'B', SCENARIO, LAW))!;
		const line = (steps: typeof x.scenario) => steps.find((s) => s.path === 'tsa.poverty_line')!;
		expect(line(x.baseline).value).toBe(42_000);
		expect(line(x.scenario).value).toBe(54_000);
		expect(x.baseline.find((s) => s.path === 'tsa.eligible')!.value).toBe(false);
		expect(x.scenario.find((s) => s.path === 'tsa.amount')!.value).toBe(18_000);
		expect(await explainBoth(db, 'nobody', SCENARIO, LAW)).toBeNull();
	});
});
