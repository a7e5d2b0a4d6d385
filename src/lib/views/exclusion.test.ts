import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { assetOnlySql, combinations, combinationsSql, regionParams, testCounts } from './exclusion';
import { evaluateFixture, LAW } from './views-b.fixture';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await evaluateFixture(db, LAW, { ...LAW, 'tsa.assets.max_vehicles': 0 });
});
afterAll(async () => db?.close());

const combos = async (table: string, region: string | null = null) =>
	combinations(await db.query(combinationsSql(table), regionParams(region)));

describe('why households are excluded', () => {
	it('under the law: income fails for B, C, D (55 households), the loan alone for E (7)', async () => {
		const c = await combos('eval_baseline');
		expect(c).toEqual([
			{ failing: ['income'], households: 55, persons: 2 * 20 + 30 + 2 * 5 },
			{ failing: ['loan'], households: 7, persons: 7 }
		]);
		const counts = testCounts(c);
		expect(counts.find((t) => t.test === 'income')).toEqual({ test: 'income', alone: 55, any: 55 });
		expect(counts.find((t) => t.test === 'vehicle')).toEqual({ test: 'vehicle', alone: 0, any: 0 });
	});

	it('with at most 0 vehicles: C fails income and vehicles, E loan and vehicles; D’s disabled child exempts no car anyway', async () => {
		const c = await combos('eval_scenario');
		expect(c).toEqual([
			{ failing: ['income', 'vehicle'], households: 30, persons: 30 },
			{ failing: ['income'], households: 25, persons: 50 },
			{ failing: ['loan', 'vehicle'], households: 7, persons: 7 }
		]);
		const vehicle = testCounts(c).find((t) => t.test === 'vehicle')!;
		expect(vehicle).toEqual({ test: 'vehicle', alone: 0, any: 37 });
	});

	it('E passes the income test but a loan excludes it: it forgoes 42 000 ₸ a month, × 7 households', async () => {
		const [r] = await db.query(assetOnlySql('eval_baseline', LAW), regionParams(null));
		expect(r).toEqual({ households: 7, persons: 7, forgone_monthly_kzt: 294_000 });
		const [none] = await db.query(assetOnlySql('eval_baseline', LAW), regionParams('astana'));
		expect(none.households).toBe(0);
		expect(await combos('eval_baseline', 'astana')).toEqual([]);
	});
});
