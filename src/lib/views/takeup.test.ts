import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { installTestDataset } from '$lib/sim/testing/dataset';
import { evaluateAnalysisFixture, HOUSEHOLDS, PERSONS } from './analysis.fixture';
import { bandRates, bandRatesSql, missingTakeupColumns } from './takeup';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await evaluateAnalysisFixture(db);
});
afterAll(async () => db?.close());

describe('application rates by benefit band', () => {
	it('weights the rate and its 95 % range by Kish’s effective n', async () => {
		// Eligible: A–D, F, each 42 000 ₸ a month: band 2 (30 000–60 000).
		// Notified A 1 (applied), B 2, C 3 (applied): rate 4/6; n_eff = 36 / 14; ± 1.959964 √(2/9 × 14/36).
		// Not notified D 4 (applied), F 3: rate 4/7; n_eff = 49 / 25; ± 1.959964 √(12/49 × 25/49).
		const rows = bandRates(await db.query(bandRatesSql('eval_scenario')));
		expect(rows.map((r) => [r.band, r.from_kzt, r.notified, r.records, r.households])).toEqual([
			[2, 30_000, false, 2, 7],
			[2, 30_000, true, 3, 6]
		]);
		const half = (p: number, nEff: number) => 1.959964 * Math.sqrt((p * (1 - p)) / nEff);
		expect(rows[1].rate).toBeCloseTo(4 / 6, 12);
		expect(rows[1].low).toBeCloseTo(4 / 6 - half(4 / 6, 36 / 14), 9);
		expect(rows[1].high).toBe(1);
		expect(rows[0].rate).toBeCloseTo(4 / 7, 12);
		expect(rows[0].low).toBeCloseTo(Math.max(0, 4 / 7 - half(4 / 7, 49 / 25)), 9);
		expect(rows[0].high).toBeCloseTo(Math.min(1, 4 / 7 + half(4 / 7, 49 / 25)), 9);
	});
});

describe('take-up columns', () => {
	it('finds none missing when notified and applied have values', async () => {
		expect(await missingTakeupColumns(db)).toEqual([]);
	});

	it('names the columns that are absent or empty', async () => {
		const other = await openNodeDb();
		try {
			await installTestDataset(
				other,
				HOUSEHOLDS.map((h) => ({ ...h, notified: null, applied: null })),
				PERSONS
			);
			expect(await missingTakeupColumns(other)).toEqual(['notified', 'applied']);
			await other.query('ALTER TABLE households DROP COLUMN applied');
			await other.query('UPDATE households SET notified = true');
			expect(await missingTakeupColumns(other)).toEqual(['applied']);
		} finally {
			await other.close();
		}
	});
});
