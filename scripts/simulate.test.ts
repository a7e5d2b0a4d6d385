import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
const file = (name: string, body: unknown) => {
	const path = join(dir, name);
	writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
	return path;
};
const scenario = file('s.json', { name: 'Poverty line at 80 % of ПМ', year: 2026, params: { 'tsa.poverty_line.pm_share': 0.8 } });
const baseline = file('b.json', { name: 'Baseline', year: 2026, params: {} });
const runFor = (timeout: number, ...args: string[]) =>
	spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/simulate.ts', ...args], { encoding: 'utf8', timeout });
const run = (...args: string[]) => runFor(60_000, ...args);
/**
 * Runs the CLI with stdout into a real pipe (spawnSync's own stdio is a socket pair with a bigger buffer) read by the
 * shell command `reader`; the CLI's exit status comes back as the last line of stderr.
 */
const runPiped = (reader: string, ...args: string[]) => {
	const script = `{ "$0" scripts/simulate.ts "$@"; echo "exit status $?" >&2; } | ${reader}`;
	const r = spawnSync('sh', ['-c', script, join('node_modules', '.bin', 'tsx'), ...args], { encoding: 'utf8', timeout: 60_000 });
	const status = /exit status (\d+)\n$/.exec(r.stderr);
	return { ...r, status: status ? Number(status[1]) : null };
};

describe('npm run simulate', () => {
	it('prints one JSON object with the contract keys and a delta, all of it into a slow pipe', () => {
		// The reader takes the first byte and then pauses, as a busy consumer does: the CLI writes more than the pipe
		// holds and must wait for it to drain.
		const slowly = '{ dd bs=1 count=1 2>/dev/null; sleep 1; cat; }';
		const r = runPiped(slowly, '--data', 'tests/fixtures/good', '--scenario', scenario, '--baseline', baseline);
		expect(r.status, r.stderr).toBe(0);
		// More than a pipe's 64 KiB buffer, so the end is only there if the CLI waits for stdout to drain before exiting.
		expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(64 * 1024);
		expect(r.stdout.endsWith('}\n')).toBe(true);
		const out = JSON.parse(r.stdout);
		expect(Object.keys(out.dataset)).toEqual(['households', 'persons', 'weighted_households', 'weighted_persons']);
		expect(out.scenario.params['tsa.poverty_line.pm_share']).toBe(0.8);
		for (const k of [
			'eligible_households',
			'eligible_persons',
			'supplemented_children',
			'monthly_entitlement_kzt',
			'annual_entitlement_kzt',
			'expected_households',
			'expected_annual_cost_kzt'
		])
			expect(typeof out.totals.tsa[k]).toBe('number');
		expect(Object.keys(out.totals.gap)).toEqual(['notified_households', 'applied_households', 'gap_households', 'unclaimed_annual_kzt']);
		expect(Object.keys(out.totals.local)).toEqual(['eligible_households', 'annual_cost_kzt']);
		expect(Object.keys(out.by_region)).toHaveLength(20);
		expect(out.delta.totals.tsa.annual_entitlement_kzt).toBeGreaterThanOrEqual(0);
		// Every value in the output can be traced to its status and sources.
		expect(Object.keys(out.provenance).sort()).toEqual(Object.keys(out.scenario.params).sort());
		expect(out.provenance['tsa.poverty_line.pm_share'].status).toBe('scenario');
		expect(out.provenance['indices.mrp'].references[0].href).toMatch(/^https?:/);
	});

	it('stops quietly when the reader closes the pipe early, as `| head` does', () => {
		const r = runPiped('head -c 1', '--data', 'tests/fixtures/good', '--scenario', baseline);
		expect(r.stdout).toBe('{');
		expect(r.status, r.stderr).toBe(0);
		expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
	});

	it('refuses a bad dataset with a message and no stack trace', () => {
		const r = run('--data', 'tests/fixtures/bad/unknown-region', '--scenario', scenario);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/unknown region/);
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});

	it('refuses an unknown parameter path', () => {
		const r = run('--data', 'tests/fixtures/good', '--scenario', file('bad.json', { name: 'x', year: 2026, params: { 'tsa.nope': 1 } }));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/tsa\.nope/);
	});

	it('solves for the poverty-line share that spends a budget, within 0.1 %', () => {
		// The budget is what the law's line of 1.2 × ПМ costs: the solver must find that share again.
		const at = file('at.json', { name: 'at 1.2', year: 2026, params: { 'tsa.poverty_line.pm_share': 1.2 } });
		const budget = JSON.parse(run('--data', 'tests/fixtures/good', '--scenario', at).stdout).totals.tsa.expected_annual_cost_kzt;
		expect(budget).toBeGreaterThan(0);
		// A dozen simulations in one process: slow on a busy 2-core machine, so it gets more time.
		const r = runFor(
			240_000,
			'--data',
			'tests/fixtures/good',
			'--scenario',
			baseline,
			'--solve-budget',
			String(budget),
			'--param',
			'tsa.poverty_line.pm_share'
		);
		expect(r.status, r.stderr).toBe(0);
		const { solve } = JSON.parse(r.stdout);
		expect(solve).toMatchObject({ param: 'tsa.poverty_line.pm_share', status: 'solved', region: null });
		expect(Math.abs(solve.cost_kzt / budget - 1)).toBeLessThanOrEqual(0.001);
		expect(solve.value).toBeCloseTo(1.2, 2);
	}, 300_000);

	it('refuses to solve for a parameter that is not a number', () => {
		const r = run('--data', 'tests/fixtures/good', '--scenario', baseline, '--solve-budget', '1e9', '--param', 'takeup.mode');
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/numeric parameter/);
	});

	it('prints usage without arguments', () => {
		const r = run();
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/Usage/);
	});
});
