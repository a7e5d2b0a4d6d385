// Benefit incidence by consumption decile from the evaluated households' columns equals the incidence in SQL, on the
// fixture and the embedded survey, under the law against random reforms, nationally and for focused regions; the
// columns are read back from SQL's tables (rows in hh_id order) and made by the column kernel (rows in another order,
// so ties of consumption are broken by idRank).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { mismatches } from '$lib/fast/testing/close';
import { DATASETS, evaluateBothWays, FOCUS, installFolder, SCENARIOS, withoutColumns } from './evaluated-pairs.fixture';
import { consumptionDeciles, DECILE_SQL, incidenceFigures } from './targeting';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

/** DECILE_SQL's decile of each household in hh_id order (0: not ranked). */
async function sqlDeciles(): Promise<number[]> {
	const rows = await db.query(`SELECT coalesce(d.decile, 0) AS decile FROM hh LEFT JOIN (${DECILE_SQL}) d USING (hh_id) ORDER BY hh_id`);
	return rows.map((r) => Number(r.decile));
}

/** Each row's decile, listed in hh_id order. */
function inIdOrder(h: EvaluatedHouseholds): number[] {
	const deciles = consumptionDeciles(h);
	const out = new Array<number>(h.n);
	for (let i = 0; i < h.n; i++) out[h.idRank[i]] = deciles[i];
	return out;
}

describe.each(DATASETS)('incidence from the columns on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it('ranks every household in the decile DECILE_SQL gives it', async () => {
		const both = await evaluateBothWays(db, SCENARIOS[0]);
		const expected = await sqlDeciles();
		for (const [how, households] of Object.entries(both)) expect(inIdOrder(households), how).toEqual(expected);
		if (folder.includes('embedded')) expect(new Set(expected.filter((d) => d > 0)).size).toBe(10);
		// Kept per row order, but made again when the facts differ: consumption negated turns the ranking around.
		const h = both.kernel;
		const negated = Float64Array.from(h.fact('consumption_monthly'), (x) => -x);
		const other = consumptionDeciles({ ...h, fact: (name) => (name === 'consumption_monthly' ? negated : h.fact(name)) });
		expect(other).not.toEqual(consumptionDeciles(h));
		expect(consumptionDeciles(h)).toBe(consumptionDeciles(h));
	}, 60_000);

	it.each(SCENARIOS.map((s) => [s.name, s] as const))(
		'equals SQL under %s, nationally and by region',
		async (_, scenario) => {
			const both = await evaluateBothWays(db, scenario);
			for (const region of FOCUS) {
				const inputs = { region, hasConsumption: true };
				const sql = await incidenceFigures.sql({ db, tables: EVAL_TABLES }, inputs);
				for (const [how, households] of Object.entries(both))
					expect(mismatches(incidenceFigures.columns(households, inputs), sql), `${how} ${region}`).toEqual([]);
				if (region === null) expect(sql?.scenario.some((r) => r.monthly_kzt > 0)).toBe(true);
			}
			const none = { region: null, hasConsumption: false };
			expect(incidenceFigures.columns(both.kernel, none)).toBeNull();
			expect(await incidenceFigures.sql({ db, tables: EVAL_TABLES }, none)).toBeNull();
		},
		60_000
	);

	it('equals SQL without consumption: nobody ranked, every share 0', async () => {
		await installFolder(db, withoutColumns(folder, ['consumption_monthly']));
		const both = await evaluateBothWays(db, SCENARIOS[3]);
		const inputs = { region: null, hasConsumption: true };
		const sql = await incidenceFigures.sql({ db, tables: EVAL_TABLES }, inputs);
		expect(sql?.scenario.every((r) => r.share === 0 && r.monthly_kzt === 0)).toBe(true);
		for (const households of Object.values(both)) expect(incidenceFigures.columns(households, inputs)).toEqual(sql);
	}, 60_000);
});
