// `npm run validate -- --data <folder>`: checks a dataset against contract §1; exit 0 accepted, 1 refused, 2 bad arguments.
import { existsSync, statSync } from 'node:fs';
import { readDatasetFolder } from '../src/lib/data/load-folder-node';
import { DatasetError, type Notice, type Problem } from '../src/lib/data/problems';
import type { DatasetSummary } from '../src/lib/data/summary';
import { arg } from './args';

function printProblems(problems: Problem[], total: number): void {
	console.log(
		`REFUSED: ${total} problem${total === 1 ? '' : 's'}${total > problems.length ? ` (first ${problems.length} shown)` : ''}. Rows count from 1 = the first row after the header.\n`
	);
	for (const p of problems) {
		console.log(`  ✗ ${p.file} | row ${p.row ?? '-'} | column ${p.column ?? '-'}`);
		console.log(`    ${p.message}`);
		console.log(`    fix: ${p.hint}`);
	}
}

function printNotices(notices: Notice[]): void {
	if (notices.length === 0) return;
	console.log('\nNotices:');
	for (const n of notices) console.log(`  • ${n.file}: ${n.message}`);
}

function printSummary(s: DatasetSummary): void {
	const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
	console.log('\nSummary:');
	console.log(`  households: ${fmt(s.households)} records, ${fmt(s.weighted_households)} weighted`);
	console.log(`  persons:    ${fmt(s.persons)} records, ${fmt(s.weighted_persons)} weighted`);
	console.log(`  regions (${s.regions.length}): ${s.regions.map((r) => `${r.region} ${r.households}`).join(', ')}`);
	if (s.extra_columns.length) console.log(`  extra columns: ${s.extra_columns.map((c) => `${c.table}.${c.column}`).join(', ')}`);
}

async function main(): Promise<number> {
	const folder = arg(process.argv.slice(2), 'data');
	if (!folder) {
		console.error('Usage: npm run validate -- --data <folder>\n(the folder holds households.csv|parquet and persons.csv|parquet)');
		return 2;
	}
	if (!existsSync(folder) || !statSync(folder).isDirectory()) {
		console.error(`validate: Dataset folder not found: ${folder}`);
		return 2;
	}
	try {
		const { report } = await readDatasetFolder(folder);
		console.log(`ACCEPTED: ${folder} follows the dataset contract (schema_version 1).`);
		printNotices(report.notices);
		if (report.summary) printSummary(report.summary);
		return 0;
	} catch (e) {
		if (e instanceof DatasetError) {
			printProblems(e.problems, e.total);
			printNotices(e.notices);
			return 1;
		}
		// The folder exists, so the arguments were right: a dataset that cannot be read is refused.
		console.error(`validate: REFUSED: ${folder} cannot be read (${(e as Error).message}).`);
		return 1;
	}
}

// A reader that stops early (`validate | head`) closes the pipe: not a failure of the check, so no stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code !== 'EPIPE') throw e;
});

process.exitCode = await main();
