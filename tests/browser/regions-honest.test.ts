// Issue 16 items 2, 3 and 9: with a region focused, the dashboard says which rules are national and which the
// region's own, shows the national total beside the region's, measures the national budget against the national
// cost only (never the region's), compares the region's local assistance with its own law figures; the two
// "expected" costs (headline, take-up panel) each name their assumption; the regions map colours by local assistance.
// Every figure is checked against `npm run simulate` on the same dataset and scenario.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parameterAt } from '../../src/lib/rules/baseline';
import { openApp, waitForReady, metric, type AppUnderTest } from './harness';

type Totals = { tsa: Record<string, number>; local: Record<string, number> };
type Result = { totals: Totals; by_region: Record<string, Totals> };

const PARAMS = {
	'tsa.poverty_line.pm_share': 0.8,
	'local.turkestan.income_threshold_pm_multiple': 1,
	'local.shymkent.income_threshold_pm_multiple': 1
};
const URL_STATE = `/?region=turkestan&${Object.entries(PARAMS)
	.map(([k, v]) => `set.${k}=${v}`)
	.join('&')}`;

async function simulate(params: Record<string, number>): Promise<Result> {
	const file = join(mkdtempSync(join(tmpdir(), 'komek-honest-')), 'scenario.json');
	writeFileSync(file, JSON.stringify({ name: 't', year: 2026, params }));
	const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/simulate.ts', '--data', 'datasets/embedded', '--scenario', file], {
		maxBuffer: 64 * 1024 * 1024
	});
	return JSON.parse(stdout);
}

let app: AppUnderTest;
let law: Result;
let sim: Result;
beforeAll(async () => {
	// The command line first: DuckDB-Wasm starting beside it on a busy machine can miss its start-up deadline.
	[law, sim] = await Promise.all([simulate({}), simulate(PARAMS)]);
	app = await openApp(URL_STATE);
	await waitForReady(app.page, 180_000);
	await app.page.waitForFunction(
		(want) =>
			Number(document.querySelector('[data-metric="by_region.turkestan.tsa.eligible_households"]')?.getAttribute('data-value')) === want,
		sim.by_region.turkestan.tsa.eligible_households,
		{ timeout: 120_000 }
	);
}, 400_000);
afterAll(async () => app?.close());

const relClose = (got: number, want: number, what: string) =>
	expect(Math.abs(got - want) / Math.max(1, Math.abs(want)), `${what}: ${got} vs ${want}`).toBeLessThan(1e-9);
const figure = async (name: string, attr = 'data-value') =>
	Number(await app.page.getAttribute(`section.headline [data-figure="${name}"]`, attr));
const text = (selector: string) => app.page.innerText(selector);
const labelOf = (selector: string) => app.page.$eval(selector, (dd) => dd.closest('.metric')!.querySelector('dt')!.textContent!.trim());

