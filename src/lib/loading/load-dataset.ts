import type { QueryCoordinator } from '$lib/db/coordinator';
import { tableFromIPCStream } from '$lib/db/ipc-stream';
import { installDataset, type DatasetTables } from '$lib/data/dataset';
import type { DatasetReport } from '$lib/data/load';
import type { DatasetSummary } from '$lib/data/summary';
import { base } from '$app/paths';
import type { LoadMessage, LoadRequest } from './protocol';
import { decodeExtract } from '$lib/fast/extract-codec';
import type { StructureExtract } from '$lib/fast/extract';
import { decodeBundle } from '$lib/fast/prepared-bundle';
import type { HouseholdColumns } from '$lib/fast/household-columns';
import { LoadCancelled, type LoadToken } from './load-token';

/**
 * How far a load has come: which stage, which file, and the share done (0–1), or null while the share is not known
 * (the checks after the last byte is read, the installation in the engine): the bar then shows activity, not 100 %.
 */
export type LoadProgress = { stage: 'starting' | 'reading' | 'checking' | 'installing'; file?: string; fraction: number | null };

/** The loaded dataset as the views know it: its name, its summary and the full check report. */
export type DatasetInfo = DatasetSummary & { name: string; report: DatasetReport };

/** Thrown when a dataset is refused; carries the report with every problem (file, row, column, hint). */
export class DatasetRefused extends Error {
	constructor(readonly report: DatasetReport) {
		super(report.problems.map((p) => `${p.message}\n  → ${p.hint}`).join('\n') + more(report));
		this.name = 'DatasetRefused';
	}
}

function more(report: DatasetReport): string {
	const hidden = report.problemCount - report.problems.length;
	return hidden > 0 ? `\n… and ${hidden} more problems.` : '';
}

/** The embedded dataset's build-time check report and the fast-path extract of the default scenario (both small). */
/** What the dashboard shows before DuckDB-Wasm: the summary, the prefix-index extract, and the household columns to decode. */
export type EmbeddedPreview = { info: DatasetInfo; extract: StructureExtract | null; readColumns: () => Promise<HouseholdColumns | null> };

async function fetchEmbedded(file: string): Promise<Response> {
	const res = await fetch(`${base}/embedded/${file}`);
	if (!res.ok) throw new Error(`embedded/${file}: could not be read (HTTP ${res.status}).`);
	return res;
}

/**
 * Reads what the app can show of the embedded dataset before DuckDB-Wasm is up: its summary, and the prefix-index
 * extract the build wrote (`scripts/prepare-embedded.ts`), from which the headline figures are exact at once, and
 * the household columns, from which every view's are (`readColumns`: fetched at once, decoded when the caller asks,
 * after the headline has painted). A missing or unreadable file only means no early figures.
 */
export async function readEmbeddedPreview(): Promise<EmbeddedPreview> {
	// The columns (a few MB) are fetched now and decoded when asked (decoding takes the main thread for a while): the
	// dashboard shows the index's figures without waiting for them.
	const columnBytes = fetchEmbedded('household-columns.komek.arrows')
		.then((r) => r.arrayBuffer())
		.catch(() => null);
	const readColumns = () => columnBytes.then((bytes) => (bytes ? decodeBundle(new Uint8Array(bytes)).columns : null)).catch(() => null);
	const [report, extract] = await Promise.all([
		fetchEmbedded('report.json').then((r) => r.json() as Promise<DatasetReport>),
		fetchEmbedded('fast-index.bin')
			.then(async (r) => decodeExtract(new Uint8Array(await r.arrayBuffer())))
			.catch(() => null)
	]);
	return { info: { ...report.summary!, name: String(report.manifest?.name ?? 'embedded'), report }, extract, readColumns };
}

/**
 * Reads the embedded synthetic dataset, checked at build time by the same validator (`scripts/prepare-embedded.ts`)
 * and served from the app's own origin as Arrow IPC: no CSV to parse in the browser, so it is ready at once.
 */
export async function readEmbeddedDataset(info: DatasetInfo, onProgress: (p: LoadProgress) => void): Promise<ReadDataset> {
	onProgress({ stage: 'reading', file: 'embedded', fraction: 0 });
	const [h, p] = await Promise.all([fetchEmbedded('households.arrow'), fetchEmbedded('persons.arrow')]);
	const tables = {
		households: tableFromIPCStream(new Uint8Array(await h.arrayBuffer())),
		persons: tableFromIPCStream(new Uint8Array(await p.arrayBuffer()))
	};
	onProgress({ stage: 'reading', file: 'embedded', fraction: 1 });
	return { tables, info };
}

/** A dataset read and checked in the worker, ready to install: its Arrow tables and its description. */
export type ReadDataset = { tables: DatasetTables; info: DatasetInfo };

/**
 * Reads and checks a dataset in a worker (no database needed, so it can run while DuckDB starts). Progress is the
 * share of all the files' bytes read, then "checking" until the worker answers. When `signal` fires the worker is
 * ended at once and this rejects with `LoadCancelled`.
 */
export async function readDataset(request: LoadRequest, onProgress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<ReadDataset> {
	if (signal?.aborted) throw signal.reason;
	const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
	const sizes = [request.households, request.persons].map((f) => [f.name, f.file.size] as const);
	const total = sizes.reduce((sum, [, size]) => sum + size, 0);
	const done = new Map<string, number>();
	let stop = () => {};
	try {
		const result = await new Promise<Extract<LoadMessage, { type: 'accepted' }>>((resolve, reject) => {
			stop = () => reject(signal?.reason ?? new LoadCancelled());
			signal?.addEventListener('abort', stop, { once: true });
			worker.onerror = (e) => {
				e.preventDefault();
				reject(new Error(`The dataset reader stopped: ${e.message || 'it failed to start or ran out of memory'}`));
			};
			worker.onmessageerror = () => reject(new Error('The dataset reader sent an answer that could not be read.'));
			worker.onmessage = ({ data }: MessageEvent<LoadMessage>) => {
				if (data.type === 'progress') {
					done.set(data.file, Math.min(data.bytesDone, data.bytesTotal));
					const read = [...done.values()].reduce((sum, n) => sum + n, 0);
					if (total > 0 && read >= total) onProgress({ stage: 'checking', fraction: null });
					else onProgress({ stage: 'reading', file: data.file, fraction: total > 0 ? read / total : 0 });
				} else if (data.type === 'accepted') resolve(data);
				else if (data.type === 'refused') reject(new DatasetRefused(data.report));
				else reject(new Error(data.message));
			};
			worker.postMessage(request);
		});
		onProgress({ stage: 'installing', fraction: null });
		const tables = { households: tableFromIPCStream(result.households), persons: tableFromIPCStream(result.persons) };
		const name = String(result.report.manifest?.name ?? request.folder ?? request.households.name.replace(/\.\w+$/, ''));
		return { tables, info: { ...result.report.summary!, name, report: result.report } };
	} finally {
		signal?.removeEventListener('abort', stop);
		worker.terminate();
	}
}

/**
 * Installs a read dataset atomically in place of the current one, after the queries already queued. With a `token`,
 * the load commits just before the tables are swapped: cancelled before that, the engine keeps what it held.
 */
export async function installReadDataset(c: QueryCoordinator, read: ReadDataset, token?: LoadToken): Promise<DatasetInfo> {
	await c.exclusive((db) => installDataset(db, read.tables, { beforeSwap: () => token?.commit() }));
	return read.info;
}
