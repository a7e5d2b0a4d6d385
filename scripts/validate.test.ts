import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvToParquet } from '../src/lib/data/testing/csv-to-parquet';

const ROOT = join(import.meta.dirname, '..');
const GOOD = join(ROOT, 'tests/fixtures/good');
const TMP = mkdtempSync(join(tmpdir(), 'komek-validate-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** A folder under the test's temporary folder holding the good fixture's CSV files, for one case to alter. */
function goodCopy(name: string): string {
	const dir = join(TMP, name);
	mkdirSync(dir);
	for (const f of ['households.csv', 'persons.csv']) copyFileSync(join(GOOD, f), join(dir, f));
	return dir;
}

/** Runs the validate CLI with `args` and returns its exit code and output. */
function validate(...args: string[]) {
	const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run validate', () => {
	it('accepts the good fixture with exit 0 and prints a summary', () => {
		const r = validate('--data', 'tests/fixtures/good');
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/ACCEPTED/);
		expect(r.out).toMatch(/regions \(3\): astana 1, mangystau 1, turkestan 2/);
	});

	it('accepts the embedded dataset the app ships with', () => {
		const r = validate('--data', 'datasets/embedded');
		expect(r.code, r.out + r.err).toBe(0);
		expect(r.out).toMatch(/ACCEPTED: datasets\/embedded/);
		expect(r.out).toMatch(/regions \(20\): /);
	});

	it('refuses a bad dataset with exit 1 and names file, row, column and fix', () => {
		const r = validate('--data', 'tests/fixtures/bad/zero-weight');
		expect(r.code).toBe(1);
		expect(r.out).toMatch(/households.csv \| row 2 \| column weight/);
		expect(r.out).toMatch(/fix: /);
	});

	it('exits 2 with a usage line and no stack trace on bad arguments', () => {
		for (const r of [validate(), validate('--data', 'tests/fixtures/does-not-exist')]) {
			expect(r.code).toBe(2);
			expect(r.err).toMatch(/Usage: npm run validate|Dataset folder not found/);
			expect(r.err).not.toMatch(/\n\s+at /);
		}
	});

	it('exits 1 (refused), naming the file, for a Parquet file with a damaged page', async () => {
		const dir = goodCopy('damaged-parquet');
		await csvToParquet(join(dir, 'households.csv'), join(dir, 'households.parquet'), 'households');
		rmSync(join(dir, 'households.csv'));
		const bytes = readFileSync(join(dir, 'households.parquet'));
		bytes.fill(0xff, 4, 16);
		writeFileSync(join(dir, 'households.parquet'), bytes);
		const r = validate('--data', dir);
		expect(r.code, r.err).toBe(1);
		expect(r.out).toMatch(/households.parquet \| row - \| column -\n.*the Parquet file is damaged/);
	});

	it('exits 1 (refused), not 2, when a file of the folder cannot be read at all', () => {
		const dir = goodCopy('unreadable');
		rmSync(join(dir, 'persons.csv'));
		mkdirSync(join(dir, 'persons.csv'));
		const r = validate('--data', dir);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/REFUSED: .* cannot be read/);
		expect(r.err).not.toMatch(/\n\s+at /);
	});

	it('reads a manifest.json that starts with a byte-order mark, as the app does', () => {
		const dir = goodCopy('bom-manifest');
		writeFileSync(join(dir, 'manifest.json'), '\uFEFF{ "schema_version": 1, "name": "Saved by Notepad" }');
		const r = validate('--data', dir);
		expect(r.code, r.out).toBe(0);
		expect(r.out).toMatch(/ACCEPTED/);
	});

	it('stops quietly when its reader closes the pipe (validate | head)', () => {
		const r = spawnSync('bash', ['-c', 'set -o pipefail; npx tsx scripts/validate.ts --data tests/fixtures/bad/absurd-income | (exit 0)'], {
			cwd: ROOT,
			encoding: 'utf8'
		});
		expect(r.stderr).not.toMatch(/EPIPE|Error/);
		expect(r.status).toBe(1);
	});

	it('prints the notices of a file read in another encoding and separator', () => {
		const r = validate('--data', 'tests/fixtures/notice/semicolons');
		expect(r.code, r.out).toBe(0);
		expect(r.out).toMatch(/households.csv: cells are separated by semicolons/);
		expect(r.out).toMatch(/households.csv: read as Windows-1251/);
	});
});
