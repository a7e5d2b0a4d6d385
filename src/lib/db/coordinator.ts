import type { Db, Row, SqlValue } from './db';
import type { EngineFailure, Watchdog } from './watchdog';

/**
 * Owns the one DuckDB connection: runs queries one at a time in order, and for each view lets only the
 * latest request through (DuckDB-Wasm cannot cancel a running query, so stale ones are dropped while queued
 * and their results are discarded if a newer request came in while they ran).
 */
export class QueryCoordinator {
	private tail: Promise<unknown> = Promise.resolve();
	private readonly latest = new Map<string, number>();

	/** `watchdog`, when given, is the one guarding `db`: its failure is this engine's (see `failure`). */
	constructor(
		private readonly db: Db,
		private readonly watchdog: Watchdog | null = null
	) {}

	/** Why the engine is out of service, once it is (a worker error, a missed deadline, out of memory). */
	get failure(): EngineFailure | null {
		return this.watchdog?.failure ?? null;
	}

	/** Calls `listener` once if the engine fails (every queued and later call then rejects with the failure). */
	onFailure(listener: (failure: EngineFailure) => void): void {
		this.watchdog?.onFailure(listener);
	}

	/** Queries for `view`; resolves `null` when a newer request for the same view superseded this one. */
	request(view: string, sql: string, params: SqlValue[] = []): Promise<Row[] | null> {
		return this.run(view, (db) => db.query(sql, params));
	}

	/** Runs a multi-query `task` for `view` as one unit, latest wins like `request`. */
	run<T>(view: string, task: (db: Db) => Promise<T>): Promise<T | null> {
		const ticket = (this.latest.get(view) ?? 0) + 1;
		this.latest.set(view, ticket);
		const current = () => this.latest.get(view) === ticket;
		return this.enqueue(async () => {
			if (!current()) return null;
			const result = await task(this.db);
			return current() ? result : null;
		});
	}

	/** Runs `task` with the connection to itself (loads, table rebuilds), after everything already queued. */
	exclusive<T>(task: (db: Db) => Promise<T>): Promise<T> {
		return this.enqueue(() => task(this.db));
	}

	/** Closes the connection and its database after everything already queued (DuckDB-Wasm: ends its worker). */
	close(): Promise<void> {
		// A failed engine's queue may hold a call that never returns: end it now.
		if (this.failure) return this.db.close();
		return this.exclusive((db) => db.close());
	}

	private enqueue<T>(task: () => Promise<T>): Promise<T> {
		const run = this.tail.then(task);
		this.tail = run.catch(() => undefined);
		return run;
	}
}
