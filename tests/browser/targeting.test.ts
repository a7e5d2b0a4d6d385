// The targeting and take-up panels on the embedded dataset: figures equal `npm run simulate`, shares add up, the
// frontier has the sweep's 23 points, take-up ranges are ordered, and the headings follow the language.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metric, openApp, waitForReady, type AppUnderTest } from './harness';

const run = promisify(execFile);
const KEYS = ['inclusion_error', 'exclusion_error', 'poorest_quintile_coverage', 'cgh'];
const SCENARIO = { 'tsa.poverty_line.pm_share': 0.8, 'tsa.assets.max_vehicles': 1 };
const SPENDING = 'Card spending limit, share of poverty line: test applies';

/** The `totals.targeting` that `npm run simulate` prints for `params` on the embedded dataset. */
async function simulateTargeting(params: Record<string, number>): Promise<Record<string, number>> {
	const file = join(mkdtempSync(join(tmpdir(), 'komek-targeting-')), 'scenario.json');
	writeFileSync(file, JSON.stringify({ name: 't', year: 2026, params }));
	const { stdout } = await run('npx', ['tsx', 'scripts/simulate.ts', '--data', 'datasets/embedded', '--scenario', file], {
		maxBuffer: 64 * 1024 * 1024
	});
	return JSON.parse(stdout).totals.targeting;
}

