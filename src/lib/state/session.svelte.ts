import { QueryCoordinator } from '$lib/db/coordinator';
import { EngineFailure, messageOf, Watchdog, type EngineFailureKind } from '$lib/db/watchdog';
import { datasetParams } from '$lib/rules/dataset-params';
import type { DatasetReport } from '$lib/data/load';
import { regionPopulation, type RegionPopulation } from '$lib/data/region-population';
import {
	DatasetRefused,
	installReadDataset,
	readDataset,
	readEmbeddedDataset,
	readEmbeddedPreview,
	type DatasetInfo,
	type LoadProgress,
	type ReadDataset
} from '$lib/loading/load-dataset';
import { isCancelled, LoadTokens, untilCancelled, type LoadToken } from '$lib/loading/load-token';
import { requestFromFiles } from '$lib/loading/pick-files';
import type { LoadRequest } from '$lib/loading/protocol';
import { readBundleFile } from '$lib/loading/read-bundle';
import { isBundleFileName } from '$lib/fast/prepared-bundle';
import { LiveSimulation } from './live.svelte';
import { columnAnswersIdle } from './figures.svelte';
import { nextFrame } from './next-frame';

/** The longest a cold start holds DuckDB-Wasm back while the views answer from the household columns. */
const VIEWS_FIRST_MS = 2500;

/**
 * What the app is doing: starting the engine, loading the shown dataset into it, ready, the engine failed (the
 * dataset stays shown, answered by its index; Retry), or failed with nothing to show (a reason, Retry).
 */
export type SessionPhase = 'starting' | 'loading' | 'ready' | 'engine-failed' | 'error';

/** The engine behind the shown dataset: starting, installing it, up, off (a prepared bundle needs none), or failed. */
export type EngineState =
	| { status: 'starting' }
	| { status: 'installing' }
	| { status: 'up' }
	| { status: 'off' }
	| { status: 'failed'; kind: EngineFailureKind; message: string };

/** A user's own dataset being loaded next to the current one: its progress, or how it ended. */
export type UploadState =
	| { status: 'idle' }
	| { status: 'loading'; progress: LoadProgress }
	| { status: 'loaded'; name: string }
	| { status: 'cancelled' }
	| { status: 'refused'; report: DatasetReport }
	| { status: 'failed'; message: string };

/** Where the shown dataset came from, so a restarted engine can install it again. */
type DatasetSource = { kind: 'embedded'; info: DatasetInfo } | { kind: 'files'; request: LoadRequest } | { kind: 'bundle' };

/**
 * The app's session: the one DuckDB connection, the loaded dataset and its first views.
 *
 * Every load (the embedded dataset at start, the user's files or bundle, a Retry) is a transaction with a token: the
 * latest one wins, an earlier one is cancelled (its progress is no longer shown and its result never installed), and
 * nothing the user sees or the engine holds changes until the new dataset is wholly read and checked. The engine is
 * watched (db/watchdog.ts): when it fails, the shown dataset stays, answered by its index where it can be, and
 * Retry starts a new engine and installs the dataset again.
 */
export class Session {
	engine = $state<EngineState>({ status: 'starting' });
	/** Set when there is nothing to show at all (the dataset's own files could not be read). */
	private fatal = $state<string | null>(null);
	readonly phase = $derived<SessionPhase>(phaseOf(this.fatal, this.engine));
	readonly error = $derived(this.fatal ?? (this.engine.status === 'failed' ? this.engine.message : null));
	progress = $state<LoadProgress>({ stage: 'starting', fraction: null });
	dataset = $state<DatasetInfo | null>(null);
	/** What the shown dataset says about itself (`data.*`: the income index of its reference period). */
	readonly dataParams = $derived(datasetParams(this.dataset?.report.manifest?.reference_period).params);
	regions = $state<RegionPopulation[]>([]);
	upload = $state<UploadState>({ status: 'idle' });
	/** Counts installed datasets, so derived results know when the data under them changed. */
	generation = $state(0);
	/** DuckDB with the shown dataset's rows; null before it is up, after it failed and while a prepared bundle is shown. */
	coordinator = $state.raw<QueryCoordinator | null>(null);
	/** The prepared bundle shown (its name): its figures come from its index and household columns, with no rows in DuckDB. */
	prepared = $state<string | null>(null);
	/** Baseline and scenario kept evaluated over the loaded dataset (from the prepared index until DuckDB is up). */
	live: LiveSimulation | null = $state(null);
	private source: DatasetSource | null = null;
	/** The engine open now (it may hold no dataset yet), and the one being opened. */
	private engineNow: QueryCoordinator | null = null;
	private opening: Promise<QueryCoordinator> | null = null;
	private readonly loads = new LoadTokens();

