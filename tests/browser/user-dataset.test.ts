import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADLINE_FIGURES, openApp, waitForReady, metric, type AppUnderTest } from './harness';

const FOLDER = 'tests/fixtures/good';
let app: AppUnderTest;
let cli: { totals: Record<string, Record<string, number>>; dataset: Record<string, number> };

beforeAll(async () => {
	const file = join(mkdtempSync(join(tmpdir(), 'komek-user-')), 'law.json');
	writeFileSync(file, JSON.stringify({ name: 'law', year: 2026, params: {} }));
	const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/simulate.ts', '--data', FOLDER, '--scenario', file]);
	cli = JSON.parse(stdout);
	app = await openApp('/');
	await waitForReady(app.page, 120_000);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
	await app.page.setInputFiles('input[data-testid="pick-files"]', [`${FOLDER}/households.csv`, `${FOLDER}/persons.csv`]);
	await app.page.waitForSelector('[data-upload-status="loaded"]', { timeout: 120_000 });
	await app.page.waitForFunction(
		(n) => document.querySelector('[data-metric="dataset.households"]')?.getAttribute('data-value') === String(n),
		cli.dataset.households
	);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
}, 300_000);
afterAll(async () => app?.close());

describe('the dashboard on a dataset the user loaded', () => {
	it('shows the same headline figures as npm run simulate on that folder', async () => {
		await app.page.waitForFunction(
			(want) => Number(document.querySelector('[data-metric="totals.tsa.eligible_households"]')?.getAttribute('data-value')) === want,
			cli.totals.tsa.eligible_households,
			{ timeout: 60_000 }
		);
		for (const [group, key] of HEADLINE_FIGURES) {
			const want = cli.totals[group][key];
			expect(Math.abs((await metric(app.page, `totals.${group}.${key}`)) - want), key).toBeLessThanOrEqual(1e-9 * Math.max(1, want));
		}
	});

	it('redraws the regions, the funnel and the sweep on it', async () => {
		await app.page.waitForSelector('[data-chart] svg');
		const charts = await app.page.$$eval('[data-chart]', (els) => els.map((e) => e.getAttribute('data-chart')));
		expect(charts.length).toBeGreaterThanOrEqual(6);
		const regions = await app.page.$$eval('[data-chart="population-by-region-persons"] g[data-region]', (gs) =>
			gs.filter((g) => Number(g.getAttribute('data-value')) > 0).map((g) => g.getAttribute('data-region'))
		);
		expect(regions.sort()).toEqual(['astana', 'mangystau', 'turkestan']);
	});

	it('makes no outside request and logs no error', () => {
		expect(app.outsideRequests).toEqual([]);
		expect(app.consoleErrors).toEqual([]);
	});
});
