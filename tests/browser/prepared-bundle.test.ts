// A prepared bundle (npm run bundle) opened in the app: the figures equal npm run simulate on the same folder,
// slider moves and rules switched are answered from the bundle alone, views and changes that need rows say so,
// and files loaded later take over.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../src/lib/rules/parameters';
import { switchOnValue } from '../../src/routes/controls/param-values';
import { HEADLINE_FIGURES, metric, openApp, type AppUnderTest } from './harness';

const FOLDER = 'tests/fixtures/good';
const PM_SHARE = 'Poverty line: share of regional ПМ';
const VEHICLES = 'Most vehicles a family may own: test applies';
const SPENDING = 'Card spending limit, share of poverty line: test applies';
// The limit the vehicle test takes when switched on.
const VEHICLE_LIMIT = switchOnValue(
	PARAMETERS.find((p) => p.path === 'tsa.assets.max_vehicles')!,
	null
);
type CliOutput = { totals: Record<string, Record<string, number>>; dataset: Record<string, number> };

let app: AppUnderTest;
let dir: string;
const cli: Record<string, CliOutput> = {};

async function simulate(name: string, params: Record<string, number>): Promise<CliOutput> {
	const file = join(dir, `${name}.json`);
	writeFileSync(file, JSON.stringify({ name, year: 2026, params }));
	const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/simulate.ts', '--data', FOLDER, '--scenario', file]);
	return JSON.parse(stdout);
}

async function expectFigures(want: CliOutput, page = app.page): Promise<void> {
	await page.waitForFunction(
		(n) => Number(document.querySelector('[data-metric="totals.tsa.annual_entitlement_kzt"]')?.getAttribute('data-value')) === n,
		want.totals.tsa.annual_entitlement_kzt,
		{ timeout: 60_000 }
	);
	for (const [group, key] of HEADLINE_FIGURES) {
		const expected = want.totals[group][key];
		expect(Math.abs((await metric(page, `totals.${group}.${key}`)) - expected), key).toBeLessThanOrEqual(1e-6 * Math.max(1, expected));
	}
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'komek-bundle-'));
	await promisify(execFile)('npx', [
		'tsx',
		'scripts/prepare-bundle.ts',
		'--data',
		FOLDER,
		'--out',
		join(dir, 'good.komek.arrows'),
		'--engine',
		'wasm'
	]);
	writeFileSync(join(dir, 'broken.komek.arrows'), 'hh_id,region\n1,astana\n');
	cli.law = await simulate('law', {});
	cli.line = await simulate('line', { 'tsa.poverty_line.pm_share': 0.9 });
	cli.vehicles = await simulate('vehicles', { 'tsa.poverty_line.pm_share': 0.9, 'tsa.assets.max_vehicles': VEHICLE_LIMIT });
	app = await openApp('/');
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
}, 300_000);
afterAll(async () => app?.close());

/** The funnel's figures on screen (data-figure → value), once it has answered in sight (off screen it waits a pause). */
async function funnelFigures(page = app.page): Promise<Record<string, number>> {
	await page.locator('[data-view="funnel"]').scrollIntoViewIfNeeded();
	await page.waitForSelector('[data-view="funnel"][data-status="ready"]');
	return page.$$eval('[data-view="funnel"] [data-figure][data-value]', (els) =>
		Object.fromEntries(els.map((e) => [e.getAttribute('data-figure')!, Number(e.getAttribute('data-value'))]))
	);
}
let funnelOnBundle: Record<string, number> = {};