	/** True while the user's load can still be stopped (before it starts to replace the shown dataset). */
	get cancellable(): boolean {
		return this.upload.status === 'loading' && this.upload.progress.stage !== 'installing';
	}

	/**
	 * Starts DuckDB-Wasm and loads the embedded dataset; on failure the phase says why, never a blank page.
	 * The dataset's summary and the build's prefix-index extract come first (a few hundred kB), so the dashboard
	 * shows the dataset and exact headline figures while DuckDB-Wasm compiles and the rows are installed.
	 */
	async start(): Promise<void> {
		const token = this.loads.begin();
		this.fatal = null;
		this.engine = { status: 'starting' };
		this.progress = { stage: 'starting', fraction: null };
		this.live ??= new LiveSimulation(null, {
			householdViewsMax: numberOfPage('__komekHouseholdViewsMax'),
			sqlIdleMs: numberOfPage('__komekSqlIdleMs')
		});
		try {
			const preview = await readEmbeddedPreview();
			token.check();
			this.showDataset(preview.info);
			this.source = { kind: 'embedded', info: preview.info };
			this.generation++;
			if (preview.extract) this.live.usePrepared(preview.extract, this.generation);
			// The headline and the map paint from the index before the household columns are decoded; compiling DuckDB-Wasm's
			// 34 MB takes both cores for a while, so it waits for the views to answer from the columns (up to VIEWS_FIRST_MS).
			const columns = nextFrame(200).then(preview.readColumns);
			this.live.useColumnsWhenRead(columns, this.generation);
			await Promise.race([columns.then(() => nextFrame(200)).then(columnAnswersIdle), delay(VIEWS_FIRST_MS)]);
			await this.installSource(this.source, token);
		} catch (e) {
			if (isCancelled(e)) return;
			if (this.dataset) this.engineFailed(null, failureOf(e));
			else this.fatal = messageOf(e);
		}
	}

	/**
	 * Starts a new engine and installs the shown dataset in it again (after the engine failed). Meanwhile the dataset
	 * stays shown and its index answers; a failure again leaves the same state with Retry.
	 */
	async retry(): Promise<void> {
		const source = this.source;
		if (!source || !this.live || this.fatal !== null) return this.start();
		const token = this.loads.begin();
		if (this.upload.status === 'loading') this.upload = { status: 'idle' };
		if (source.kind === 'bundle') {
			this.engine = { status: 'off' }; // a bundle needs no engine: one opens when files come
			return;
		}
		this.engine = { status: 'starting' };
		this.progress = { stage: 'starting', fraction: null };
		try {
			await this.installSource(source, token);
		} catch (e) {
			if (!isCancelled(e)) this.engineFailed(null, failureOf(e));
		}
	}

	/** Stops the user's load in progress; the shown dataset stays as it is. */
	cancelLoad(): void {
		if (this.cancellable && this.loads.cancel()) this.upload = { status: 'cancelled' };
	}

