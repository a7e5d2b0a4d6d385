// The engine watchdog over a fake engine: a call past its deadline, a worker error and an out-of-memory error each
// fail the engine once, every pending and later call rejects with that failure, and the coordinator says so.
import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it, vi } from 'vitest';
import { QueryCoordinator } from './coordinator';
import type { Db, Row } from './db';
import { ipcStreamOf, tableFromIPCStream } from './ipc-stream';
import { EngineFailure, engineTimeouts, isOutOfMemory, Watchdog } from './watchdog';
import { tableToIPC } from 'apache-arrow';

const FAST = { startMs: 50, queryMs: 50, insertMs: 100 };

/** A fake engine: `SELECT hang` never answers, `SELECT oom` fails as a full heap does, anything else answers at once. */
function fakeDb(): Db & { closed: boolean } {
	const db = {
		closed: false,
		async query(sql: string): Promise<Row[]> {
			if (sql === 'SELECT hang') return new Promise<Row[]>(() => {});
			if (sql === 'SELECT oom') throw new Error('Out of Memory Error: failed to allocate data of size 256.0 MiB');
			if (sql === 'SELECT bad') throw new Error('Catalog Error: Table with name nope does not exist!');
			return [{ v: 1 }];
		},
		queryArrow: () => Promise.reject(new Error('unused')),
		insertArrow: () => Promise.resolve(),
		async close() {
			db.closed = true;
		}
	};
	return db;
}

describe('the engine watchdog', () => {
	it('fails the engine when a query misses its deadline, and rejects everything queued behind it', async () => {
		const dog = new Watchdog(FAST);
		const c = new QueryCoordinator(dog.wrap(fakeDb()), dog);
		const failures: EngineFailure[] = [];
		c.onFailure((f) => failures.push(f));
		const hung = c.request('a', 'SELECT hang');
		const queued = c.request('b', 'SELECT 1');
		await expect(hung).rejects.toMatchObject({ name: 'EngineFailure', kind: 'unresponsive' });
		await expect(queued).rejects.toBeInstanceOf(EngineFailure);
		await expect(c.request('c', 'SELECT 1')).rejects.toBe(c.failure);
		expect(failures).toHaveLength(1);
		expect(c.failure?.message).toMatch(/did not answer within/);
	});

	it('fails pending calls at once when the worker reports an error (no waiting for the deadline)', async () => {
		const dog = new Watchdog({ ...FAST, queryMs: 60_000 });
		const c = new QueryCoordinator(dog.wrap(fakeDb()), dog);
		const hung = c.request('a', 'SELECT hang');
		const started = Date.now();
		setTimeout(() => dog.fail(new EngineFailure('crashed', 'the database engine stopped (boom)')), 10);
		await expect(hung).rejects.toMatchObject({ kind: 'crashed', message: /boom/ });
		expect(Date.now() - started).toBeLessThan(1000);
	});

	it("takes an out-of-memory error as a failed engine, but an ordinary SQL error as the caller's", async () => {
		const dog = new Watchdog(FAST);
		const c = new QueryCoordinator(dog.wrap(fakeDb()), dog);
		await expect(c.request('a', 'SELECT bad')).rejects.toThrow(/Catalog Error/);
		expect(c.failure).toBeNull();
		expect(await c.request('a', 'SELECT 1')).toEqual([{ v: 1 }]);
		await expect(c.request('a', 'SELECT oom')).rejects.toMatchObject({ kind: 'out-of-memory', message: /ran out of memory/ });
		await expect(c.request('a', 'SELECT 1')).rejects.toBe(c.failure);
	});

	it('recognises the heap-exhaustion messages of DuckDB and of the WebAssembly runtime', () => {
		for (const m of [
			'Out of Memory Error: could not allocate block',
			'RuntimeError: memory access out of bounds',
			'RangeError: WebAssembly.Memory.grow(): Maximum memory size exceeded',
			'Aborted(OOM)'
		])
			expect(isOutOfMemory(new Error(m)), m).toBe(true);
		expect(isOutOfMemory(new Error('Binder Error: column "x" not found'))).toBe(false);
	});

	it('tells each listener once, even one that comes after the failure', () => {
		const dog = new Watchdog(FAST);
		const early = vi.fn();
		dog.onFailure(early);
		dog.fail(new EngineFailure('crashed', 'first'));
		dog.fail(new EngineFailure('unresponsive', 'second'));
		const late = vi.fn();
		dog.onFailure(late);
		expect(early).toHaveBeenCalledTimes(1);
		expect(late).toHaveBeenCalledWith(expect.objectContaining({ message: 'first' }));
	});

	it('closes a failed engine without queueing behind the call that hung', async () => {
		const dog = new Watchdog({ ...FAST, queryMs: 60_000 });
		const db = fakeDb();
		const c = new QueryCoordinator(dog.wrap(db), dog);
		c.request('a', 'SELECT hang').catch(() => {});
		dog.fail(new EngineFailure('crashed', 'gone'));
		await c.close();
		expect(db.closed).toBe(true);
	});

	it('takes its deadlines from the defaults unless a test overrides them', () => {
		expect(engineTimeouts().queryMs).toBeGreaterThanOrEqual(30_000);
		(globalThis as { __komekEngineTimeouts?: object }).__komekEngineTimeouts = { queryMs: 1500 };
		try {
			expect(engineTimeouts()).toMatchObject({ queryMs: 1500, startMs: 20_000 });
		} finally {
			delete (globalThis as { __komekEngineTimeouts?: object }).__komekEngineTimeouts;
		}
	});
});

describe('IPC bytes kept with the table read from them', () => {
	it('hands them over once, then the table would be serialised again', () => {
		const bytes = tableToIPC(tableFromArrays({ a: Float64Array.from([1, 2, 3]) }), 'stream');
		const table = tableFromIPCStream(bytes);
		expect(table.numRows).toBe(3);
		expect(ipcStreamOf(table)).toBe(bytes);
		expect(ipcStreamOf(table)).toBeNull();
	});
});
