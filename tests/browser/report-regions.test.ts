// The report's regions table downloads as CSV (issue 17 item 3): the registry's columns, one row per region and the
// nation, and exactly the figures the table shows.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvNumber } from '../../src/lib/charts/download';
import { openApp, type AppUnderTest } from './harness';

let app: AppUnderTest;

beforeAll(async () => {
	app = await openApp('/report?set.tsa.poverty_line.pm_share=0.8&name=Line%2080');
	await app.page.waitForSelector(
		'[data-report-section="regions"][data-status="ready"] table[data-table="regions"] tr[data-region="total"]',
		{
			timeout: 360_000
		}
	);
}, 400_000);
afterAll(async () => app?.close());

describe("the report's regions table", () => {
	it('downloads the registry columns with the numbers the table shows', async () => {
		const section = '[data-report-section="regions"]';
		const shown = await app.page.$$eval(`${section} table[data-table="regions"] tbody tr`, (trs) =>
			trs.map((tr) => [tr.getAttribute('data-region')!, Number(tr.querySelector('td[data-value]')!.getAttribute('data-value'))] as const)
		);
		expect(shown).toHaveLength(21);
		const [download] = await Promise.all([
			app.page.waitForEvent('download'),
			app.page.click(`${section} > .actions [data-download="csv"]`)
		]);
		expect(download.suggestedFilename()).toMatch(/^komek-report-regions-line-80-2026-\d{4}-\d\d-\d\d\.csv$/);
		const lines = readFileSync((await download.path())!, 'utf8')
			.trim()
			.split('\n');
		expect(lines.find((l) => l.startsWith('# columns:'))).toContain('Eligible');
		const [header, ...rows] = lines.filter((l) => !l.startsWith('#'));
		expect(header).toBe(
			'region,region_name,baseline_tsa_eligible_households,scenario_tsa_eligible_households,baseline_tsa_expected_annual_cost_kzt,' +
				'scenario_tsa_expected_annual_cost_kzt,baseline_local_annual_cost_kzt,scenario_local_annual_cost_kzt'
		);
		// Region names have no commas in English, so a row splits on them; the scenario's eligible households is cell 3.
		const cells = rows.map((l) => l.split(','));
		expect(cells.map((c) => [c[0], Number(c[3])])).toEqual(shown.map(([r, v]) => [r, Number(csvNumber(v))]));
		expect(cells.at(-1)![0]).toBe('total');
	});

	it('logs no console errors', () => {
		expect(app.consoleErrors).toEqual([]);
	});
});
