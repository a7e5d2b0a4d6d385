// Derived tables that do not move with most parameters (medians, observed take-up) are computed once and reused.
import type { Db } from '../db/db';
import { quoteIdent } from '../sql/quote';

type Cache = { hhOid: number; tables: Map<string, string> };
const caches = new WeakMap<Db, Cache>();
let created = 0;

/**
 * Materialises `select` as a temp table once per distinct SQL text (which names every parameter it depends on)
 * and per generation of the `hh` table, and returns the table's quoted name.
 */
export async function cachedTable(db: Db, prefix: string, select: string): Promise<string> {
	const [row] = await db.query(`SELECT table_oid FROM duckdb_tables() WHERE table_name = 'hh'`);
	const hhOid = Number(row?.table_oid ?? -1);
	let cache = caches.get(db);
	if (!cache || cache.hhOid !== hhOid) {
		for (const name of cache?.tables.values() ?? []) await db.query(`DROP TABLE IF EXISTS ${name}`);
		cache = { hhOid, tables: new Map() };
		caches.set(db, cache);
	}
	const hit = cache.tables.get(select);
	if (hit) return hit;
	const name = quoteIdent(`${prefix}_${++created}`);
	await db.query(`CREATE OR REPLACE TEMP TABLE ${name} AS ${select}`);
	cache.tables.set(select, name);
	return name;
}
