import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { changeRows, changesParams, changesSql, type ChangeRow } from './gainers-losers';
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
});
