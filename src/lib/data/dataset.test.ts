import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { COLUMNS } from './schema';
import { installDataset, summarizeDataset } from './dataset';
import { readDatasetFolder } from './load-folder-node';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db.close());

describe('Arrow tables', () => {
	it('carry every contract column with its type, nulls where unknown, and extra columns', async () => {
		const { households, persons } = await readDatasetFolder(join(FIXTURES, 'good'));
		expect(households.schema.fields.map((f) => f.name).slice(0, COLUMNS.households.length)).toEqual(COLUMNS.households.map((c) => c.name));
		const type = (t: typeof households, n: string) => String(t.schema.fields.find((f) => f.name === n)?.type);
		expect([
			type(households, 'hh_id'),
			type(households, 'weight'),
			type(households, 'vehicles_owned'),
			type(households, 'notified')
		]).toEqual(['Utf8', 'Float64', 'Int32', 'Bool']);
		expect(households.getChild('deposits_kzt')?.nullCount).toBe(4);
		expect(households.getChild('consumption_monthly')?.toArray()[1]).toBe(95000);
		expect(households.getChild('consumption_monthly')?.get(2)).toBeNull();
		expect([...households.getChild('applied')!]).toEqual([true, false, false, false]);
		expect(persons.getChild('disability_group')?.get(4)).toBeNull();
		expect(persons.getChild('income_wages')?.get(5)).toBe(250000);
		expect(type(persons, 'note')).toBe('Utf8');
	});

	it('summarise rows, weighted totals, regions and missing columns', async () => {
		const s = summarizeDataset(await readDatasetFolder(join(FIXTURES, 'good')));
		expect([s.households, s.persons]).toEqual([4, 6]);
		expect(s.weighted_households).toBeCloseTo(750.5);
		// h1 2 × 120.5 + h2 2 × 300 + h3 250 + h4 80
		expect(s.weighted_persons).toBeCloseTo(1171);
		expect(s.regions).toEqual([
			// Persons by region: astana h1 2 × 120.5; mangystau h4 80; turkestan h2 2 × 300 + h3 250.
			{ region: 'astana', households: 1, weighted_households: 120.5, weighted_persons: 241 },
			{ region: 'mangystau', households: 1, weighted_households: 80, weighted_persons: 80 },
			{ region: 'turkestan', households: 2, weighted_households: 550, weighted_persons: 850 }
		]);
		expect(s.missing_optional.map((m) => m.column)).toContain('deposits_kzt');
		expect(s.missing_optional.map((m) => m.column)).not.toContain('notified');
		expect(s.extra_columns).toEqual([{ table: 'persons', column: 'note' }]);
	});
});

describe('installDataset', () => {
	it('installs both tables, and a failing second install leaves the first queryable', async () => {
		const good = await readDatasetFolder(join(FIXTURES, 'good'));
		await installDataset(db, good);
		const count = async () => (await db.query('SELECT (SELECT count(*) FROM households) AS h, (SELECT count(*) FROM persons) AS p'))[0];
		expect(await count()).toEqual({ h: 4, p: 6 });

		// Fail inside the swap, after households was already replaced in the transaction.
		const failing: Db = {
			...db,
			query: (sql, params) => (sql.includes('RENAME TO persons') ? Promise.reject(new Error('disk full')) : db.query(sql, params))
		};
		const other = { households: good.households.slice(0, 1), persons: good.persons.slice(0, 2) };
		await expect(installDataset(failing, other)).rejects.toThrow('disk full');
		expect(await count()).toEqual({ h: 4, p: 6 });
		expect(await db.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '%staging%'")).toEqual([{ n: 0 }]);

		// A load cancelled after staging: the swap is called off, the staging tables dropped.
		const cancelled = installDataset(db, other, {
			beforeSwap: () => {
				throw new Error('The load was cancelled.');
			}
		});
		await expect(cancelled).rejects.toThrow('cancelled');
		expect(await count()).toEqual({ h: 4, p: 6 });
		expect(await db.query("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '%staging%'")).toEqual([{ n: 0 }]);

		await installDataset(db, other);
		expect(await count()).toEqual({ h: 1, p: 2 });
		expect(await db.query('SELECT weight, notified FROM households')).toEqual([{ weight: 120.5, notified: true }]);
	});
});
