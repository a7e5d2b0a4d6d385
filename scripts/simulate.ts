// `npm run simulate -- --data <folder> --scenario <file.json> [--baseline <file.json>] [--engine wasm|native]`: prints
// one JSON object (contract §3) on stdout, logs on stderr; exit 0 on success, 1 for refused input, 2 for bad arguments.
// The same rulebook's SQL runs on DuckDB-Wasm (the app's engine, the default) or on native DuckDB (installed on
// demand, scripts/native-db.ts), which reads the files itself and holds a full register's rows.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installDataset } from '../src/lib/data/dataset';
import { readDatasetFolder } from '../src/lib/data/load-folder-node';
import { DatasetError } from '../src/lib/data/problems';
import { openNodeDb } from '../src/lib/db/node-db';
import { provenance } from '../src/lib/rules/provenance';
import { resolveScenario, scenarioFromJsonText, ScenarioError, type ResolvedScenario } from '../src/lib/rules/scenario';
import { datasetParams } from '../src/lib/rules/dataset-params';
import type { ParamValue } from '../src/lib/rules/parameter';
import { delta } from '../src/lib/sim/delta';
import { buildHouseholdFeatures } from '../src/lib/sim/household-features';
import { simulate } from '../src/lib/sim/simulate';
import { solveScenarioBudget } from '../src/lib/sim/solve-scenario-budget';
import { isRegionCode } from '../src/lib/data/regions';
import type { Db } from '../src/lib/db/db';
import { arg } from './args';
import { openNativeDb, readDatasetFiles } from './native-db';
import { Progress } from './progress';

const USAGE =
	'Usage: npm run simulate -- --data <folder> --scenario <file.json> [--baseline <file.json>] [--engine wasm|native]\n' +
	'       [--solve-budget <kzt a year> --param <numeric parameter path> [--region <code>]]';

// The stage, the share done and the time left on stderr (a full register on native DuckDB takes minutes).
const progress = new Progress({
	label: 'simulate',
	weights: { checking: 4, 'reading into DuckDB': 2, 'running the scenario': 3, 'running the baseline': 3 }
});

/** Input the user must fix; printed without a stack trace. */
class InputError extends Error {}

async function readScenario(file: string): Promise<ResolvedScenario> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch {
		throw new InputError(`cannot read scenario file ${file}`);
	}
	try {
		return scenarioFromJsonText(text);
	} catch (e) {
		if (e instanceof ScenarioError) throw new InputError(`${file}: ${e.problems.join('\n  ')}`);
		throw e;
	}
}

function withDataParams(s: ResolvedScenario, data: Record<string, ParamValue>): ResolvedScenario {
	return resolveScenario({ name: s.name, year: s.year, params: { ...data, ...s.overrides } });
}

async function solve(db: Db, scenario: ResolvedScenario, budget: string, path: string | null, region: string | null) {
	const kzt = Number(budget);
	if (!Number.isFinite(kzt) || kzt <= 0)
		throw new InputError(`--solve-budget needs a positive amount in tenge, not ${JSON.stringify(budget)}`);
	if (!path) throw new InputError('--solve-budget needs --param <numeric parameter path>');
	if (region !== null && !isRegionCode(region)) throw new InputError(`--region ${JSON.stringify(region)} is not a region code`);
	console.error(`simulate: solving ${path} for a budget of ${kzt} ₸ a year`);
	try {
		return await solveScenarioBudget(db, scenario, path, kzt, region);
	} catch (e) {
		throw new InputError((e as Error).message);
	}
}

async function main(args: string[]): Promise<number> {
	const data = arg(args, 'data');
	const scenarioFile = arg(args, 'scenario');
	const baselineFile = arg(args, 'baseline');
	if (!data || !scenarioFile) {
		console.error(USAGE);
		return 2;
	}
	const engine = arg(args, 'engine') ?? 'wasm';
	if (engine !== 'wasm' && engine !== 'native') {
		console.error(`simulate: --engine is wasm or native, not ${engine}\n${USAGE}`);
		return 2;
	}
	const scenarioRead = await readScenario(scenarioFile);
	const baselineRead = baselineFile ? await readScenario(baselineFile) : null;
	console.error(`simulate: reading ${data}`);
	// The contract's validator checks the folder on either engine (refused input never reaches DuckDB).
	progress.stage('checking');
	const bytesRead = new Map<string, number>();
	const totalBytes = existsSync(data) && statSync(data).isDirectory() ? datasetBytes(data) : 0;
	let loaded: Awaited<ReturnType<typeof readDatasetFolder>> | null = await readDatasetFolder(data, (file, done) => {
		bytesRead.set(file, done);
		progress.update(
			[...bytesRead.values()].reduce((a, b) => a + b, 0),
			totalBytes
		);
	});
	const report = loaded.report;
	// What the dataset says about itself (the income index of its period) holds unless a scenario sets it.
	const own = datasetParams(report.manifest?.reference_period);
	const scenario = withDataParams(scenarioRead, own.params);
	const baseline = baselineRead ? withDataParams(baselineRead, own.params) : null;
	const db = engine === 'native' ? await openNativeDb() : await openNodeDb();
	const stopHeartbeat = progress.heartbeat();
	try {
		progress.stage('reading into DuckDB');
		if (engine === 'native') {
			loaded = null; // native DuckDB reads the files itself: the checked tables can go
			await readDatasetFiles(db, data);
		} else await installDataset(db, loaded);
		console.error(`simulate: ${report.summary?.households ?? '?'} households read into ${engine} DuckDB`);
		await buildHouseholdFeatures(db, scenario.params);
		console.error(`simulate: running "${scenario.name}" (${scenario.year})`);
		progress.stage('running the scenario');
		const result = await simulate(db, scenario);
		if (own.notice && !Object.hasOwn(scenarioRead.overrides, 'data.income_index')) result.notices.push(own.notice);
		if (baseline) {
			console.error(`simulate: running baseline "${baseline.name}" (${baseline.year})`);
			progress.stage('running the baseline');
			result.delta = delta(result, await simulate(db, baseline));
		}
		const budget = arg(args, 'solve-budget');
		if (budget !== null) result.solve = await solve(db, scenario, budget, arg(args, 'param'), arg(args, 'region'));
		progress.finish('done');
		for (const n of result.notices) console.error(`notice: ${n}`);
		// Every value's status and sources travel with the figures (an extension of contract §3).
		process.stdout.write(`${JSON.stringify({ ...result, provenance: provenance(scenario) })}\n`);
		return 0;
	} finally {
		stopHeartbeat();
		await db.close();
	}
}

/** Bytes of the dataset's files, for the share of the check done. */
function datasetBytes(folder: string): number {
	return readdirSync(folder)
		.filter((f) => /^(households|persons)\.(csv|parquet)$/.test(f))
		.reduce((n, f) => n + statSync(join(folder, f)).size, 0);
}

// A reader that stops early (`| head`) closes the pipe: not a failure of the simulation, so no stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code !== 'EPIPE') throw e;
});

// Sets the exit code rather than calling process.exit, which would drop whatever stdout still holds for a pipe.
main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(e: unknown) => {
		if (e instanceof DatasetError) {
			console.error(`simulate: ${e.message}`);
			for (const p of e.problems) console.error(`  ✗ ${p.message}${p.hint ? ` (fix: ${p.hint})` : ''}`);
		} else if (e instanceof InputError || e instanceof Error) {
			console.error(`simulate: ${e.message}`);
		} else console.error(`simulate: ${String(e)}`);
		process.exitCode = 1;
	}
);