	/** Loads the user's own files (or a prepared bundle) in place of the current dataset, which stays if they are refused. */
	async loadFiles(files: File[]): Promise<void> {
		const live = this.live;
		if (!live || !this.dataset) return;
		const bundle = files.find((f) => isBundleFileName(f.name));
		const token = this.loads.begin();
		if (bundle) return this.loadBundle(bundle, live, token);
		const picked = requestFromFiles(files);
		if ('missing' in picked) {
			this.upload = { status: 'failed', message: `Missing ${picked.missing}.` };
			return;
		}
		const show = (progress: LoadProgress) => {
			if (token.current) this.upload = { status: 'loading', progress };
		};
		try {
			show({ stage: 'reading', file: picked.request.households.name, fraction: 0 });
			// The files are read and checked while the engine starts (after a bundle it was closed).
			const opening = this.openEngine();
			opening.catch(() => {});
			const read = await readDataset(picked.request, show, token.signal);
			token.check();
			const engine = await untilCancelled(opening, token.signal);
			await installReadDataset(engine, read, token);
			// Committed: the engine holds it now, so it is shown even if a newer load began meanwhile (that one
			// installs after it).
			this.source = { kind: 'files', request: picked.request };
			this.useEngine(engine, live);
			this.showDataset(read.info);
			this.prepared = null;
			this.generation++;
			if (this.loads.isLatest(token)) this.upload = { status: 'loaded', name: read.info.name };
		} catch (e) {
			if (isCancelled(e) || !this.loads.isLatest(token)) return;
			this.upload = e instanceof DatasetRefused ? { status: 'refused', report: e.report } : { status: 'failed', message: messageOf(e) };
		}
	}

	/**
	 * Shows a prepared bundle (`npm run bundle`): its summary, and figures from indexes built from its household
	 * columns (no DuckDB rows). The whole file is read and checked first: a damaged one changes nothing.
	 */
	private async loadBundle(file: File, live: LiveSimulation, token: LoadToken): Promise<void> {
		const show = (stage: 'reading' | 'checking', fraction: number) => {
			if (token.current) this.upload = { status: 'loading', progress: { stage, file: file.name, fraction } };
		};
		show('reading', 0);
		// The engine is ended now, so its memory is given back while the bundle is read (ended after the check, its
		// teardown fell on the law's first index: about 200 MB more then on the national bundle, and the cores shared).
		// The shown dataset stays, answered by its index and household columns; a bundle refused or cancelled opens the
		// engine again.
		this.releaseEngine(live);
		try {
			const bundle = await readBundleFile(file, show, token.signal);
			token.commit();
			const generation = this.generation + 1;
			// The law's index is built from the columns by the next update (busy meanwhile), as after a rule switch.
			live.useColumns(bundle.columns, generation);
			this.source = { kind: 'bundle' };
			this.prepared = bundle.name;
			this.showDataset({ ...bundle.report.summary!, name: bundle.name, report: bundle.report });
			this.generation = generation;
			this.upload = { status: 'loaded', name: bundle.name };
		} catch (e) {
			const latest = this.loads.isLatest(token); // a newer load opens the engine it needs
			if (!isCancelled(e) && latest) this.upload = { status: 'failed', message: `${file.name}: ${messageOf(e)}.` };
			if (latest) void this.retry();
		}
	}

	/** Ends the engine (a bundle needs none): the live simulation answers from the index and the household columns. */
	private releaseEngine(live: LiveSimulation): void {
		live.detach();
		this.coordinator = null;
		this.closeEngine();
		this.engine = { status: 'off' };
		// One still opening (a bundle picked while the app starts) is ended once open, unless wanted again meanwhile.
		this.opening?.then(
			(engine) => this.engine.status === 'off' && this.engineNow === engine && this.closeEngine(),
			() => {}
		);
	}

