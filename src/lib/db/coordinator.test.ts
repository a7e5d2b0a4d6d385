import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db';
import { openNodeDb } from './node-db';
import { QueryCoordinator } from './coordinator';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db.close());

describe('QueryCoordinator', () => {
	it('drops queued requests of a view that a newer request superseded, and runs the newest', async () => {
		const c = new QueryCoordinator(db);
		const results = await Promise.all([1, 2, 3].map((v) => c.request('slider', 'SELECT ?::INTEGER AS v', [v])));
		expect(results).toEqual([null, null, [{ v: 3 }]]);
	});

	it('keeps requests of different views apart', async () => {
		const c = new QueryCoordinator(db);
		const [a, b] = await Promise.all([c.request('a', 'SELECT 1 AS v'), c.request('b', 'SELECT 2 AS v')]);
		expect([a, b]).toEqual([[{ v: 1 }], [{ v: 2 }]]);
	});

	it('runs in order, so a table built by an exclusive task is seen by the query after it', async () => {
		const c = new QueryCoordinator(db);
		const built = c.exclusive((d) => d.query('CREATE OR REPLACE TABLE seq AS SELECT 7 AS v'));
		const read = c.request('read', 'SELECT v FROM seq');
		await built;
		expect(await read).toEqual([{ v: 7 }]);
	});

	it('survives a failing query: the error reaches its caller and the queue goes on', async () => {
		const c = new QueryCoordinator(db);
		const bad = c.request('x', 'SELECT * FROM no_such_table');
		const good = c.request('y', 'SELECT 5 AS v');
		await expect(bad).rejects.toThrow(/no_such_table/);
		expect(await good).toEqual([{ v: 5 }]);
	});
});
