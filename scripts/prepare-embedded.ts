// Before every build: checks datasets/embedded with the contract's validator and writes it as Arrow IPC plus its
// report to static/embedded/, so the app starts from a dataset already checked (the build fails if it is refused).
// It also writes the fast-path extract of the default scenario (the law of the app's default year; an Arrow IPC
// stream, src/lib/fast/extract-codec.ts, kept as fast-index.bin), so the app
// shows exact figures from the prefix index before DuckDB-Wasm has started, and the household columns as a bundle
// (household-columns.komek.arrows), from which every view's figures come before it has started.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { readDatasetFolder } from '../src/lib/data/load-folder-node';
import { installDataset } from '../src/lib/data/dataset';
import { DatasetError } from '../src/lib/data/problems';
import { openNodeDb } from '../src/lib/db/node-db';
import { extractStructure } from '../src/lib/fast/extract';
import { encodeExtract } from '../src/lib/fast/extract-codec';
import { readHouseholdColumns } from '../src/lib/fast/household-columns';
import { encodeBundle } from '../src/lib/fast/prepared-bundle';
import { datasetParams, learningBaseline } from '../src/lib/rules/dataset-params';
import { resolveScenario } from '../src/lib/rules/scenario';
import { DEFAULT_STATE } from '../src/lib/state/url-state';

const SOURCE = 'datasets/embedded';
const OUT = 'static/embedded';

try {
	const { households, persons, report } = await readDatasetFolder(SOURCE);
	mkdirSync(OUT, { recursive: true });
	writeFileSync(join(OUT, 'households.arrow'), tableToIPC(households, 'stream'));
	writeFileSync(join(OUT, 'persons.arrow'), tableToIPC(persons, 'stream'));
	writeFileSync(join(OUT, 'report.json'), JSON.stringify(report));
	const db = await openNodeDb();
	try {
		await installDataset(db, { households, persons });
		// The app resolves every scenario with the dataset's own parameters (its income index): so does the extract.
		const own = datasetParams(report.manifest?.reference_period).params;
		const params = resolveScenario({ name: 'law', year: DEFAULT_STATE.year, params: { ...own, ...DEFAULT_STATE.overrides } }).params;
		const law = learningBaseline(DEFAULT_STATE.year, params);
		writeFileSync(join(OUT, 'fast-index.bin'), encodeExtract(await extractStructure(db, params, { baseline: law })));
		// The household columns (a bundle's): every view's figures come from them before DuckDB-Wasm is up.
		const columns = await readHouseholdColumns(db, law);
		writeFileSync(join(OUT, 'household-columns.komek.arrows'), encodeBundle({ name: 'embedded', report, columns }));
	} finally {
		await db.close();
	}
	console.error(`prepare-embedded: ${SOURCE} accepted, ${households.numRows} households and ${persons.numRows} persons written to ${OUT}`);
} catch (e) {
	if (e instanceof DatasetError) for (const p of e.problems) console.error(`  ✗ ${p.message} (fix: ${p.hint})`);
	console.error(`prepare-embedded: ${SOURCE} refused: ${(e as Error).message}`);
	process.exit(1);
}
