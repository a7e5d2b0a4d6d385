// The household explorer from the evaluated households' columns equals its SQL, on the fixture and the embedded survey,
// under the law against the shared scenarios: id suggestions by prefix and region, "exists", every typical family in
// every focused region, and the trace of sampled households; the columns are read back from SQL's tables and made by
// the column kernel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import type { DatasetReport } from '$lib/data/load';
import { evaluateColumns, evaluatedHouseholds } from '$lib/fast/evaluate-households';
import { readHouseholdColumns, type HouseholdColumns } from '$lib/fast/household-columns';
import { decodeBundle, encodeBundle } from '$lib/fast/prepared-bundle';
import type { ResolvedScenario } from '$lib/rules/scenario';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { mulberry32 } from '$lib/sim/testing/generate';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { DATASETS, evaluateBothWays, FOCUS, installFolder, LAW, SCENARIOS } from './evaluated-pairs.fixture';
import { featureRow, rowOfId } from './explorer-columns';
import { explainIn, explorerHousehold, findPreset, householdExists, presetFromColumns, PRESETS, suggestIds } from './explorer';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

const evaluated = () => ({ db, tables: EVAL_TABLES });

let bundled: HouseholdColumns | null = null;

/** The law and `scenario` evaluated from the household columns written to a prepared bundle and read back (ids laid over its bytes). */
async function throughBundle(scenario: ResolvedScenario): Promise<EvaluatedHouseholds> {
	const report = { summary: { households: 0 } } as unknown as DatasetReport;
	bundled ??= decodeBundle(encodeBundle({ name: 'explorer', report, columns: await readHouseholdColumns(db, LAW.params) })).columns;
	const law = evaluateColumns(bundled, LAW);
	return evaluatedHouseholds(bundled, law, evaluateColumns(bundled, scenario, { scenario: LAW, columns: law }));
}

/** A few ids of the dataset (seeded), with prefixes of each, a prefix nothing has, and the empty one. */
async function sample(seed: number): Promise<{ ids: string[]; prefixes: string[] }> {
	const all = (await db.query('SELECT hh_id FROM hh ORDER BY hh_id')).map((r) => String(r.hh_id));
	const next = mulberry32(seed);
	// Households whose flags a rule reads (a loan, damage) besides random ones: their trace reads booleans.
	const flagged = await db.query(
		`SELECT hh_id FROM hh WHERE non_mortgage_loan OR disaster_damage OR fire_damage ORDER BY hash(hh_id) LIMIT 4`
	);
	const ids = [...flagged.map((r) => String(r.hh_id)), ...Array.from({ length: 6 }, () => all[Math.floor(next() * all.length)])];
	const prefixes = ['', 'no such id', ...ids.flatMap((id) => [id.slice(0, 1), id.slice(0, Math.ceil(id.length / 2)), id, `${id}0`])];
	return { ids, prefixes: [...new Set(prefixes)] };
}

/** Checks every explorer answer of the columns against SQL's under `scenario`; returns how many presets found a family. */
async function checkBothWays(scenario: ResolvedScenario, seed: number): Promise<number> {
	const both = { ...(await evaluateBothWays(db, scenario)), bundle: await throughBundle(scenario) };
	const { ids, prefixes } = await sample(seed);
	let found = 0;
	for (const region of FOCUS)
		for (const prefix of prefixes) {
			const sql = await suggestIds.sql(evaluated(), { prefix, region });
			for (const [how, h] of Object.entries(both))
				expect(suggestIds.columns(h, { prefix, region }), `${how} ${prefix} ${region}`).toEqual(sql);
		}
	for (const preset of PRESETS)
		for (const region of FOCUS) {
			const sql = await findPreset(db, preset, region);
			if (sql) found++;
			for (const [how, h] of Object.entries(both))
				expect(presetFromColumns(h, preset, region), `${how} ${preset.key} ${region}`).toEqual(sql);
		}
	for (const hhId of [...ids, 'nobody']) {
		const pick = { hhId, scenario: scenario.params, baseline: LAW.params };
		expect(await householdExists(db, hhId)).toBe(hhId !== 'nobody');
		const sql = await explorerHousehold.sql(evaluated(), pick);
		for (const [how, h] of Object.entries(both)) {
			expect(h.ids.rankOf(hhId) >= 0, `${how} ${hhId} exists`).toBe(sql !== null);
			const columns = explorerHousehold.columns(h, pick);
			if (sql === null || columns === null) {
				expect(columns, `${how} ${hhId}`).toBe(sql);
				continue;
			}
			expect([columns.hhId, columns.region], `${how} ${hhId}`).toEqual([sql.hhId, sql.region]);
			// The features row itself: each feature SQL's `hh` row holds, of the same type (a flag is a boolean, NULL is null).
			const features = featureRow(h, rowOfId(h, hhId));
			const shared = Object.keys(features).filter((k) => k in sql.scenario.row);
			expect(shared.length, `${how} ${hhId} features`).toBeGreaterThan(30);
			expect(Object.fromEntries(shared.map((k) => [k, features[k]])), `${how} ${hhId}`).toEqual(
				Object.fromEntries(shared.map((k) => [k, sql.scenario.row[k]]))
			);
			for (const language of ['en', 'ru'] as const)
				expect(explainIn(columns, language), `${how} ${hhId} ${language}`).toEqual(explainIn(sql, language));
		}
	}
	return found;
}

describe.each(DATASETS)('the household explorer from the columns on %s', (folder) => {
	beforeAll(async () => {
		bundled = null;
		await installFolder(db, folder);
	}, 60_000);

	it.each(SCENARIOS.map((s, i) => [s.name, s, i] as const))(
		'equals SQL under %s',
		async (_, scenario, i) => {
			expect(await checkBothWays(scenario, 20261206 + i)).toBeGreaterThan(0);
		},
		120_000
	);

	it('says nothing for an empty trace pick and finds no household of another id', async () => {
		const both = await evaluateBothWays(db, SCENARIOS[0]);
		const pick = { hhId: null, scenario: LAW.params, baseline: LAW.params };
		expect(explorerHousehold.columns(both.kernel, pick)).toBeNull();
		expect(await explorerHousehold.sql(evaluated(), pick)).toBeNull();
	}, 60_000);
});
