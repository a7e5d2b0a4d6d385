import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { quoteIdent, sqlLiteral } from './quote';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => {
	await db.close();
});

describe('sqlLiteral and quoteIdent', () => {
	it('refuses non-finite numbers', () => {
		expect(() => sqlLiteral(Number.NaN)).toThrow();
		expect(() => sqlLiteral(Number.POSITIVE_INFINITY)).toThrow();
	});

	it('round-trips values through DuckDB exactly', async () => {
		const values = [0, -7, 42_000, 0.7, 0.1 + 0.2, 1 / 3, 1e-7, 6487.5, 1e21, "it's", 'Ақмола', true, false, null];
		const sql = `SELECT ${values.map((v, i) => `${sqlLiteral(v)} AS ${quoteIdent(`v${i}`)}`).join(', ')}`;
		const [row] = await db.query(sql);
		values.forEach((v, i) => expect(row[`v${i}`]).toBe(v));
	});

	it('keeps an injected string inert', async () => {
		const evil = "x'); DROP TABLE t; --";
		const [row] = await db.query(`SELECT ${sqlLiteral(evil)} AS s`);
		expect(row.s).toBe(evil);
	});

	it('quotes identifiers with embedded quotes', async () => {
		const [row] = await db.query(`SELECT 1 AS ${quoteIdent('a "b"')}`);
		expect(row['a "b"']).toBe(1);
		expect(() => quoteIdent('')).toThrow();
	});
});