	/** Opens the engine and installs `source` in it (read while the engine starts), then hands the views over to it. */
	private async installSource(source: Exclude<DatasetSource, { kind: 'bundle' }>, token: LoadToken): Promise<void> {
		const live = this.live!;
		const progress = (p: LoadProgress) => {
			if (token.current) this.progress = p;
		};
		const opening = this.openEngine();
		opening.catch(() => {});
		const reading: Promise<ReadDataset> =
			source.kind === 'embedded' ? readEmbeddedDataset(source.info, progress) : readDataset(source.request, progress, token.signal);
		reading.catch(() => {});
		const engine = await untilCancelled(opening, token.signal);
		token.check();
		this.engine = { status: 'installing' };
		const read = await untilCancelled(reading, token.signal);
		progress({ stage: 'installing', fraction: null });
		await installReadDataset(engine, read, token);
		this.useEngine(engine, live);
	}

	/** The engine open now, or a new one (watched: its failure comes to `engineFailed`). */
	private openEngine(): Promise<QueryCoordinator> {
		if (this.engineNow && !this.engineNow.failure) return Promise.resolve(this.engineNow);
		this.opening ??= (async () => {
			const watchdog = new Watchdog();
			const { openBrowserDb } = await import('$lib/db/browser-db');
			const engine = new QueryCoordinator(await openBrowserDb(watchdog), watchdog);
			this.engineNow = engine;
			engine.onFailure((failure) => this.engineFailed(engine, failure));
			return engine;
		})().finally(() => (this.opening = null));
		return this.opening;
	}

	/** The views read from `engine` from now on: it holds the shown dataset. */
	private useEngine(engine: QueryCoordinator, live: LiveSimulation): void {
		this.coordinator = engine;
		live.attach(engine);
		this.engine = { status: 'up' };
	}

	/**
	 * The engine failed (a worker error, a missed deadline, out of memory, or it could not start). The shown dataset
	 * stays: its index (and household columns, once read) go on answering the headline, regions and rule switches;
	 * the views that read rows keep their last figures and wait. A bundle needs no engine: then nothing changes.
	 */
	private engineFailed(engine: QueryCoordinator | null, failure: EngineFailure): void {
		if (engine && engine !== this.engineNow) return; // one already replaced
		if (engine) this.closeEngine();
		if (this.source?.kind === 'bundle') return;
		this.coordinator = null;
		this.live?.detach();
		this.engine = { status: 'failed', kind: failure.kind, message: failure.message };
	}

	// DuckDB-Wasm's heap keeps the previous dataset's rows (a Wasm heap never shrinks): with a bundle shown, the
	// worker is ended to give the browser its memory back, and `loadFiles` opens a new one when rows come again.
	private closeEngine(): void {
		const engine = this.engineNow;
		this.engineNow = null;
		engine?.close().catch(() => {});
	}

	private showDataset(info: DatasetInfo): void {
		this.dataset = info;
		this.regions = regionPopulation(info);
	}
}

function phaseOf(fatal: string | null, engine: EngineState): SessionPhase {
	if (fatal !== null) return 'error';
	switch (engine.status) {
		case 'starting':
			return 'starting';
		case 'installing':
			return 'loading';
		case 'failed':
			return 'engine-failed';
		default:
			return 'ready';
	}
}

/** An engine failure as such; anything else thrown on the way up is a start-up failure with its message. */
function failureOf(e: unknown): EngineFailure {
	return e instanceof EngineFailure ? e : new EngineFailure('start-failed', messageOf(e));
}

/** Resolves after `ms`. */
function delay(ms: number): Promise<void> {
	return new Promise((done) => setTimeout(done, ms));
}

/**
 * A number a test or the benchmark sets on `window` before the app starts, else undefined (the default):
 * `__komekHouseholdViewsMax` (to see a national bundle's notice on a small one), `__komekSqlIdleMs` (0: the SQL
 * evaluation after every change, the benchmark's baseline).
 */
function numberOfPage(name: '__komekHouseholdViewsMax' | '__komekSqlIdleMs'): number | undefined {
	const set = (globalThis as Record<string, unknown>)[name];
	return typeof set === 'number' ? set : undefined;
}
