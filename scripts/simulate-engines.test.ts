// `npm run simulate -- --engine native` runs the same rulebook on native DuckDB (as for a full register): on the
// embedded dataset every figure equals DuckDB-Wasm's (the app's engine), a scenario and its delta to a baseline.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'simulate-engines-'));
const scenario = join(dir, 's.json');
const baseline = join(dir, 'b.json');
writeFileSync(
	scenario,
	JSON.stringify({
		name: 'Line at 90 % of ПМ, vehicles tested',
		year: 2026,
		params: { 'tsa.poverty_line.pm_share': 0.9, 'tsa.assets.max_vehicles': 1 }
	})
);
writeFileSync(baseline, JSON.stringify({ name: 'Law', year: 2026, params: {} }));
const TSX = join('node_modules', '.bin', 'tsx');

/** Runs the CLI on `engine` (both at once: the machine waits on DuckDB, not on one core). */
function run(engine: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((done) => {
		const child = spawn(TSX, [
			'scripts/simulate.ts',
			'--data',
			'datasets/embedded',
			'--scenario',
			scenario,
			'--baseline',
			baseline,
			'--engine',
			engine
		]);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (status) => done({ status, stdout, stderr }));
	});
}

/**
 * Every leaf of `a` and `b` that differs: numbers by more than a relative 1e-9 or a thousandth (of a tenge, of a
 * household), which sums taken in another order can leave (a delta of two equal totals of billions: ±1e-5).
 */
function differences(a: unknown, b: unknown, path = ''): string[] {
	if (typeof a === 'number' && typeof b === 'number')
		return Math.abs(a - b) <= Math.max(1e-3, 1e-9 * Math.max(Math.abs(a), Math.abs(b))) || (Number.isNaN(a) && Number.isNaN(b))
			? []
			: [`${path}: ${a} vs ${b}`];
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		return [...keys].flatMap((k) =>
			k in a && k in b
				? differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`)
				: [`${path}.${k}: on one engine only`]
		);
	}
	return Object.is(a, b) ? [] : [`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`];
}

describe('npm run simulate --engine', () => {
	it('gives the same figures on native DuckDB as on DuckDB-Wasm (embedded dataset, a scenario and its delta)', async () => {
		const [wasm, native] = await Promise.all([run('wasm'), run('native')]);
		expect(wasm.status, wasm.stderr).toBe(0);
		expect(native.status, native.stderr).toBe(0);
		expect(native.stderr).toMatch(/read into native DuckDB/);
		// Not a terminal: a plain progress line per stage (and per tenth of the check), then the time in all.
		for (const stage of [
			'checking 0 %',
			'checking 100 %',
			'reading into DuckDB 0 %',
			'running the scenario 0 %',
			'running the baseline 0 %'
		])
			expect(native.stderr).toContain(`simulate: ${stage}`);
		expect(native.stderr).toMatch(/simulate: done \(.* in all\)\n/);
		expect(native.stderr).not.toContain('\r');
		const [w, n] = [JSON.parse(wasm.stdout), JSON.parse(native.stdout)];
		expect(w.totals.tsa.annual_entitlement_kzt).toBeGreaterThan(0);
		expect(w.delta).toBeTruthy();
		expect(differences(n, w)).toEqual([]);
	}, 600_000);

	it('refuses an engine it does not have, with the usage', () => {
		const r = spawnSync(TSX, ['scripts/simulate.ts', '--data', 'datasets/embedded', '--scenario', scenario, '--engine', 'spark'], {
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/--engine is wasm or native, not spark/);
		expect(r.stderr).toMatch(/Usage: npm run simulate/);
	});
});
