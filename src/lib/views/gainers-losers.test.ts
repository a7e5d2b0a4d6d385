import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { changeRows, changesParams, changesSql, gainersLosersFigures, type ChangeRow } from './gainers-losers';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { evaluateFixture, LAW } from './views-b.fixture';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

async function changes(share: number, region: string | null = null): Promise<ChangeRow[]> {
	await evaluateFixture(db, LAW, { ...LAW, 'tsa.poverty_line.pm_share': share });
	return changeRows(await db.query(changesSql(), changesParams(region)));
}
const find = (rows: ChangeRow[], group: string, key: string) => rows.find((r) => r.group === group && r.key === key)!;

describe('who gains and who loses', () => {
	it('a higher line (0.9 × 60 000 = 54 000) brings B in and raises A, with no losers', async () => {
		const rows = await changes(0.9);
		// Person-weighted deciles of baseline income: A (0, 10 persons) 1; E (0, 7) 1 + ⌊10·10/97⌋ = 2; B (45 000, 40) 2;
		// C (100 000, 30) 1 + ⌊10·57/97⌋ = 6; D (100 000, 10) 1 + ⌊10·87/97⌋ = 9.
		expect(find(rows, 'decile', '1')).toMatchObject({ households: 10, gainers: 10, newly_eligible: 0, gained_monthly_kzt: 120_000 });
		// B: (54 000 − 45 000) × 2 + 1.5 × 4 325 = 24 487.5 a month, × 20 households.
		expect(find(rows, 'decile', '2')).toMatchObject({ households: 27, gainers: 20, newly_eligible: 20, gained_monthly_kzt: 489_750 });
		expect(find(rows, 'decile', '6').households).toBe(30);
		expect(find(rows, 'decile', '9').households).toBe(5);
		expect(rows.reduce((s, r) => s + (r.group === 'decile' ? r.losers + r.lost_monthly_kzt + r.no_longer_eligible : 0), 0)).toBe(0);
		expect(find(rows, 'family', 'children')).toMatchObject({ households: 25, newly_eligible: 20, gained_monthly_kzt: 489_750 });
		expect(find(rows, 'family', 'single_parent')).toMatchObject({ households: 25, newly_eligible: 20 });
		expect(find(rows, 'family', 'pensioners')).toMatchObject({ households: 30, gainers: 0 });
		expect(find(rows, 'family', 'disabled')).toMatchObject({ households: 5, gainers: 0 });
	});

	it('a lower line (30 000) cuts A by 12 000 a month and takes nobody in', async () => {
		const rows = await changes(0.5);
		expect(find(rows, 'decile', '1')).toMatchObject({ losers: 10, no_longer_eligible: 0, lost_monthly_kzt: 120_000, gainers: 0 });
		expect(rows.reduce((s, r) => s + r.gainers, 0)).toBe(0);
	});

	it('counts only the focused region’s households', async () => {
		const rows = await changes(0.9, 'astana');
		expect(rows.every((r) => r.households === 0)).toBe(true);
		expect(rows).toHaveLength(14);
	});

	it('local assistance: the Almaty income test at 1 × ПМ (50 851) newly helps A and E (0) and B (45 000 a head), 7 МРП a year each', async () => {
		await evaluateFixture(db, LAW, { ...LAW, 'local.almaty.income_threshold_pm_multiple': 1 });
		const rows = await gainersLosersFigures.sql({ db, tables: EVAL_TABLES }, { region: null, programme: 'local' });
		// 7 × 4 325 = 30 275 a year, 2 522.9166… a month; A (decile 1), B and E (decile 2) had no local assistance by law
		// (no housing costs, damage or disease in the fixture); the local income test has no asset test, so E's car and loan do not matter.
		expect(find(rows, 'decile', '1')).toMatchObject({ gainers: 10, newly_eligible: 10, losers: 0 });
		expect(find(rows, 'decile', '1').gained_monthly_kzt).toBeCloseTo((10 * 30_275) / 12, 6);
		expect(find(rows, 'decile', '2')).toMatchObject({ gainers: 27, newly_eligible: 27 });
		expect(find(rows, 'decile', '6')).toMatchObject({ gainers: 0 });
		// TSA does not move: nobody gains or loses it.
		const tsa = await gainersLosersFigures.sql({ db, tables: EVAL_TABLES }, { region: null, programme: 'tsa' });
		expect(tsa.every((r) => r.gainers === 0 && r.losers === 0)).toBe(true);
		// Both: A already had TSA, so only B and E (refused TSA for the car and the loan) are newly helped; A's gain is the local payment alone.
		const both = await gainersLosersFigures.sql({ db, tables: EVAL_TABLES }, { region: null, programme: 'both' });
		expect(find(both, 'decile', '1')).toMatchObject({ gainers: 10, newly_eligible: 0 });
		expect(find(both, 'decile', '1').gained_monthly_kzt).toBeCloseTo((10 * 30_275) / 12, 6);
		expect(find(both, 'decile', '2')).toMatchObject({ gainers: 27, newly_eligible: 27 });
		expect(find(both, 'decile', '2').gained_monthly_kzt).toBeCloseTo((27 * 30_275) / 12, 6);
	});

	it('refuses an unknown programme', () => {
		expect(() => changesSql('a', 'b', 'pension' as never)).toThrow(/programme/);
	});
});