describe('a prepared bundle in the app', () => {
	it('refuses a file that is not a bundle, naming it, and keeps the dataset shown', async () => {
		const before = await metric(app.page, 'dataset.households');
		await app.page.setInputFiles('input[data-testid="pick-files"]', join(dir, 'broken.komek.arrows'));
		await app.page.waitForSelector('[data-upload-status="failed"]');
		expect(await app.page.locator('[data-upload-status="failed"]').textContent()).toMatch(/broken\.komek\.arrows: not a prepared bundle/);
		expect(await metric(app.page, 'dataset.households')).toBe(before);
		expect(await app.page.locator('[data-prepared]').count()).toBe(0);
		// The engine, let go while the file was read, holds the dataset's rows again: a rule that needs them answers.
		await app.page.waitForFunction(() => !document.querySelector('[data-engine]'), undefined, { timeout: 120_000 });
		await app.page.getByRole('checkbox', { name: SPENDING, exact: true }).check();
		await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
		expect(await app.page.locator('[data-needs-rows]').count()).toBe(0);
		await app.page.getByRole('checkbox', { name: SPENDING, exact: true }).uncheck();
		await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
	});

	it('shows the figures npm run simulate gives on the folder it was made from', async () => {
		await app.page.setInputFiles('input[data-testid="pick-files"]', join(dir, 'good.komek.arrows'));
		await app.page.waitForSelector('[data-upload-status="loaded"]');
		expect(await metric(app.page, 'dataset.households')).toBe(cli.law.dataset.households);
		await expectFigures(cli.law);
		expect(await app.page.getAttribute('[data-live-status]', 'data-live-status')).toBe('ready');
	});

	it('shows every view from the household columns and the index, and says so', async () => {
		const page = app.page;
		expect(await page.locator('[data-prepared="good"]').textContent()).toMatch(/Every view is computed from the bundle/);
		for (const view of ['funnel', 'gainers-losers', 'impact', 'exclusion', 'takeup', 'targeting']) {
			await page.locator(`[data-view="${view}"]`).scrollIntoViewIfNeeded();
			await page.waitForSelector(`[data-view="${view}"][data-status="ready"]`, { timeout: 30_000 });
		}
		// The sweep and the frontier from the bundle's index, through the scenario's cost.
		await page.locator('[data-view="sweep"]').scrollIntoViewIfNeeded();
		await page.waitForSelector('[data-view="sweep"][data-busy="false"] [data-chart="sweep-cost"]', { timeout: 30_000 });
		expect(await page.locator('[data-view="sweep"] [data-sweep-scenario]').count()).toBe(1);
		await page.locator('[data-frontier]').scrollIntoViewIfNeeded();
		await page.waitForSelector('[data-frontier][data-busy="false"][data-points="23"]', { timeout: 30_000 });
		// The explorer finds a family the scenario pays, with its rule-by-rule trace.
		await page.click('[data-preset="scenario_pays"]');
		const row = await page.waitForSelector('table[data-trace] tr[data-step="tsa.eligible"]', { timeout: 30_000 });
		expect(await row.getAttribute('data-value')).toBe('true');
		// The calculator pays a typed family with one low wage.
		const wages = '[data-view="calculator"] [data-member="0"] [data-calc="income_wages"]';
		await page.locator(wages).scrollIntoViewIfNeeded();
		await page.fill(wages, '50000');
		await page.waitForFunction(() => Number(document.querySelector('[data-calc-tsa="law"]')?.getAttribute('data-value') ?? 0) > 0, null, {
			timeout: 30_000
		});
		expect(app.consoleErrors).toEqual([]);
	});

	it('answers a slider move exactly from the bundle alone', async () => {
		await app.page.getByRole('spinbutton', { name: `${PM_SHARE}: exact value`, exact: true }).fill('0.9');
		await app.page.keyboard.press('Tab');
		await expectFigures(cli.line);
		expect(await app.page.locator('[data-needs-rows]').count()).toBe(0);
		funnelOnBundle = await funnelFigures();
	});

	it('answers a rule switched on exactly, from the household columns the bundle holds', async () => {
		await app.page.getByRole('checkbox', { name: VEHICLES, exact: true }).check();
		await expectFigures(cli.vehicles);
		expect(cli.vehicles.totals.tsa.annual_entitlement_kzt).not.toBe(cli.line.totals.tsa.annual_entitlement_kzt);
		expect(await app.page.locator('[data-needs-rows]').count()).toBe(0);
		await app.page.getByRole('checkbox', { name: VEHICLES, exact: true }).uncheck();
		await expectFigures(cli.line);
	});

	it('says when a change needs the rows a bundle does not hold (the card-spending test)', async () => {
		const shown = await metric(app.page, 'totals.tsa.annual_entitlement_kzt');
		await app.page.getByRole('checkbox', { name: SPENDING, exact: true }).check();
		await app.page.waitForSelector('[data-needs-rows]');
		expect(await metric(app.page, 'totals.tsa.annual_entitlement_kzt')).toBe(shown);
		await app.page.getByRole('checkbox', { name: SPENDING, exact: true }).uncheck();
		await app.page.waitForFunction(() => !document.querySelector('[data-needs-rows]'));
	});

	it("hands back to the engine when the folder's own files are loaded", async () => {
		await app.page.setInputFiles('input[data-testid="pick-files"]', [`${FOLDER}/households.csv`, `${FOLDER}/persons.csv`]);
		await app.page.waitForFunction(() => !document.querySelector('[data-prepared]'), undefined, { timeout: 120_000 });
		await app.page.waitForSelector('[data-chart="funnel-by-region"]', { timeout: 120_000 });
		await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
		await expectFigures(cli.line);
		// The funnel the bundle's columns gave is the one SQL gives on the rows, for the same scenario.
		expect(Object.keys(funnelOnBundle).length).toBeGreaterThan(0);
		for (const [figure, value] of Object.entries(funnelOnBundle))
			await expect.poll(async () => (await funnelFigures())[figure], { message: figure, timeout: 30_000 }).toBeCloseTo(value, 6);
	});

	/** A fresh page that evaluates at most 2 families, with the fixture's bundle (more) opened in it. */
	async function openAboveLimit() {
		const small = await openApp('/', { initScript: 'window.__komekHouseholdViewsMax = 2;' });
		await small.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
		await small.page.setInputFiles('input[data-testid="pick-files"]', join(dir, 'good.komek.arrows'));
		await small.page.waitForSelector('[data-upload-status="loaded"]');
		return small;
	}

	it('on a bundle of more families than the page evaluates, turns the views that read them off and names them; the index and the facts still answer', async () => {
		// As the national bundle (5.6 M families) does at the default limit; here the limit is set below the fixture's size.
		const small = await openAboveLimit();
		try {
			const page = small.page;
			const notice = page.locator('[data-households-withheld]');
			await notice.waitFor();
			expect(await notice.getAttribute('data-households-withheld')).toBe(String(cli.law.dataset.households));
			const text = await notice.textContent();
			expect(text).toMatch(/more than the page evaluates family by family/);
			for (const title of ['Who gains and who loses', 'Family explorer']) expect(text).toContain(title);
			expect(await notice.locator('li').allTextContents()).not.toContain('Notified versus applied');
			for (const view of ['gainers-losers', 'impact', 'exclusion', 'explorer', 'takeup'])
				expect(await page.locator(`[data-view="${view}"]`).count(), view).toBe(0);
			await expectFigures(cli.law, page);
			// The funnel stays: its stages are the index's totals, what the data records its facts; the same figures as
			// with every family evaluated, at the same line.
			await page.getByRole('spinbutton', { name: `${PM_SHARE}: exact value`, exact: true }).fill('0.9');
			await page.keyboard.press('Tab');
			await expectFigures(cli.line, page);
			expect(Object.keys(funnelOnBundle).length).toBeGreaterThan(5);
			for (const [figure, value] of Object.entries(funnelOnBundle))
				await expect.poll(async () => (await funnelFigures(page))[figure], { message: figure, timeout: 30_000 }).toBeCloseTo(value, 6);
			// The sweep and the frontier still answer from the bundle's index; the targeting view says which parts are off.
			await page.locator('[data-view="sweep"]').scrollIntoViewIfNeeded();
			await page.waitForSelector('[data-view="sweep"][data-busy="false"] [data-chart="sweep-cost"]', { timeout: 30_000 });
			await page.locator('[data-frontier]').scrollIntoViewIfNeeded();
			await page.waitForSelector('[data-frontier][data-busy="false"][data-points="23"]', { timeout: 30_000 });
			expect(await page.locator('[data-view="targeting"] [data-rows-off]').count()).toBe(1);
			// The report: the sweep from the index and the funnel's stages from its totals; gainers and losers say they are off.
			await page.click('a[data-link="report"]');
			await page.waitForSelector('[data-report-section="sweep"][data-status="ready"] [data-chart]', { timeout: 60_000 });
			await page.waitForSelector('[data-report-section="gap"] [data-table="funnel"] tr[data-stage="paid"]', { timeout: 30_000 });
			await page.waitForSelector('[data-report-section="gap"] [data-figure="funnel.observed.notified"]', { timeout: 30_000 });
			await page.waitForSelector('[data-report-section="gainers"][data-status="off"] [data-rows-off]', { timeout: 30_000 });
			expect(small.consoleErrors).toEqual([]);
			expect(small.outsideRequests).toEqual([]);
		} finally {
			await small.close();
		}
	});

	it('turns the withheld views on when asked: they answer once changes pause, the same figures as with the rows', async () => {
		const small = await openAboveLimit();
		try {
			const page = small.page;
			const show = page.locator('[data-households-withheld] button[data-show-withheld]');
			expect(await page.locator('[data-households-withheld]').textContent()).toMatch(/about \d+(\.\d)? GB more memory/);
			await show.click();
			await page.waitForSelector('[data-withheld-shown]');
			expect(await page.locator('[data-households-withheld]').count()).toBe(0);
			const gainers = '[data-view="gainers-losers"]';
			await page.getByRole('spinbutton', { name: `${PM_SHARE}: exact value`, exact: true }).fill('0.9');
			await page.keyboard.press('Tab');
			// Pending for the pause (a second), the views show their last figures dimmed after 0.4 s.
			await page.waitForSelector(`${gainers}[data-status="pending"][data-stale]`, { timeout: 10_000 });
			await expectFigures(cli.line, page);
			// The views wait for the pause, saying so, then answer from the bundle's columns (no longer dimmed).
			await page.locator(gainers).scrollIntoViewIfNeeded();
			await page.waitForSelector(`${gainers}[data-status="ready"] p[data-gainers]`, { timeout: 30_000 });
			expect(await page.locator('[data-households-pending]').count()).toBe(0);
			expect(await page.locator(`${gainers}[data-stale]`).count()).toBe(0);
			for (const view of ['impact', 'exclusion', 'explorer', 'takeup'])
				expect(await page.locator(`[data-view="${view}"]`).count(), view).toBe(1);
			// The main page holds the folder's own rows at the same line: its gainers and losers are the same.
			const figuresOf = (p: typeof page) =>
				p
					.locator(`${gainers} p[data-gainers]`)
					.evaluate((el) => ['data-gainers', 'data-losers', 'data-newly', 'data-no-longer'].map((a) => Number(el.getAttribute(a))));
			await app.page.locator(gainers).scrollIntoViewIfNeeded();
			await app.page.waitForSelector(`${gainers}[data-status="ready"] p[data-gainers]`, { timeout: 60_000 });
			const [withRows, fromBundle] = [await figuresOf(app.page), await figuresOf(page)];
			expect(withRows.some((v) => v > 0)).toBe(true);
			fromBundle.forEach((v, i) => expect(v).toBeCloseTo(withRows[i], 6));
			expect(small.consoleErrors).toEqual([]);
			expect(small.outsideRequests).toEqual([]);
		} finally {
			await small.close();
		}
	});

	it('makes no outside request and logs no error', () => {
		expect(app.outsideRequests).toEqual([]);
		expect(app.consoleErrors).toEqual([]);
	});
});
