import { QueryCoordinator } from '$lib/db/coordinator';
import { datasetParams } from '$lib/rules/dataset-params';
import type { DatasetReport } from '$lib/data/load';
import { regionPopulation, type RegionPopulation } from '$lib/views/region-population';
import {
	DatasetRefused,
	installReadDataset,
	loadDataset,
	readEmbeddedDataset,
	readEmbeddedPreview,
	type DatasetInfo,
	type LoadProgress
} from '$lib/loading/load-dataset';
import { requestFromFiles } from '$lib/loading/pick-files';
import { readBundleFile } from '$lib/loading/read-bundle';
import { BUNDLE_EXTENSION } from '$lib/fast/prepared-bundle';
import { LiveSimulation } from './live.svelte';

/** DuckDB-Wasm in its worker, behind the query coordinator (loaded on demand: the module is 34 MB). */
function openEngine(): Promise<QueryCoordinator> {
	return import('$lib/db/browser-db').then(async (m) => new QueryCoordinator(await m.openBrowserDb()));
}

/** What the app is doing: starting the engine, loading data, ready, or failed (with a reason). */
export type SessionPhase = 'starting' | 'loading' | 'ready' | 'error';

/** A user's own dataset being loaded next to the current one: its progress, or why it was refused. */
export type UploadState =
	| { status: 'idle' }
	| { status: 'loading'; progress: LoadProgress }
	| { status: 'loaded'; name: string }
	| { status: 'refused'; report: DatasetReport }
	| { status: 'failed'; message: string };

/** The app's session: the one DuckDB connection, the loaded dataset and its first views. */
export class Session {
	phase = $state<SessionPhase>('starting');
	progress = $state<LoadProgress>({ stage: 'starting', fraction: 0 });
	error = $state<string | null>(null);
	dataset = $state<DatasetInfo | null>(null);
	/** What the shown dataset says about itself (`data.*`: the income index of its reference period). */
	readonly dataParams = $derived(datasetParams(this.dataset?.report.manifest?.reference_period).params);
	regions = $state<RegionPopulation[]>([]);
	upload = $state<UploadState>({ status: 'idle' });
	/** Counts installed datasets, so derived results know when the data under them changed. */
	generation = $state(0);
	/** DuckDB with the shown dataset's rows; null before it is up and while a prepared bundle is shown. */
	coordinator = $state.raw<QueryCoordinator | null>(null);
	/** The prepared bundle shown (its name), whose figures come from its index alone: views that read rows are off. */
	prepared = $state<string | null>(null);
	private engine: QueryCoordinator | null = null;
	/** Baseline and scenario kept evaluated over the loaded dataset (from the prepared index until DuckDB is up). */
	live: LiveSimulation | null = $state(null);

	/**
	 * Starts DuckDB-Wasm and loads the embedded dataset; on failure the phase says why, never a blank page.
	 * The dataset's summary and the build's prefix-index extract come first (a few hundred kB), so the dashboard
	 * shows the dataset and exact headline figures while DuckDB-Wasm compiles and the rows are installed.
	 */
	async start(): Promise<void> {
		try {
			this.phase = 'starting';
			this.error = null;
			this.live ??= new LiveSimulation();
			const preview = await readEmbeddedPreview();
			this.showDataset(preview.info);
			this.generation++;
			if (preview.extract) this.live.usePrepared(preview.extract, this.generation);
			// Compiling DuckDB-Wasm's 34 MB takes both cores for a while: let the dashboard paint first.
			await nextPaint();
			const engine = this.engine ? Promise.resolve(this.engine) : openEngine();
			engine.catch(() => {});
			const reading = readEmbeddedDataset(preview.info, (p) => (this.progress = p));
			reading.catch(() => {});
			this.engine = await engine;
			this.phase = 'loading';
			const read = await reading;
			this.progress = { stage: 'installing', fraction: 1 };
			await installReadDataset(this.engine, read);
			this.coordinator = this.engine;
			this.prepared = null;
			this.live.attach(this.engine);
			this.phase = 'ready';
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.phase = 'error';
		}
	}

	/** Loads the user's own files (or a prepared bundle) in place of the current dataset, which stays if they are refused. */
	async loadFiles(files: File[]): Promise<void> {
		if (!this.live || (!this.engine && !this.prepared)) return;
		const bundle = files.find((f) => f.name.toLowerCase().endsWith(BUNDLE_EXTENSION));
		if (bundle) return this.loadBundle(bundle, this.live);
		const picked = requestFromFiles(files);
		if ('missing' in picked) {
			this.upload = { status: 'failed', message: `Missing ${picked.missing}.` };
			return;
		}
		try {
			// After a bundle the engine was closed: open a fresh one (the bundle stays shown if the files are refused).
			this.upload = { status: 'loading', progress: { stage: 'starting', fraction: 0 } };
			const engine = (this.engine ??= await openEngine());
			this.upload = { status: 'loading', progress: { stage: 'reading', fraction: 0 } };
			const info = await loadDataset(engine, picked.request, (p) => (this.upload = { status: 'loading', progress: p }));
			this.showDataset(info);
			this.coordinator = engine;
			this.prepared = null;
			this.live.attach(engine);
			this.generation++;
			this.upload = { status: 'loaded', name: info.name };
		} catch (e) {
			this.upload =
				e instanceof DatasetRefused
					? { status: 'refused', report: e.report }
					: { status: 'failed', message: e instanceof Error ? e.message : String(e) };
		}
	}

	/** Shows a prepared bundle (`npm run bundle`): its summary, and figures from indexes built from its household columns (no DuckDB rows). */
	private async loadBundle(file: File, live: LiveSimulation): Promise<void> {
		const progress = (fraction: number) => (this.upload = { status: 'loading', progress: { stage: 'reading', file: file.name, fraction } });
		progress(0);
		try {
			const bundle = await readBundleFile(file, progress);
			const generation = this.generation + 1;
			// The law's index is built from the columns by the next update (busy meanwhile), as after a rule switch.
			live.useColumns(bundle.columns, generation);
			live.detach();
			this.coordinator = null;
			this.closeEngine();
			this.prepared = bundle.name;
			this.showDataset({ ...bundle.report.summary!, name: bundle.name, report: bundle.report });
			this.generation = generation;
			this.upload = { status: 'loaded', name: bundle.name };
		} catch (e) {
			this.upload = { status: 'failed', message: `${file.name}: ${e instanceof Error ? e.message : String(e)}.` };
		}
	}

	// DuckDB-Wasm's heap keeps the previous dataset's rows (a Wasm heap never shrinks): with a bundle shown, the
	// worker is ended to give the browser its memory back, and `loadFiles` opens a new one when rows come again.
	private closeEngine(): void {
		const engine = this.engine;
		this.engine = null;
		engine?.close().catch(() => {});
	}

	private showDataset(info: DatasetInfo): void {
		this.dataset = info;
		this.regions = regionPopulation(info);
	}
}

/** Resolves once the browser has painted the current state, or after 200 ms (a hidden tab gets no frames). */
function nextPaint(): Promise<void> {
	if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
	return new Promise((done) => {
		setTimeout(done, 200);
		requestAnimationFrame(() => requestAnimationFrame(() => done()));
	});
}
