import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

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
});
