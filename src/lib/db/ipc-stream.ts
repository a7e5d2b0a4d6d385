// A table read from Arrow IPC bytes (a worker's answer) remembers those bytes, so installing it hands DuckDB the
// bytes as they are instead of serialising the table again on the main thread (a long task on a large dataset).
import { tableFromIPC, type Table } from 'apache-arrow';

const streams = new WeakMap<Table, Uint8Array>();

/** The table in IPC stream `bytes`, remembering them for `ipcStreamOf` (they are transferred when installed). */
export function tableFromIPCStream(bytes: Uint8Array): Table {
	const table = tableFromIPC(bytes);
	streams.set(table, bytes);
	return table;
}

/** The IPC stream bytes `table` was read from, while they are still whole (not yet handed to the engine). */
export function ipcStreamOf(table: Table): Uint8Array | null {
	const bytes = streams.get(table);
	if (!bytes || bytes.buffer.byteLength === 0) return null;
	// Handed over once: the engine's worker takes the buffer, so a second install serialises the table again.
	streams.delete(table);
	return bytes;
}
