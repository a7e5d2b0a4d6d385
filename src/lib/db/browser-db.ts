import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableToIPC, type Table } from 'apache-arrow';
import { arrowToRows, type Db, type Row, type SqlValue } from './db';
import { ipcStreamOf } from './ipc-stream';
import { EngineFailure, messageOf, Watchdog } from './watchdog';

// Wasm and worker files are bundled by Vite and served from the app's own origin: no CDN, works offline.
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/**
 * Starts DuckDB-Wasm in a Web Worker and returns the app's one connection to it, every call guarded by `watchdog`:
 * a worker error, a blocked or broken .wasm, a start-up or query past its deadline or an out-of-memory error fails
 * the engine (the worker is then ended, giving its memory back) instead of leaving a promise that never settles.
 */
export async function openBrowserDb(watchdog: Watchdog = new Watchdog()): Promise<Db> {
	let worker: Worker | null = null;
	watchdog.onFailure(() => worker?.terminate());
	const started = watchdog.guard(
		async () => {
			const bundle = await duckdb.selectBundle(BUNDLES);
			// DuckDB's worker waits for ever on a .wasm it cannot fetch: ask for it first (a HEAD request, from the cache
			// after the first start), so a blocked or missing module is named at once.
			const probe = await fetch(bundle.mainModule, { method: 'HEAD' }).catch((e: unknown) => messageOf(e));
			if (typeof probe === 'string' || !probe.ok)
				throw new EngineFailure(
					'start-failed',
					`the database engine could not start: ${fileName(bundle.mainModule)} could not be fetched (${typeof probe === 'string' ? probe : `HTTP ${probe.status}`})`
				);
			worker = new Worker(bundle.mainWorker!);
			// DuckDB's client only logs a worker error and forgets its pending requests: fail the engine instead.
			worker.addEventListener('error', (e) => {
				e.preventDefault();
				watchdog.fail(new EngineFailure('crashed', `the database engine stopped (${e.message || 'its worker failed'})`));
			});
			worker.addEventListener('messageerror', () =>
				watchdog.fail(new EngineFailure('crashed', 'the database engine sent a message that could not be read'))
			);
			const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
			try {
				await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
			} catch (e) {
				throw new EngineFailure('start-failed', `the database engine could not start: ${messageOf(e)} (${fileName(bundle.mainModule)})`);
			}
			const conn = await db.connect();
			// Never reach for an extension over the network (an offline ministry network would hang on it).
			await conn.query('SET autoinstall_known_extensions = false');
			await conn.query('SET autoload_known_extensions = false');
			return { db, conn };
		},
		watchdog.timeouts.startMs,
		'starting',
		'start-failed'
	);
	const { db, conn } = await started.catch((e) => {
		watchdog.fail(
			e instanceof EngineFailure ? e : new EngineFailure('start-failed', `the database engine could not start: ${messageOf(e)}`)
		);
		throw watchdog.failure;
	});
	return watchdog.wrap({
		async query(sql: string, params: SqlValue[] = []): Promise<Row[]> {
			return arrowToRows(await run(conn, sql, params));
		},
		queryArrow: (sql: string, params: SqlValue[] = []) => run(conn, sql, params),
		async insertArrow(name: string, table: Table): Promise<void> {
			await conn.query(`DROP TABLE IF EXISTS "${name.replaceAll('"', '""')}"`);
			// A table read from a worker's IPC bytes is handed over as those bytes: no copy on the main thread.
			await conn.insertArrowFromIPCStream(ipcStreamOf(table) ?? tableToIPC(table, 'stream'), { name, create: true });
		},
		async close(): Promise<void> {
			// A failed engine may never answer: end its worker without asking.
			if (!watchdog.failure) await watchdog.guard(() => conn.close(), 2000, 'closing').catch(() => {});
			await db.terminate();
		}
	});
}

function fileName(url: string): string {
	return url.slice(url.lastIndexOf('/') + 1).replace(/\?.*$/, '');
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
