import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, waitForReady, type AppUnderTest } from './harness';

const run = promisify(execFile);

/** What `npm run simulate` prints for `params` on the embedded dataset. */
async function simulateCli(params: Record<string, number>): Promise<unknown> {
	const file = join(mkdtempSync(join(tmpdir(), 'komek-headline-')), 'scenario.json');
	writeFileSync(file, JSON.stringify({ name: 't', year: 2026, params }));
	const { stdout } = await run('npx', ['tsx', 'scripts/simulate.ts', '--data', 'datasets/embedded', '--scenario', file], {
		maxBuffer: 64 * 1024 * 1024
	});
	return JSON.parse(stdout);
}

function at(json: unknown, path: string): number {
	const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], json);
	if (typeof value !== 'number') throw new Error(`${path} is not a number in the simulate output`);
	return value;
}

type Figure = { key: string; value: number; baseline: number | null };

async function headlineFigures(app: AppUnderTest): Promise<Figure[]> {
	await app.page.waitForSelector('[data-live-status="ready"]');
	await app.page.waitForSelector('section.headline [data-metric]');
	return app.page.$$eval('section.headline [data-metric]', (els) =>
		els.map((e) => ({
			key: e.getAttribute('data-metric')!,
			value: Number(e.getAttribute('data-value')),
			baseline: e.hasAttribute('data-baseline') ? Number(e.getAttribute('data-baseline')) : null
		}))
	);
}

function expectClose(got: number, want: number, what: string) {
	const scale = Math.max(1, Math.abs(want));
	expect(Math.abs(got - want) / scale, `${what}: ${got} vs ${want}`).toBeLessThan(1e-9);
}

const HEADLINE_KEYS = [
	'tsa.eligible_households',
	'tsa.eligible_persons',
	'tsa.annual_entitlement_kzt',
	'tsa.expected_annual_cost_kzt',
	'gap.notified_households',
	'gap.applied_households',
	'gap.gap_households',
	'gap.unclaimed_annual_kzt',
	'local.eligible_households',
	'local.annual_cost_kzt'
];

let law: unknown;
let wider: unknown;
let lawApp: AppUnderTest;
let widerApp: AppUnderTest;

beforeAll(async () => {
	[law, wider] = await Promise.all([simulateCli({}), simulateCli({ 'tsa.poverty_line.pm_share': 0.8 })]);
	lawApp = await openApp('/');
	await waitForReady(lawApp.page, 180_000);
	widerApp = await openApp('/?set.tsa.poverty_line.pm_share=0.8');
	await waitForReady(widerApp.page, 180_000);
}, 400_000);
afterAll(async () => {
	await lawApp?.close();
	await widerApp?.close();
});

describe('headline figures equal `npm run simulate` for the same scenario', () => {
	it('under the law: every figure, and the baseline beside it is the same law', async () => {
		const figures = await headlineFigures(lawApp);
		expect(figures.map((f) => f.key)).toEqual(expect.arrayContaining(HEADLINE_KEYS.map((k) => `totals.${k}`)));
		for (const f of figures) {
			expectClose(f.value, at(law, f.key), f.key);
			expect(f.baseline, f.key).not.toBeNull();
			expectClose(f.baseline!, at(law, f.key), `${f.key} (law)`);
		}
	});

	it('with the poverty line at 80 % of ПМ: scenario figures from its run, baseline from the law’s', async () => {
		const figures = await headlineFigures(widerApp);
		expect(figures.length).toBeGreaterThanOrEqual(HEADLINE_KEYS.length);
		for (const f of figures) {
			expectClose(f.value, at(wider, f.key), f.key);
			expectClose(f.baseline!, at(law, f.key), `${f.key} (law)`);
		}
		expect(at(wider, 'totals.tsa.eligible_households')).toBeGreaterThan(at(law, 'totals.tsa.eligible_households'));
	});

	it('derives coverage and the budget share from the same figures', async () => {
		const page = widerApp.page;
		const figure = async (name: string) => Number(await page.getAttribute(`section.headline [data-figure="${name}"]`, 'data-value'));
		expectClose(await figure('coverage'), at(wider, 'totals.tsa.eligible_persons') / at(wider, 'dataset.weighted_persons'), 'coverage');
		const budget = await figure('budget');
		expect(budget).toBeGreaterThan(0);
		expectClose(await figure('budget_share'), at(wider, 'totals.tsa.expected_annual_cost_kzt') / budget, 'budget share');
		expectClose(await figure('budget_balance'), at(wider, 'totals.tsa.expected_annual_cost_kzt') - budget, 'budget balance');
	});

	it('logs no console errors and makes no outside request', () => {
		for (const app of [lawApp, widerApp]) {
			expect(app.consoleErrors).toEqual([]);
			expect(app.outsideRequests).toEqual([]);
		}
	});
});