describe('a focused region, honestly', () => {
	it('says which rules are national and which the region’s own, and which of each the scenario changed', async () => {
		const rules = await text('section.headline [data-part="rules"]');
		expect(rules).toContain('National rules, the same in every region');
		expect(rules).toContain('Turkestan’s own');
		expect(await text('[data-changed="national"]')).toContain(parameterAt('tsa.poverty_line.pm_share')!.label.en);
		const own = await text('[data-changed="own"]');
		expect(own).toContain(parameterAt('local.turkestan.income_threshold_pm_multiple')!.label.en);
		expect(own).not.toContain('Shymkent');
		expect(await app.page.$('[data-changed="national"] >> text=Shymkent')).toBeNull();
	});

	it('shows the region’s figures, and the national total beside them', async () => {
		const t = sim.by_region.turkestan;
		relClose(await metric(app.page, 'by_region.turkestan.tsa.eligible_households'), t.tsa.eligible_households, 'region eligible');
		relClose(await metric(app.page, 'by_region.turkestan.tsa.expected_annual_cost_kzt'), t.tsa.expected_annual_cost_kzt, 'region cost');
		expect(await app.page.$('section.headline [data-part="region"] [data-metric^="totals."]')).toBeNull();
		const nation = 'section.headline [data-part="nation"]';
		relClose(await metric(app.page, 'totals.tsa.eligible_households'), sim.totals.tsa.eligible_households, 'national eligible');
		relClose(await metric(app.page, 'totals.tsa.expected_annual_cost_kzt'), sim.totals.tsa.expected_annual_cost_kzt, 'national cost');
		relClose(await metric(app.page, 'totals.local.annual_cost_kzt'), sim.totals.local.annual_cost_kzt, 'national local');
		expect(await app.page.$(`${nation} [data-metric="totals.tsa.expected_annual_cost_kzt"]`)).not.toBeNull();
		expect(await text('section.headline')).toContain('All Kazakhstan, for comparison');
	});

	it("keeps the nation's cost beside the region's in the controls' summary, and says TSA's rules are national", async () => {
		const summary = app.page.locator('[aria-labelledby="controls-summary"]');
		const region = Number(await summary.locator('[data-summary="expected_annual_cost_kzt"]').getAttribute('data-value'));
		const nation = Number(await summary.locator('[data-summary="national_expected_annual_cost_kzt"]').getAttribute('data-value'));
		relClose(region, sim.by_region.turkestan.tsa.expected_annual_cost_kzt, 'summary, region');
		relClose(nation, sim.totals.tsa.expected_annual_cost_kzt, 'summary, nation');
		expect(await summary.innerText()).toContain('the national rules applied to the region');
	});

	it('measures the national budget against the national cost, never the region’s', async () => {
		const budget = await figure('budget');
		expect(budget).toBeGreaterThan(0);
		relClose(await figure('budget_share'), sim.totals.tsa.expected_annual_cost_kzt / budget, 'budget share, scenario');
		relClose(await figure('budget_share', 'data-baseline'), law.totals.tsa.expected_annual_cost_kzt / budget, 'budget share, law');
		relClose(await figure('budget_balance'), sim.totals.tsa.expected_annual_cost_kzt - budget, 'budget balance');
		expect(Math.abs((await figure('budget_share')) - sim.by_region.turkestan.tsa.expected_annual_cost_kzt / budget)).toBeGreaterThan(1e-6);
		const note = await text('section.headline [data-budget-scope="nation"]');
		expect(note).toContain('The TSA budget is national');
		expect(note).toContain('Turkestan');
	});

	it('compares the region’s local assistance with its own figures under the law', async () => {
		const key = 'by_region.turkestan.local.annual_cost_kzt';
		relClose(await metric(app.page, key), sim.by_region.turkestan.local.annual_cost_kzt, 'region local, scenario');
		relClose(
			Number(await app.page.getAttribute(`[data-metric="${key}"]`, 'data-baseline')),
			law.by_region.turkestan.local.annual_cost_kzt,
			'region local, law'
		);
		expect(await text('section.headline')).toContain('Local assistance: Turkestan’s own rules (maslikhat)');
	});

	it('colours the regions by local assistance, with the choice shown', async () => {
		for (const [measure, key, title] of [
			['local_cost', 'annual_cost_kzt', 'Local assistance: annual cost'],
			['local_households', 'eligible_households', 'Local assistance: families helped']
		] as const) {
			await app.page.check(`input[name="va-region-measure"][value="${measure}"]`);
			const map = `[data-chart="regions-map-${measure}"]`;
			await app.page.waitForSelector(`${map} g[data-region="turkestan"]`);
			for (const region of ['turkestan', 'shymkent', 'astana']) {
				const drawn = Number(await app.page.getAttribute(`${map} g[data-region="${region}"]`, 'data-value'));
				relClose(drawn, sim.by_region[region].local[key], `${measure} ${region}`);
			}
			expect(await text('section.regions')).toContain(title);
			expect(await text('section.regions')).toContain('Local assistance (each region’s own rules)');
		}
		await app.page.check('input[name="va-region-measure"][value="coverage"]');
	});
});

describe('one "expected"', () => {
	it('the headline’s expected cost and the take-up panel’s each name their assumption, and the panel quotes the headline’s', async () => {
		const key = '[data-metric="by_region.turkestan.tsa.expected_annual_cost_kzt"]';
		const headline = await labelOf(key);
		expect(headline).toMatch(/^Annual cost at expected take-up \(full take-up, 90\s?% keep the social contract\)$/);
		await app.page.locator('section[data-view="takeup"]').scrollIntoViewIfNeeded();
		await app.page.waitForSelector('section[data-view="takeup"][data-status="ready"]', { timeout: 180_000 });
		const vs = app.page.locator('section[data-view="takeup"] .vs-headline');
		// The panel sets the headline's figure (same scope, same number) beside its own, and says how each is made.
		relClose(
			Number(await vs.getAttribute('data-headline-cost')),
			await metric(app.page, 'by_region.turkestan.tsa.expected_annual_cost_kzt'),
			'quoted'
		);
		const said = await vs.innerText();
		expect(said).toMatch(/full take-up, 90\s?% keep the social contract/);
		expect(said).toContain('learnt from the data');
		const panelTitle = await app.page.innerText('section[data-view="takeup"] [data-chart="takeup-cost"] figcaption');
		expect(panelTitle).toContain('application rates learnt from the data');
		expect(panelTitle).not.toBe(headline);
	});

	it('logs no console errors and makes no outside request', () => {
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	});
});
