import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import { resolveScenario } from '../rules/scenario';
import { evaluateInto } from './simulate';
import { takeupUncertainty } from './takeup-uncertainty';
import { REGION_CODES } from '../data/regions';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

describe('take-up with uncertainty', () => {
	it('learns application rates with and without notification, and sums ranges cell by cell', async () => {
		// Seven urban households in Astana, all with 5 000 ₸ a month (one band): cells have < 30 records, so the
		// settlement × band estimates are used. Notified: weights 10 × 4, three applied → p = 0.75, Kish n = 40²/400 = 4,
		// var = 0.75 × 0.25 / 4 = 0.046875. Not notified: weights 20 × 2, one applied → p = 0.5, n = 40²/800 = 2,
		// var = 0.125. The ineligible household does not count.
		await db.query(`CREATE OR REPLACE TABLE ev AS SELECT * FROM (VALUES
			('astana', 'urban', 10.0, true, true, 4000.0, 1000.0, true),
			('astana', 'urban', 10.0, true, true, 4000.0, 1000.0, true),
			('astana', 'urban', 10.0, true, true, 4000.0, 1000.0, true),
			('astana', 'urban', 10.0, true, false, 4000.0, 1000.0, true),
			('astana', 'urban', 20.0, false, true, 5000.0, 0.0, true),
			('astana', 'urban', 20.0, false, false, 5000.0, 0.0, true),
			('astana', 'urban', 99.0, true, true, 0.0, 0.0, false)
		) t(region, settlement, weight, notified, applied, tsa_amount, child_supplement, eligible)`);
		const u = await takeupUncertainty(db, 'ev');
		const z = 1.959964;
		// Today: 40 × 0.75 + 40 × 0.5 = 50 applications; variance 40² × 0.046875 + 40² × 0.125 = 275.
		expect(u.today.applications.expected).toBeCloseTo(50, 9);
		expect(u.today.applications.high - 50).toBeCloseTo(z * Math.sqrt(275), 9);
		// Everyone notified: 80 × 0.75 = 60; variance 80² × 0.046875 = 300.
		expect(u.notify_all.applications.expected).toBeCloseTo(60, 9);
		expect(u.notify_all.applications.high - 60).toBeCloseTo(z * Math.sqrt(300), 9);
		// Cost: each household's 60 000 ₸ a year; today 50 × 60 000 = 3 000 000 ₸.
		expect(u.today.annual_cost_kzt.expected).toBeCloseTo(3_000_000, 3);
		expect(u.notify_all.annual_cost_kzt.expected).toBeCloseTo(3_600_000, 3);
		expect(u.today.applications.low).toBeGreaterThanOrEqual(0);
	});

	it('on the embedded dataset: notifying every eligible household raises applications, and ranges bracket the estimate', async () => {
		await installDataset(db, await readDatasetFolder('datasets/embedded'));
		await evaluateInto(db, resolveScenario({ name: 'law', year: 2025, params: {} }), 'ev2025');
		const u = await takeupUncertainty(db, 'ev2025');
		for (const plan of [u.today, u.notify_all])
			for (const r of [plan.applications, plan.annual_cost_kzt]) {
				expect(r.low).toBeLessThan(r.expected);
				expect(r.high).toBeGreaterThan(r.expected);
			}
		expect(u.notify_all.applications.expected).toBeGreaterThan(u.today.applications.expected);
		// Regions add up to the country (rates are learnt nationally, so only the households summed change).
		let sum = 0;
		for (const r of REGION_CODES) sum += (await takeupUncertainty(db, 'ev2025', r)).today.applications.expected;
		expect(sum).toBeCloseTo(u.today.applications.expected, 6);
		const turkestan = await takeupUncertainty(db, 'ev2025', 'turkestan');
		expect(turkestan.today.applications.expected).toBeGreaterThan(0);
		expect(turkestan.today.applications.expected).toBeLessThan(u.today.applications.expected);
		console.log('applications today', u.today.applications, 'if all notified', u.notify_all.applications);
	});
});
