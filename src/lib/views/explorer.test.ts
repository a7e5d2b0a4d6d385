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
