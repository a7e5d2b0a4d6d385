import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableToIPC, type Table } from 'apache-arrow';
import { arrowToRows, type Db, type Row, type SqlValue } from './db';

// Wasm and worker files are bundled by Vite and served from the app's own origin: no CDN, works offline.
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** Starts DuckDB-Wasm in a Web Worker and returns the app's one connection to it. */
export async function openBrowserDb(): Promise<Db> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	const conn = await db.connect();
	// Never reach for an extension over the network (an offline ministry network would hang on it).
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');
	return {
		async query(sql: string, params: SqlValue[] = []): Promise<Row[]> {
			return arrowToRows(await run(conn, sql, params));
		},
		queryArrow: (sql: string, params: SqlValue[] = []) => run(conn, sql, params),
		async insertArrow(name: string, table: Table): Promise<void> {
			await conn.query(`DROP TABLE IF EXISTS "${name.replaceAll('"', '""')}"`);
			await conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name, create: true });
		},
		async close(): Promise<void> {
			await conn.close();
			await db.terminate();
		}
	};
}

async function run(conn: duckdb.AsyncDuckDBConnection, sql: string, params: SqlValue[]): Promise<Table> {
	if (params.length === 0) return conn.query(sql);
	const stmt = await conn.prepare(sql);
	try {
		return await stmt.query(...params);
	} finally {
		await stmt.close();
	}
}
