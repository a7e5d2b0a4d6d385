// `npm run bundle -- --data <folder> [--out <file>] [--engine native|wasm]`: reduces a dataset too large for the browser's heap (the national
// one: 5.6 M households) to a prepared bundle the app opens in seconds: one Arrow IPC stream of the household columns
// the rules read, in income order with each one's consumer rank, carrying its manifest (the contract's check report,
// the summary, the format and contract versions), which is also written beside it as <name>.komek.json. From the
// columns the app builds the prefix index of any structure (exact figures for every fast slider and rule switch).
// The folder is checked by the same validator as `npm run validate` first; nothing is written if it is refused.
// Native DuckDB (installed on demand) does the work by default; `--engine wasm` uses the app's own DuckDB-Wasm,
// which needs no download but holds only datasets of up to about a million households.
// Exit 0 written, 1 refused or failed, 2 bad arguments.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { installDataset } from '../src/lib/data/dataset';
import { readDatasetFolder } from '../src/lib/data/load-folder-node';
import { openNodeDb } from '../src/lib/db/node-db';
import { DatasetError } from '../src/lib/data/problems';
import { extractFromColumns, keptPasses, withConsumers } from '../src/lib/fast/extract-columns';
import { readHouseholdColumns } from '../src/lib/fast/household-columns';
import { buildPrefixIndex } from '../src/lib/fast/prefix-index';
import { BUNDLE_EXTENSION, MANIFEST_EXTENSION, bundleManifest, decodeBundle, encodeBundle } from '../src/lib/fast/prepared-bundle';
import { datasetParams, learningBaseline } from '../src/lib/rules/dataset-params';
import { resolveScenario } from '../src/lib/rules/scenario';
import type { Totals } from '../src/lib/sim/result';
import { evaluateInto, summarizeEvaluation } from '../src/lib/sim/simulate';
import { YearIndex } from '../src/lib/fast/year-index';
import { DEFAULT_STATE } from '../src/lib/state/url-state';
import { arg } from './args';
import { Progress } from './progress';
import { openNativeDb, readDatasetFiles } from './native-db';

/** The headline figures a bundle must reproduce to the tenge. */
const HEADLINE: [string, (t: Totals) => number][] = [
	['TSA annual cost', (t) => t.tsa.expected_annual_cost_kzt],
	['TSA eligible households', (t) => t.tsa.eligible_households],
	['local annual cost', (t) => t.local.annual_cost_kzt]
];

// The stage, the share done and the time left (rough shares of a national bundle's time), with the messages between.
const progress = new Progress({
	label: 'bundle',
	weights: { checking: 5, 'reading into DuckDB': 2, 'reading the household columns': 2, 'evaluating and checking the index': 4, writing: 1 }
});
const log = (message: string) => progress.note(`bundle: ${message}`);

