// `npm run simulate -- --data <folder> --scenario <file.json> [--baseline <file.json>]`: prints one JSON object
// (contract §3) on stdout, logs on stderr; exit 0 on success, 1 for refused input, 2 for bad arguments.
import { readFile } from 'node:fs/promises';
import { installDataset } from '../src/lib/data/dataset';
import { readDatasetFolder } from '../src/lib/data/load-folder-node';
import { DatasetError } from '../src/lib/data/problems';
import { openNodeDb } from '../src/lib/db/node-db';
import { provenance } from '../src/lib/rules/provenance';
import { scenarioFromJsonText, ScenarioError, type ResolvedScenario } from '../src/lib/rules/scenario';
import { delta } from '../src/lib/sim/delta';
import { buildHouseholdFeatures } from '../src/lib/sim/household-features';
import { simulate } from '../src/lib/sim/simulate';

const USAGE = 'Usage: npm run simulate -- --data <folder> --scenario <file.json> [--baseline <file.json>]';

/** Input the user must fix; printed without a stack trace. */
class InputError extends Error {}

/** Reads `--name value` or `--name=value`. */
function arg(args: string[], name: string): string | null {
	const eq = args.find((a) => a.startsWith(`--${name}=`));
	if (eq) return eq.slice(name.length + 3) || null;
	const i = args.indexOf(`--${name}`);
	const v = i >= 0 ? args[i + 1] : undefined;
	return v && !v.startsWith('--') ? v : null;
}

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

async function main(args: string[]): Promise<number> {
	const data = arg(args, 'data');
	const scenarioFile = arg(args, 'scenario');
	const baselineFile = arg(args, 'baseline');
	if (!data || !scenarioFile) {
		console.error(USAGE);
		return 2;
	}
	const scenario = await readScenario(scenarioFile);
	const baseline = baselineFile ? await readScenario(baselineFile) : null;
	console.error(`simulate: reading ${data}`);
	const loaded = await readDatasetFolder(data);
	const db = await openNodeDb();
	try {
		await installDataset(db, loaded);
		await buildHouseholdFeatures(db, scenario.params);
		console.error(`simulate: running "${scenario.name}" (${scenario.year})`);
		const result = await simulate(db, scenario);
		if (baseline) {
			console.error(`simulate: running baseline "${baseline.name}" (${baseline.year})`);
			result.delta = delta(result, await simulate(db, baseline));
		}
		for (const n of result.notices) console.error(`notice: ${n}`);
		// Every value's status and sources travel with the figures (an extension of contract §3).
		process.stdout.write(`${JSON.stringify({ ...result, provenance: provenance(scenario) })}\n`);
		return 0;
	} finally {
		await db.close();
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(e: unknown) => {
		if (e instanceof DatasetError) {
			console.error(`simulate: ${e.message}`);
			for (const p of e.problems) console.error(`  ✗ ${p.message}${p.hint ? ` (fix: ${p.hint})` : ''}`);
		} else if (e instanceof InputError || e instanceof Error) {
			console.error(`simulate: ${e.message}`);
		} else console.error(`simulate: ${String(e)}`);
		process.exit(1);
	}
);
