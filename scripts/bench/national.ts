// National half of the benchmark, at engine level in Node: the national dataset (made first if missing) read by
// native DuckDB, the fast index built from it, and the slider figures timed against full re-evaluation in native
// DuckDB and, when its heap holds the data, DuckDB-Wasm. The browser figures for national are not measured yet.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../src/lib/db/db';
import { openNodeDb } from '../../src/lib/db/node-db';
import { extractStructure } from '../../src/lib/fast/extract';
import { buildPrefixIndex } from '../../src/lib/fast/prefix-index';
import { baselineFor } from '../../src/lib/rules/baseline';
import { resolveScenario, type ResolvedScenario } from '../../src/lib/rules/scenario';
import { evaluateInto, summarizeEvaluation } from '../../src/lib/sim/simulate';
import { openNativeDb, readDatasetFiles } from '../native-db';
import { stats } from './stats';

const FOLDER = 'datasets/national';
/** Makes the national dataset with the repository's generator when it is not there (about 2 minutes). */
function ensureNationalDataset(): void {
	if (existsSync(join(FOLDER, 'households.csv')) && existsSync(join(FOLDER, 'persons.csv'))) return;
	console.error('bench: making the national dataset (npm run datasets:national)…');
	execFileSync('npm', ['run', 'datasets:national'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function timeNaive(db: Db, s: ResolvedScenario): Promise<{ ms: number; cost: number }> {
	const t = performance.now();
	const notices = await evaluateInto(db, s, 'bench_eval');
	const result = await summarizeEvaluation(db, s, 'bench_eval', notices);
	return { ms: performance.now() - t, cost: result.totals.tsa.expected_annual_cost_kzt };
}

/** The national engine figures, or why they could not be measured. */
export async function benchNationalEngine(positions: number[], naivePositions: number) {
	ensureNationalDataset();
	let db: Db;
	try {
		db = await openNativeDb();
	} catch (e) {
		return { status: 'not measured', reason: `native DuckDB unavailable: ${(e as Error).message.split('\n')[0]}` };
	}
	try {
		let t = performance.now();
		await readDatasetFiles(db, FOLDER);
		const load_ms = performance.now() - t;
		const [counts] = await db.query('SELECT (SELECT count(*) FROM households) AS households, (SELECT count(*) FROM persons) AS persons');
		const law = baselineFor(2026);
		const at = (share: number) => resolveScenario({ name: 'bench', year: 2026, params: { 'tsa.poverty_line.pm_share': share, 'takeup.mode': 'observed' } });
		t = performance.now();
		await evaluateInto(db, at(0.7), 'bench_eval'); // builds the household features and the cached tables
		const first_evaluation_ms = performance.now() - t;
		t = performance.now();
		const extract = await extractStructure(db, at(0.7).params, { baseline: law });
		const extract_ms = performance.now() - t;
		t = performance.now();
		const index = buildPrefixIndex(extract);
		const index_build_ms = performance.now() - t;

		const fast: number[] = [];
		for (const share of positions) {
			const s = at(share);
			const t0 = performance.now();
			index.figures(s.params, law);
			fast.push(performance.now() - t0);
		}
		// Fewer full re-evaluations (each reads every household); each one also checks the index against it.
		const naive: number[] = [];
		let worstDifferenceKzt = 0;
		for (const share of positions.slice(0, naivePositions)) {
			const s = at(share);
			const run = await timeNaive(db, s);
			naive.push(run.ms);
			worstDifferenceKzt = Math.max(worstDifferenceKzt, Math.abs(run.cost - index.figures(s.params, law).totals.tsa.expected_annual_cost_kzt));
		}
		const fast_ms = stats(fast);
		const native_duckdb_ms = stats(naive);
		await db.close();
		const wasm = await naiveInWasm(positions.slice(0, naivePositions), at);
		return {
			households: Number(counts.households),
			persons: Number(counts.persons),
			engine: 'Node: native DuckDB reads the CSVs and evaluates the rules; the fast index is the one the app uses',
			native_load_ms: Math.round(load_ms),
			first_evaluation_ms: Math.round(first_evaluation_ms),
			rule_toggle_native_ms: Math.round(extract_ms + index_build_ms),
			extract_ms: Math.round(extract_ms),
			index_build_ms: Math.round(index_build_ms),
			indexed_households: extract.pcIncome.length,
			index_mb: Math.round(index.bytes / 2 ** 20),
			index_bytes_per_household: Math.round(index.bytes / Math.max(1, extract.pcIncome.length)),
			fast_ms,
			native_duckdb_ms,
			ratio_native_to_fast_p50: Math.round(native_duckdb_ms.p50 / fast_ms.p50),
			naive_ms: 'reason' in wasm ? { status: 'not measured', reason: wasm.reason } : wasm.naive_ms,
			wasm_load_ms: 'reason' in wasm ? null : wasm.load_ms,
			ratio_naive_to_fast_p50: 'reason' in wasm ? null : Math.round(wasm.naive_ms.p50 / fast_ms.p50),
			// Expected annual TSA cost, fast index against the full evaluation: equal to the tenge is the goal.
			worst_difference_kzt: Math.round(worstDifferenceKzt * 100) / 100
		};
	} catch (e) {
		await db.close().catch(() => {});
		throw e;
	}
}

/** The same full re-evaluations in DuckDB-Wasm (in Node, where its heap also tops out at 4 GB), or why not. */
async function naiveInWasm(shares: number[], at: (share: number) => ResolvedScenario) {
	let db: Db | null = null;
	try {
		db = await openNodeDb();
		const t = performance.now();
		await readDatasetFiles(db, FOLDER);
		const load_ms = Math.round(performance.now() - t);
		await evaluateInto(db, at(0.7), 'bench_eval');
		const naive: number[] = [];
		for (const share of shares) naive.push((await timeNaive(db, at(share))).ms);
		return { load_ms, naive_ms: stats(naive) };
	} catch (e) {
		return { reason: `DuckDB-Wasm could not evaluate the national dataset: ${(e as Error).message.split('\n')[0]}` };
	} finally {
		await db?.close().catch(() => {});
	}
}
