import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import { resolveScenario } from '../rules/scenario';
import { simulate } from './simulate';
import type { SimulationResult } from './result';
import { TSA_2025_TARGETS } from './calibration-targets';

let db: Db;
let result: SimulationResult;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('datasets/embedded'));
	// The law of 2025 with take-up learnt from the dataset's applied flags.
	result = await simulate(db, resolveScenario({ name: '2025 law, observed take-up', year: 2025, params: { 'takeup.mode': 'observed' } }));
});
afterAll(async () => db?.close());

describe('calibration: the embedded dataset under the 2025 rules reproduces the published TSA caseload', () => {
	it.each(TSA_2025_TARGETS)('$label within $tolerance', (target) => {
		const achieved = result.totals.tsa[target.output];
		const gap = achieved / target.value - 1;
		console.log(`${target.label}: published ${target.value.toLocaleString('en')} · simulated ${Math.round(achieved).toLocaleString('en')} · ${(100 * gap).toFixed(1)} %`);
		expect(Math.abs(gap)).toBeLessThanOrEqual(target.tolerance);
	});
});
