import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { cachedTable } from './cached-table';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await db.query('CREATE TABLE hh AS SELECT 1 AS v');
});
afterAll(async () => db?.close());

describe('cachedTable', () => {
	it('computes a SELECT once and reuses its table for the same SQL text', async () => {
		const a = await cachedTable(db, 'x', 'SELECT sum(v) AS s FROM hh');
		await db.query('INSERT INTO hh VALUES (10)');
		const b = await cachedTable(db, 'x', 'SELECT sum(v) AS s FROM hh');
		expect(b).toBe(a);
		// Reused on purpose: the same hh generation is assumed unchanged (hh is only ever replaced whole).
		expect(await db.query(`SELECT s FROM ${b}`)).toEqual([{ s: 1 }]);
	});

	it('keeps different SELECTs apart', async () => {
		const a = await cachedTable(db, 'x', 'SELECT 1 AS k');
		const b = await cachedTable(db, 'x', 'SELECT 2 AS k');
		expect(a).not.toBe(b);
		expect(await db.query(`SELECT k FROM ${b}`)).toEqual([{ k: 2 }]);
	});

	it('recomputes once hh is rebuilt (a new dataset)', async () => {
		const before = await cachedTable(db, 'x', 'SELECT sum(v) AS s FROM hh');
		await db.query('CREATE OR REPLACE TABLE hh AS SELECT 5 AS v');
		const after = await cachedTable(db, 'x', 'SELECT sum(v) AS s FROM hh');
		expect(after).not.toBe(before);
		expect(await db.query(`SELECT s FROM ${after}`)).toEqual([{ s: 5 }]);
	});
});
