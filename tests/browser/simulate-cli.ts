// Runs the command line (`npx tsx scripts/simulate.ts`) on the embedded dataset, for browser tests to compare against.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What `npm run simulate` prints for the scenario `{ name, year, params }` on datasets/embedded. */
export async function simulateCli(params: Record<string, unknown>, year = 2026): Promise<unknown> {
	const file = join(mkdtempSync(join(tmpdir(), 'komek-report-')), 'scenario.json');
	writeFileSync(file, JSON.stringify({ name: 't', year, params }));
	const { stdout } = await run('npx', ['tsx', 'scripts/simulate.ts', '--data', 'datasets/embedded', '--scenario', file], {
		maxBuffer: 64 * 1024 * 1024
	});
	return JSON.parse(stdout);
}

/** The number at a dotted key path of a simulate result. */
export function at(json: unknown, path: string): number {
	const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], json);
	if (typeof value !== 'number') throw new Error(`${path} is not a number in the simulate output`);
	return value;
}

/** Relative closeness for figures summed in a different order (DuckDB-Wasm in the browser, native in Node). */
export function relativeGap(got: number, want: number): number {
	return Math.abs(got - want) / Math.max(1, Math.abs(want));
}