const close = (got: number, want: number, what: string) =>
	expect(Math.abs(got - want), `${what}: ${got} vs ${want}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(want)));

let app: AppUnderTest;
let law: Record<string, number>;
let scenario: Record<string, number>;

beforeAll(async () => {
	[law, scenario] = await Promise.all([simulateTargeting({}), simulateTargeting(SCENARIO)]);
	const query = Object.entries(SCENARIO)
		.map(([k, v]) => `set.${k}=${v}`)
		.join('&');
	app = await openApp(`/?${query}`);
	await waitForReady(app.page, 180_000);
	await app.page.waitForSelector('[data-live-status="ready"]');
}, 400_000);
afterAll(async () => app?.close());

describe('targeting accuracy', () => {
	it('shows the four figures of simulate, the law beside the scenario', async () => {
		await app.page.waitForSelector('[data-metric="totals.targeting.cgh"]', { timeout: 60_000 });
		for (const key of KEYS) {
			const path = `totals.targeting.${key}`;
			close(await metric(app.page, path), scenario[key], path);
			close(Number(await app.page.getAttribute(`[data-metric="${path}"]`, 'data-baseline')), law[key], `${path} (law)`);
		}
		expect(scenario.exclusion_error).not.toBe(law.exclusion_error);
	});

	it('shares the entitlement among ten deciles adding up to 1, on both sides', async () => {
		const bars = '[data-chart="targeting-incidence"] g[data-key]';
		await app.page.waitForSelector(bars, { timeout: 60_000 });
		const rows = await app.page.$$eval(bars, (els) =>
			els.map((e) => [Number(e.getAttribute('data-baseline')), Number(e.getAttribute('data-scenario'))])
		);
		expect(rows).toHaveLength(10);
		close(
			rows.reduce((s, r) => s + r[0], 0),
			1,
			'law shares'
		);
		close(
			rows.reduce((s, r) => s + r[1], 0),
			1,
			'scenario shares'
		);
	});

	it('draws the cost–exclusion frontier with 23 points, the scenario’s mark on it', async () => {
		await app.page.waitForSelector('[data-frontier][data-busy="false"][data-points="23"]', { timeout: 240_000 });
		expect(await app.page.$$('[data-chart="targeting-frontier"] circle[data-point]')).toHaveLength(23);
		const at80 = await app.page.$('[data-chart="targeting-frontier"] circle[data-point="share-0.8"]');
		const mark = await app.page.$('[data-chart="targeting-frontier"] circle[data-mark="scenario"]');
		close(Number(await at80!.getAttribute('data-x')), scenario.exclusion_error, 'frontier at 0.8');
		close(Number(await mark!.getAttribute('data-x')), scenario.exclusion_error, 'scenario mark');
	});

	it('computes each asset test’s effect on demand', async () => {
		await app.page.click('button[data-action="test-effects"]');
		await app.page.waitForSelector('[data-table="test-effects"] tr[data-test]', { timeout: 240_000 });
		const deltas = await app.page.$$eval('[data-table="test-effects"] tr[data-test]', (els) =>
			els.map((e) => Number(e.getAttribute('data-delta-exclusion')))
		);
		expect(deltas).toHaveLength(6);
		for (const d of deltas) expect(d).toBeGreaterThanOrEqual(0);
	});

	it('draws the frontier with the card-spending test on from the household columns (no index holds that test), through the scenario', async () => {
		const at = (selector: string, axis: 'x' | 'y') =>
			app.page.$eval(`[data-chart="targeting-frontier"] ${selector}`, (e, a) => Number(e.getAttribute(`data-${a}`)), axis);
		const [point, mark] = ['circle[data-point="share-0.8"]', 'circle[data-mark="scenario"]'];
		const before = await at(point, 'y');
		close(before, await at(mark, 'y'), 'cost at 0.8 before');
		await app.page.getByRole('checkbox', { name: SPENDING, exact: true }).check();
		// The test (at 2.5 lines) refuses only families that are not poor: the cost falls, the exclusion error stays.
		await expect.poll(() => at(mark, 'y'), { timeout: 120_000 }).toBeLessThan(before);
		await app.page.waitForSelector('[data-frontier][data-busy="false"][data-points="23"]', { timeout: 120_000 });
		await expect.poll(async () => Math.abs((await at(point, 'y')) / (await at(mark, 'y')) - 1), { timeout: 60_000 }).toBeLessThan(1e-9);
		close(await at(point, 'x'), await at(mark, 'x'), 'exclusion at 0.8');
		close(await at(mark, 'y'), await metric(app.page, 'totals.tsa.expected_annual_cost_kzt'), 'scenario mark');
		await app.page.getByRole('checkbox', { name: SPENDING, exact: true }).uncheck();
		await expect.poll(async () => Math.abs((await at(point, 'y')) / before - 1), { timeout: 120_000 }).toBeLessThan(1e-9);
	}, 300_000);
});

describe('take-up with uncertainty', () => {
	it('gives ranges with low ≤ expected ≤ high, and notifying everyone at least today’s applications', async () => {
		for (const chart of ['takeup-applications', 'takeup-cost']) {
			const sel = `[data-chart="${chart}"] g[data-row]`;
			await app.page.waitForSelector(sel, { timeout: 60_000 });
			const rows = await app.page.$$eval(sel, (els): Record<string, number[]> =>
				Object.fromEntries(
					els.map((e) => [e.getAttribute('data-row'), ['low', 'expected', 'high'].map((k) => Number(e.getAttribute(`data-${k}`)))])
				)
			);
			expect(Object.keys(rows).sort()).toEqual(['baseline.notify_all', 'baseline.today', 'scenario.notify_all', 'scenario.today']);
			for (const [low, expected, high] of Object.values(rows)) {
				expect(low).toBeLessThanOrEqual(expected);
				expect(expected).toBeLessThanOrEqual(high);
			}
			for (const side of ['baseline', 'scenario']) expect(rows[`${side}.notify_all`][1]).toBeGreaterThanOrEqual(rows[`${side}.today`][1]);
			expect(rows['scenario.today'][1]).toBeGreaterThan(0);
		}
	});
});

describe('language and hygiene', () => {
	it('switches the panels’ headings to Russian', async () => {
		const headings = () => Promise.all(['#an-tg-title', '#an-tu-title'].map((s) => app.page.innerText(s)));
		const before = await headings();
		await app.page.selectOption('header select', 'ru');
		await app.page.waitForFunction(() => document.querySelector('#an-tg-title')?.textContent === 'Точность адресности');
		const after = await headings();
		expect(after).toEqual(['Точность адресности', 'Обращаемость с учётом неопределённости']);
		expect(after).not.toEqual(before);
		await app.page.locator('[data-view="targeting"]').screenshot({ path: '/tmp/an-targeting.png' });
		await app.page.locator('[data-view="takeup"]').screenshot({ path: '/tmp/an-takeup.png' });
	});

	it('logs no console errors and makes no outside request', () => {
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	});
});