/** Bytes of the dataset's files, for the share of the check done. */
function datasetBytes(folder: string): number {
	return readdirSync(folder)
		.filter((f) => /^(households|persons)\.(csv|parquet)$/.test(f))
		.reduce((n, f) => n + statSync(join(folder, f)).size, 0);
}
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const folder = arg(args, 'data');
	if (!folder) {
		console.error(`usage: npm run bundle -- --data <folder> [--out <file${BUNDLE_EXTENSION}>] [--engine native|wasm]`);
		return 2;
	}
	const engine = arg(args, 'engine') ?? 'native';
	if (engine !== 'native' && engine !== 'wasm') {
		console.error(`bundle: --engine is native or wasm, not ${engine}`);
		return 2;
	}
	const name = basename(resolve(folder));
	const out = arg(args, 'out') ?? join(folder, `${name}${BUNDLE_EXTENSION}`);

	let t = performance.now();
	log(`checking ${folder} against the contract (as npm run validate)…`);
	progress.stage('checking');
	const stopHeartbeat = progress.heartbeat();
	const totalBytes = datasetBytes(folder);
	const bytesRead = new Map<string, number>();
	let read: Awaited<ReturnType<typeof readDatasetFolder>> | null;
	try {
		read = await readDatasetFolder(folder, (file, done) => {
			bytesRead.set(file, done);
			progress.update(
				[...bytesRead.values()].reduce((a, b) => a + b, 0),
				totalBytes
			);
		});
	} catch (e) {
		stopHeartbeat();
		if (!(e instanceof DatasetError)) throw e;
		for (const p of e.problems.slice(0, 20))
			progress.note(`  ✗ ${p.file} | row ${p.row ?? '-'} | column ${p.column ?? '-'}: ${p.message} (fix: ${p.hint})`);
		log(
			`${folder} refused (${e.problems.length} problems shown above); run npm run validate -- --data ${folder} for the full report. Nothing written.`
		);
		return 1;
	}
	const report = read.report;
	log(`accepted in ${seconds(t)}: ${report.summary!.households} households, ${report.summary!.persons} persons`);

	const db = engine === 'native' ? await openNativeDb() : await openNodeDb();
	try {
		t = performance.now();
		progress.stage('reading into DuckDB');
		if (engine === 'native') {
			read = null; // the checked Arrow tables are not needed: native DuckDB reads the files itself
			await readDatasetFiles(db, folder);
		} else await installDataset(db, read);
		log(`read into ${engine} DuckDB in ${seconds(t)}`);
		// As the app does: every scenario carries the dataset's own parameters (its income index).
		const own = datasetParams(report.manifest?.reference_period).params;
		const scenario = resolveScenario({ name: 'law', year: DEFAULT_STATE.year, params: { ...own, ...DEFAULT_STATE.overrides } });
		const law = learningBaseline(DEFAULT_STATE.year, scenario.params);
		t = performance.now();
		progress.stage('reading the household columns');
		const columns = withConsumers(await readHouseholdColumns(db, law));
		log(`household columns read in ${seconds(t)}`);

		// The bundle must answer as the full evaluation does: the index the app builds from the columns, against the
		// headline figures of the full SQL evaluation at the law.
		t = performance.now();
		progress.stage('evaluating and checking the index');
		const full = await summarizeEvaluation(db, scenario, 'bundle_check', await evaluateInto(db, scenario, 'bundle_check'));
		let index = new YearIndex([]);
		const structures = index.missing(scenario.year, scenario.params, law);
		for (const params of structures)
			index = index.with(buildPrefixIndex(extractFromColumns(columns, params, { baseline: law })), scenario.year, scenario.params, law);
		const fast = index.figures(scenario.year, scenario.params, law);
		for (const [label, of] of HEADLINE)
			if (Math.abs(of(fast.totals) - of(full.totals)) > 1) {
				log(
					`the index built from the household columns disagrees with the full evaluation on ${label} (${of(fast.totals)} against ${of(full.totals)}): nothing written`
				);
				return 1;
			}
		log(`figures checked against the full SQL evaluation in ${seconds(t)}: equal to the tenge`);

		progress.stage('writing');
		// The law's costly passes go in the bundle: the page then builds the law's index without evaluating every family.
		const passes = structures.flatMap((params) => keptPasses(columns, params, law));
		const bundle = {
			name,
			report,
			columns,
			passes: passes.filter((p, i) => passes.findIndex((q) => q.slot === p.slot && q.key === p.key) === i)
		};
		const bytes = encodeBundle(bundle);
		// Read back as the app reads it before anything is written: a bundle that would not open is never left behind.
		if (decodeBundle(bytes).columns.n !== columns.n) throw new Error('the bundle written does not read back');
		writeFileSync(out, bytes);
		const manifest = out.endsWith(BUNDLE_EXTENSION) ? out.slice(0, -BUNDLE_EXTENSION.length) + MANIFEST_EXTENSION : `${out}.json`;
		writeFileSync(manifest, JSON.stringify(bundleManifest(bundle), null, 2) + '\n');
		progress.finish('done');
		log(
			`wrote ${out} (${(bytes.length / 2 ** 20).toFixed(0)} MB, Arrow IPC stream) and its manifest ${manifest}: open the bundle in the app under "Your own data", "Choose files"`
		);
		return 0;
	} finally {
		stopHeartbeat();
		await db.close();
	}
}

main().then(
	(code) => (process.exitCode = code),
	(e) => {
		log(`failed: ${(e as Error).message}`);
		process.exitCode = 1;
	}
);
