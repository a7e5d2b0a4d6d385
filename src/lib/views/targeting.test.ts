import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { evaluateAnalysisFixture } from './analysis.fixture';
import { DECILE_SQL, incidenceParams, incidenceRows, incidenceSql, scopedTargeting } from './targeting';
import type { SimulationResult } from '$lib/sim/result';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await evaluateAnalysisFixture(db);
});
afterAll(async () => db?.close());

describe('benefit incidence by decile', () => {
	it('puts each household in the tenth of weighted persons it starts in', async () => {
		// Persons by cpc: A 1, B 2, C 3, D 4, E 10 (total 20; F has no consumption). Before each: 0, 1, 3, 6, 10.
		// Decile = 1 + floor(10 × before / 20): A 1, B 1, C 2, D 4, E 6.
		const rows = await db.query(`SELECT hh_id, decile FROM (${DECILE_SQL}) ORDER BY hh_id`);
		expect(rows).toEqual([
			{ hh_id: 'A', decile: 1 },
			{ hh_id: 'B', decile: 1 },
			{ hh_id: 'C', decile: 2 },
			{ hh_id: 'D', decile: 4 },
			{ hh_id: 'E', decile: 6 }
		]);
	});

	it('shares the entitlement among the ten deciles', async () => {
		// A–D get 42 000 × weight: 42 000, 84 000, 126 000, 168 000 (420 000); E nothing; F is not ranked.
		const rows = incidenceRows(await db.query(incidenceSql('eval_scenario', `(${DECILE_SQL})`), incidenceParams(null)));
		expect(rows.map((r) => r.decile)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(rows[0].monthly_kzt).toBeCloseTo(126_000, 6);
		expect(rows.map((r) => r.share)).toEqual([0.3, 0.3, 0, 0.4, 0, 0, 0, 0, 0, 0].map((s) => expect.closeTo(s, 12)));
		expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
	});

	it('filters by region and gives zero shares where nobody is entitled', async () => {
		const rows = incidenceRows(await db.query(incidenceSql('eval_scenario', `(${DECILE_SQL})`), incidenceParams('astana')));
		expect(rows).toHaveLength(10);
		expect(rows.every((r) => r.share === 0 && r.monthly_kzt === 0)).toBe(true);
	});
});

describe('scoped targeting figures', () => {
	const t = (x: number) => ({ poor_persons: x, inclusion_error: x, exclusion_error: null, poorest_quintile_coverage: x, cgh: x });
	const result = { totals: { targeting: t(1) }, by_region: { almaty: { targeting: t(2) } } } as unknown as SimulationResult;

	it('names the key path of the nation or the focused region', () => {
		expect(scopedTargeting(result, null)).toEqual({ prefix: 'totals.targeting', figures: t(1) });
		expect(scopedTargeting(result, 'almaty')).toEqual({ prefix: 'by_region.almaty.targeting', figures: t(2) });
	});

	it('is null when the dataset has no consumption', () => {
		expect(scopedTargeting({ totals: {}, by_region: {} } as unknown as SimulationResult, null)).toBeNull();
		expect(scopedTargeting(null, null)).toBeNull();
	});
});
