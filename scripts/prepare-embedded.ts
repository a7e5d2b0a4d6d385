// Before every build: checks datasets/embedded with the contract's validator and writes it as Arrow IPC plus its
// report to static/embedded/, so the app starts from a dataset already checked (the build fails if it is refused).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableToIPC } from 'apache-arrow';
import { readDatasetFolder } from '../src/lib/data/load-folder-node';
import { DatasetError } from '../src/lib/data/problems';

const SOURCE = 'datasets/embedded';
const OUT = 'static/embedded';

try {
	const { households, persons, report } = await readDatasetFolder(SOURCE);
	mkdirSync(OUT, { recursive: true });
	writeFileSync(join(OUT, 'households.arrow'), tableToIPC(households, 'stream'));
	writeFileSync(join(OUT, 'persons.arrow'), tableToIPC(persons, 'stream'));
	writeFileSync(join(OUT, 'report.json'), JSON.stringify(report));
	console.error(`prepare-embedded: ${SOURCE} accepted, ${households.numRows} households and ${persons.numRows} persons written to ${OUT}`);
} catch (e) {
	if (e instanceof DatasetError) for (const p of e.problems) console.error(`  ✗ ${p.message} (fix: ${p.hint})`);
	console.error(`prepare-embedded: ${SOURCE} refused: ${(e as Error).message}`);
	process.exit(1);
}
