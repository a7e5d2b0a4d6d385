import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import { baselineFor } from '../rules/baseline';
import { resolveScenario } from '../rules/scenario';
import { extractStructure } from '../fast/extract';
import { buildPrefixIndex, EAGER_PM_SHARE } from '../fast/prefix-index';
import { YearIndex } from '../fast/year-index';
import { SWEEP_SHARES } from './sweep';
import { pointsFor, querySweep } from './sweep';
import { sweepFromIndex } from './sweep-fast';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('datasets/embedded'));
});
afterAll(async () => db?.close());

describe('sweep from the fast index', () => {
	it('equals the SQL sweep at every share, nationally and by region', async () => {
		const scenario = resolveScenario({
			name: 's',
			year: 2026,
			params: { 'takeup.mode': 'observed', 'tsa.child_supplement.mrp_per_child': 2 }
		});
		const law = baselineFor(2026);
		const index = new YearIndex([buildPrefixIndex(await extractStructure(db, scenario.params, { baseline: law }))]);
		const shares = [0.4, 0.7, 0.95, 1.5];
		const sql = await querySweep(db, scenario, shares);
		const persons = new Map(sql.filter((p) => p.share === 0.4 && p.region).map((p) => [p.region!, p.weighted_persons]));
		const fast = sweepFromIndex(index, 2026, scenario.params, law, persons, shares)!;
		for (const region of [null, 'turkestan', 'astana', 'ulytau']) {
			const a = pointsFor(sql, region);
			const b = pointsFor(fast, region);
			expect(b.map((p) => p.share)).toEqual(a.map((p) => p.share));
			a.forEach((p, i) => {
				for (const k of ['expected_annual_cost_kzt', 'annual_entitlement_kzt', 'eligible_persons', 'coverage'] as const)
					expect(Math.abs(b[i][k] - p[k]), `${region} ${p.share} ${k}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(p[k])));
			});
		}
	});

	it('equals the SQL sweep in a year whose quarters differ in law (2025: the loan test from the fourth quarter)', async () => {
		const scenario = resolveScenario({ name: 's', year: 2025, params: {} });
		const law = baselineFor(2025);
		let index = new YearIndex([]);
		for (const params of index.missing(2025, scenario.params, law))
			index = index.with(buildPrefixIndex(await extractStructure(db, params, { baseline: law })), 2025, scenario.params, law);
		expect(index.indexes.length).toBe(2);
		const shares = [0.55, 0.7, 1];
		const sql = await querySweep(db, scenario, shares);
		const fast = sweepFromIndex(index, 2025, scenario.params, law, new Map(), shares)!;
		const a = pointsFor(sql, null);
		const b = pointsFor(fast, null);
		a.forEach((p, i) => {
			for (const k of ['expected_annual_cost_kzt', 'annual_entitlement_kzt', 'eligible_persons'] as const)
				expect(Math.abs(b[i][k] - p[k]), `${p.share} ${k}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(p[k])));
		});
	}, 120_000);

	it('refuses an index built for another structure', async () => {
		const law = baselineFor(2026);
		const index = new YearIndex([buildPrefixIndex(await extractStructure(db, law, { baseline: law }))]);
		const other = resolveScenario({ name: 'v', year: 2026, params: { 'tsa.assets.max_vehicles': 0 } });
		expect(sweepFromIndex(index, 2026, other.params, law, new Map())).toBeNull();
	});
});

describe('the index and the sweep', () => {
	it("sum a new index up to the sweep's top share before it answers (the rest when a line reaches it)", () => {
		expect(EAGER_PM_SHARE).toBe(Math.max(...SWEEP_SHARES));
	});
});
