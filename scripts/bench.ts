// `npm run bench`: speed of the slider path on the embedded dataset, each figure with a baseline measured in
// the same run (machines here are shared and noisy). Writes bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { installDataset, type DatasetTables } from '../src/lib/data/dataset';
import type { Db } from '../src/lib/db/db';
import { readDatasetFolder } from '../src/lib/data/load-folder-node';
import { openNodeDb } from '../src/lib/db/node-db';
import { extractStructure } from '../src/lib/fast/extract';
import { buildPrefixIndex } from '../src/lib/fast/prefix-index';
import { baselineFor } from '../src/lib/rules/baseline';
import { resolveScenario, type ResolvedScenario } from '../src/lib/rules/scenario';
import { evaluateInto, summarizeEvaluation } from '../src/lib/sim/simulate';
import { benchBrowser } from './bench/browser';
import { benchNationalEngine } from './bench/national';
import { benchNationalBrowser } from './bench/national-browser';
import { openNativeDb } from './native-db';
import { stats } from './bench/stats';

const POSITIONS = 40;

/** Slider positions of the poverty-line share between 0.5 and 1.2 (seeded, so each run measures the same). */
function positions(n: number): number[] {
	let x = 12345;
	return Array.from({ length: n }, () => {
		x = (x * 1103515245 + 12345) % 2 ** 31;
		return Math.round((0.5 + (0.7 * x) / 2 ** 31) * 1000) / 1000;
	});
}

/** The naive path: evaluate every household again and sum, as the SQL engine does on release. */
async function naive(db: Db, s: ResolvedScenario): Promise<number> {
	const t = performance.now();
	const notices = await evaluateInto(db, s, 'bench_eval');
	await summarizeEvaluation(db, s, 'bench_eval', notices);
	return performance.now() - t;
}

/** Native DuckDB on the same tables, or why it could not be measured (it is installed on demand, see native-db.ts). */
async function openNative(tables: DatasetTables): Promise<{ db: Db } | { reason: string }> {
	try {
		const db = await openNativeDb();
		await installDataset(db, tables);
		return { db };
	} catch (e) {
		return { reason: `native DuckDB unavailable: ${(e as Error).message.split('\n')[0]}` };
	}
}

async function engine() {
	const tables = await readDatasetFolder('datasets/embedded');
	const db = await openNodeDb();
	await installDataset(db, tables);
	const native = await openNative(tables);
	const law = baselineFor(2026);
	const at = (share: number) =>
		resolveScenario({ name: 'bench', year: 2026, params: { 'tsa.poverty_line.pm_share': share, 'takeup.mode': 'observed' } });
	await evaluateInto(db, at(0.7), 'bench_eval'); // warm: features and cached tables
	if ('db' in native) await evaluateInto(native.db, at(0.7), 'bench_eval');
	const t0 = performance.now();
	const extract = await extractStructure(db, at(0.7).params, { baseline: law });
	const index = buildPrefixIndex(extract);
	const index_build_ms = performance.now() - t0;
	const fast: number[] = [];
	const sql: number[] = [];
	const nativeSql: number[] = [];
	for (const share of positions(POSITIONS)) {
		const s = at(share);
		const t = performance.now();
		index.figures(s.params, law);
		fast.push(performance.now() - t);
		sql.push(await naive(db, s));
		if ('db' in native) nativeSql.push(await naive(native.db, s));
	}
	await db.close();
	if ('db' in native) await native.db.close();
	const fast_ms = stats(fast);
	const sql_ms = stats(sql);
	const native_duckdb_ms = 'db' in native ? stats(nativeSql) : { status: 'not measured', reason: native.reason };
	const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
	return {
		fast_ms,
		sql_ms,
		native_duckdb_ms,
		index_build_ms: Math.round(index_build_ms),
		// What the index holds per household it indexes: the figure that decides whether a national index fits.
		index_bytes_per_household: Math.round(index.bytes / Math.max(1, extract.pcIncome.length)),
		ratio_p50: ratio(sql_ms.p50, fast_ms.p50),
		ratio_native_to_fast_p50: 'p50' in native_duckdb_ms ? ratio(native_duckdb_ms.p50, fast_ms.p50) : null
	};
}

/** The national figures in the shape: the browser's from the prepared bundle, the baselines from the engine run. */
async function national() {
	const engine = await benchNationalEngine(positions(POSITIONS), 5);
	if (engine.households === undefined || engine.native_duckdb_ms === undefined)
		return { status: 'not measured', reason: engine.reason, engine };
	const browser = await benchNationalBrowser(POSITIONS, engine.households);
	const measured = browser.slider_ms !== undefined;
	const notMeasured = (reason: string) => ({ status: 'not measured', reason });
	return {
		households: engine.households,
		persons: engine.persons,
		slider_ms: measured ? browser.slider_ms : notMeasured(browser.reason),
		release_exact_ms: measured ? browser.release_exact_ms : notMeasured(browser.reason),
		// Click to the repainted headline figure: the new structure's index built from the bundle's household columns.
		rule_toggle_ms: measured ? browser.rule_toggle_ms : notMeasured(browser.reason),
		// The same clicks apart: the test turned on (its index built) and back to the law (the law's index kept).
		rule_toggle_to_test_ms: measured ? browser.rule_toggle_to_test_ms : notMeasured(browser.reason),
		rule_toggle_back_ms: measured ? browser.rule_toggle_back_ms : notMeasured(browser.reason),
		naive_ms: engine.naive_ms,
		native_duckdb_ms: engine.native_duckdb_ms,
		load_ms: measured ? browser.load_ms : null,
		// All of chromium with every view drawn: the proportional set sizes of its processes summed (shared pages once).
		heap_mb: measured ? browser.all_views_memory_mb.pss_mb : null,
		long_tasks_during_drag: measured ? browser.long_tasks_during_drag : null,
		views_available: measured ? browser.views_available : [],
		all_views_after_toggle_ms: measured ? browser.all_views_after_toggle_ms : notMeasured(browser.reason),
		all_views_slider_ms: measured ? browser.all_views_slider_ms : notMeasured(browser.reason),
		// The same with the withheld views turned on (the notice's button): their figures once changes pause.
		withheld_views_on: measured ? browser.withheld_views_on : notMeasured(browser.reason),
		ratio_native_to_slider_p50: browser.slider_ms ? Math.round(engine.native_duckdb_ms.p50 / browser.slider_ms.p50) : null,
		// The same switch in native DuckDB: the structure's extract by SQL and its index (engine.rule_toggle_native_ms).
		ratio_native_to_rule_toggle_p50:
			browser.rule_toggle_ms && engine.rule_toggle_native_ms
				? Math.round((engine.rule_toggle_native_ms / browser.rule_toggle_ms.p50) * 10) / 10
				: null,
		browser,
		engine
	};
}

const results = {
	date: new Date().toISOString(),
	machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
	// Shared machines: the load at the start says how much else was running; compare ratios, not absolutes.
	load_average_1min: Math.round(loadavg()[0] * 10) / 10,
	note:
		'engine and embedded: the embedded dataset (31 999 households). national: the national dataset; its engine figures in Node ' +
		'(native DuckDB reads the CSVs; DuckDB-Wasm tried for the naive baseline), its browser figures in headless chromium from the ' +
		'prepared bundle (npm run bundle). Engine figures: DuckDB-Wasm in Node and native DuckDB (@duckdb/node-api) on the same tables ' +
		'and queries; browser figures: headless chromium.',
	engine: await engine(),
	embedded: await benchBrowser(positions(20)),
	national: await national()
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
