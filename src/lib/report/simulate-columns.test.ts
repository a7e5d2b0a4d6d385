import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { installDataset } from '$lib/data/dataset';
import { readDatasetFolder } from '$lib/data/load-folder-node';
import { resolveScenario } from '$lib/rules/scenario';
import { simulate } from '$lib/sim/simulate';
import { simulateEach } from './simulate-columns';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('tests/fixtures/good'));
});
afterAll(async () => db?.close());

describe('simulateEach', () => {
	it('gives each scenario exactly what simulate gives it alone, in order', async () => {
		const law = resolveScenario({ name: 'law', year: 2026, params: {} });
		const wide = resolveScenario({ name: 'wide', year: 2026, params: { 'tsa.poverty_line.pm_share': 1 } });
		const [a, b] = await simulateEach(db, [wide, law]);
		expect(a).toEqual(await simulate(db, wide));
		expect(b).toEqual(await simulate(db, law));
		expect(a.totals.tsa.eligible_households).toBeGreaterThan(b.totals.tsa.eligible_households);
		expect(await db.query("SELECT * FROM duckdb_tables() WHERE table_name = 'eval_compare'")).toEqual([]);
	});
});
