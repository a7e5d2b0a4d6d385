import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { installDataset } from '$lib/data/dataset';
import { readDatasetFolder } from '$lib/data/load-folder-node';
import { resolveScenario } from '$lib/rules/scenario';
import { evaluateInto } from '$lib/sim/simulate';
import { readEvaluatedHouseholds, type EvaluatedHouseholds } from './evaluated-columns';

// tests/fixtures/good: h1 astana w 120.5 (eligible under the 2026 law), h2 and h3 turkestan, h4 mangystau; at 3 × ПМ
// h1, h2 and h3 are eligible.
let db: Db;
let ev: EvaluatedHouseholds;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('tests/fixtures/good'));
	await evaluateInto(db, resolveScenario({ name: 'law', year: 2026, params: {} }), 'eval_baseline');
	await evaluateInto(db, resolveScenario({ name: 'wide', year: 2026, params: { 'tsa.poverty_line.pm_share': 3 } }), 'eval_scenario');
	ev = await readEvaluatedHouseholds(db, { baseline: 'eval_baseline', scenario: 'eval_scenario' });
});
afterAll(async () => db?.close());

describe('readEvaluatedHouseholds', () => {
	it('reads both evaluations over the same rows, in hh_id order, with the facts', () => {
		expect(ev.n).toBe(4);
		expect(Array.from(ev.baseline.column('eligible'))).toEqual([1, 0, 0, 0]);
		expect(Array.from(ev.scenario.column('eligible'))).toEqual([1, 1, 1, 0]);
		expect(Array.from(ev.fact('weight'))).toEqual([120.5, 300, 250, 80]);
		expect(Array.from(ev.fact('notified'))).toEqual([1, 1, 0, 0]);
		expect([...ev.idRank]).toEqual([0, 1, 2, 3]);
	});

	it('codes regions and settlements, and names the columns that hold values', () => {
		expect(ev.settlements.length).toBeGreaterThan(0);
		expect(ev.region.every((r) => r < 20)).toBe(true);
		expect(ev.present.has('notified')).toBe(true);
		expect(ev.present.has('hh_id')).toBe(true);
	});
});
