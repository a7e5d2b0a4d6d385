import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import type { Db } from './db';
import { openNodeDb } from './node-db';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db.close());

describe('DuckDB-Wasm in Node', () => {
	it('runs a query with bound parameters and returns plain numbers', async () => {
		const rows = await db.query('SELECT ?::INTEGER + 1 AS x, ? AS s, count(*) AS n FROM range(5)', [41, 'a']);
		expect(rows).toEqual([{ x: 42, s: 'a', n: 5 }]);
	});

	it('returns decimals and wide integers at their true value', async () => {
		const rows = await db.query(
			'SELECT 10.0 AS d, 12.345::DECIMAL(10,3) AS e, sum(2.5) AS s, 170141183460469231731687303715884105727::HUGEINT > 0 AS big, 7::HUGEINT AS h'
		);
		expect(rows).toEqual([{ d: 10, e: 12.345, s: 2.5, big: true, h: 7 }]);
	});

	it('inserts an Arrow table and replaces it on a second insert', async () => {
		await db.insertArrow('t', tableFromArrays({ a: Float64Array.from([1, 2, 3]) }));
		await db.insertArrow('t', tableFromArrays({ a: Float64Array.from([10, 20]) }));
		expect(await db.query('SELECT sum(a) AS s, count(*) AS n FROM t')).toEqual([{ s: 30, n: 2 }]);
	});
});
