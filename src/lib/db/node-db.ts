import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tableToIPC, type Table } from 'apache-arrow';
import { arrowToRows, type Db, type Row, type SqlValue } from './db';

const require = createRequire(import.meta.url);

/** Opens DuckDB-Wasm in Node (the blocking build): the same engine the browser runs, for tests and the CLI. */
export async function openNodeDb(): Promise<Db> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const bundles = {
		mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
		eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	const conn = db.connect();
	return {
		async query(sql: string, params: SqlValue[] = []): Promise<Row[]> {
			return arrowToRows(run(conn, sql, params));
		},
		async queryArrow(sql: string, params: SqlValue[] = []): Promise<Table> {
			return run(conn, sql, params);
		},
		async insertArrow(name: string, table: Table): Promise<void> {
			conn.query(`DROP TABLE IF EXISTS "${name.replaceAll('"', '""')}"`);
			// Serialise with our own apache-arrow: the CJS build's copy does not recognise an ESM Table.
			conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: true });
		},
		async close(): Promise<void> {
			conn.close();
		}
	};
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function run(conn: any, sql: string, params: SqlValue[]): Table {
	if (params.length === 0) return conn.query(sql);
	const stmt = conn.prepare(sql);
	try {
		return stmt.query(...params);
	} finally {
		stmt.close();
	}
}
