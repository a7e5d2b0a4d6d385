// The engine watchdog: DuckDB-Wasm's own client forgets its pending requests when its worker throws (they never
// settle), cannot tell a blocked .wasm from a slow one, and has no deadline. Everything the app asks of the engine
// goes through here: a worker error, an out-of-memory error or a call past its deadline fails the engine once, every
// pending and later call rejects with that `EngineFailure`, and the session is told (and offers Retry).
import type { Db, SqlValue } from './db';

/** Why the engine is out of service. */
export type EngineFailureKind = 'crashed' | 'unresponsive' | 'start-failed' | 'out-of-memory';

/** The engine stopped: every pending and later call on it rejects with this. */
export class EngineFailure extends Error {
	constructor(
		readonly kind: EngineFailureKind,
		message: string
	) {
		super(message);
		this.name = 'EngineFailure';
	}
}

/** Deadlines in milliseconds: start-up (compile the .wasm, connect), one query, one table insert. */
export interface EngineTimeouts {
	startMs: number;
	queryMs: number;
	insertMs: number;
}

/** Generous defaults: a slow machine compiles DuckDB-Wasm in a few seconds and answers a query in well under one. */
export const DEFAULT_TIMEOUTS: EngineTimeouts = { startMs: 20_000, queryMs: 60_000, insertMs: 120_000 };

/**
 * The deadlines in force: the defaults, overridden by `globalThis.__komekEngineTimeouts` when a test sets it
 * (the fault-injection browser tests shorten them to seconds).
 */
export function engineTimeouts(): EngineTimeouts {
	const given = (globalThis as { __komekEngineTimeouts?: Partial<EngineTimeouts> }).__komekEngineTimeouts;
	return { ...DEFAULT_TIMEOUTS, ...(given ?? {}) };
}

// Messages the engine gives when its heap is exhausted: DuckDB's own, and the WebAssembly runtime's (after which
// the module is in an undefined state and must not be used again).
const OUT_OF_MEMORY =
	/out of memory|memory access out of bounds|Maximum memory size|Array buffer allocation failed|Aborted\(OOM\)|Cannot enlarge memory/i;

/** True when `e` says the engine ran out of memory. */
export function isOutOfMemory(e: unknown): boolean {
	return OUT_OF_MEMORY.test(e instanceof Error ? e.message : String(e));
}

/** Watches one engine: fails it once, rejects every guarded call after that, and tells its listeners. */
export class Watchdog {
	private failed: EngineFailure | null = null;
	private readonly pending = new Set<(e: EngineFailure) => void>();
	private readonly listeners: ((e: EngineFailure) => void)[] = [];

	constructor(readonly timeouts: EngineTimeouts = engineTimeouts()) {}

	/** The failure, once the engine has failed. */
	get failure(): EngineFailure | null {
		return this.failed;
	}

	/** Calls `listener` once when the engine fails (at once if it already has). */
	onFailure(listener: (e: EngineFailure) => void): void {
		if (this.failed) listener(this.failed);
		else this.listeners.push(listener);
	}

	/** Fails the engine (the first failure wins): pending calls reject, listeners are told. */
	fail(failure: EngineFailure): void {
		if (this.failed) return;
		this.failed = failure;
		for (const reject of [...this.pending]) reject(failure);
		this.pending.clear();
		for (const listener of this.listeners.splice(0)) listener(failure);
	}

	/**
	 * Settles as `work` does, unless the engine fails first or `ms` pass: then it rejects with the failure (a
	 * missed deadline fails the engine as `timeoutKind`). An out-of-memory error fails the engine too.
	 */
	guard<T>(work: () => Promise<T>, ms: number, what: string, timeoutKind: EngineFailureKind = 'unresponsive'): Promise<T> {
		if (this.failed) return Promise.reject(this.failed);
		return new Promise<T>((resolve, reject) => {
			const done = () => {
				clearTimeout(timer);
				this.pending.delete(reject);
			};
			const timer = setTimeout(() => {
				const seconds = Math.round(ms / 1000);
				const message =
					timeoutKind === 'start-failed'
						? `the database engine could not start within ${seconds} s`
						: `the database engine did not answer within ${seconds} s (${what})`;
				this.fail(new EngineFailure(timeoutKind, message));
			}, ms);
			this.pending.add(reject);
			let running: Promise<T>;
			try {
				running = work();
			} catch (e) {
				running = Promise.reject(e);
			}
			running.then(
				(value) => {
					done();
					if (this.failed) reject(this.failed);
					else resolve(value);
				},
				(e) => {
					done();
					if (!this.failed && isOutOfMemory(e))
						this.fail(new EngineFailure('out-of-memory', `the database engine ran out of memory (${messageOf(e)})`));
					reject(this.failed ?? e);
				}
			);
		});
	}

	/** `db` with every call guarded: queries by `queryMs`, inserts by `insertMs`, closing never waits long. */
	wrap(db: Db): Db {
		const t = this.timeouts;
		return {
			query: (sql: string, params?: SqlValue[]) => this.guard(() => db.query(sql, params), t.queryMs, 'a query'),
			queryArrow: (sql: string, params?: SqlValue[]) => this.guard(() => db.queryArrow(sql, params), t.queryMs, 'a query'),
			insertArrow: (name, table) => this.guard(() => db.insertArrow(name, table), t.insertMs, `installing ${name}`),
			close: () => db.close()
		};
	}
}

/** The message of an error or any thrown value. */
export function messageOf(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
