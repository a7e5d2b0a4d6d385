import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { metric, openApp, waitForReady, type AppUnderTest } from './harness';

let app: AppUnderTest;
beforeAll(async () => {
	app = await openApp();
	await waitForReady(app.page);
});
afterAll(async () => app?.close());

async function goto(path: string): Promise<Page> {
	await app.page.goto(new URL(path, app.url).href);
	await waitForReady(app.page);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
	return app.page;
}

const points = (page: Page, chart: string, series: string) =>
	page.$$eval(`[data-chart="${chart}"] circle[data-series="${series}"]`, (cs) =>
		cs.map((c) => ({ x: Number(c.getAttribute('data-x')), value: Number(c.getAttribute('data-value')) }))
	);

describe('analysis views in headless chromium', () => {
	it('sweeps 23 shares and its point at the scenario share equals the headline figures', async () => {
		const page = await goto('/');
		await page.waitForSelector('[data-chart="sweep-cost"] circle', { timeout: 120_000 });
		const expected = await points(page, 'sweep-cost', 'expected_annual_cost_kzt');
		const full = await points(page, 'sweep-cost', 'annual_entitlement_kzt');
		expect(expected).toHaveLength(23);
		expect(expected[0].x).toBe(0.4);
		expect(expected[22].x).toBe(1.5);
		const at = (list: typeof expected) => list.find((p) => p.x === 0.7)!.value;
		const headlineCost = await metric(page, 'totals.tsa.expected_annual_cost_kzt');
		const headlineFull = await metric(page, 'totals.tsa.annual_entitlement_kzt');
		expect(headlineCost).toBeGreaterThan(0);
		expect(at(expected) / headlineCost).toBeCloseTo(1, 9);
		expect(at(full) / headlineFull).toBeCloseTo(1, 9);
		const coverage = await points(page, 'sweep-coverage', 'coverage');
		const eligible = await metric(page, 'totals.tsa.eligible_persons');
		const persons = await metric(page, 'dataset.weighted_persons');
		expect(at(coverage)).toBeCloseTo(eligible / persons, 9);
	});

	it('a higher poverty line (0.9 of ПМ) gives gainers and no losers', async () => {
		const page = await goto('/?set.tsa.poverty_line.pm_share=0.9');
		const totals = await page.waitForSelector('[data-view="gainers-losers"] [data-gainers][data-losers]', { timeout: 120_000 });
		expect(Number(await totals.getAttribute('data-gainers'))).toBeGreaterThan(0);
		expect(Number(await totals.getAttribute('data-newly'))).toBeGreaterThan(0);
		expect(Number(await totals.getAttribute('data-losers'))).toBe(0);
		expect(Number(await totals.getAttribute('data-no-longer'))).toBe(0);
	});

	it('switching on the vehicle test (at most 0 cars) makes the vehicles row of the exclusion view non-zero', async () => {
		const page = await goto('/?set.tsa.assets.max_vehicles=0');
		const row = await page.waitForSelector('[data-view="exclusion"] tr[data-test="vehicle"]', { timeout: 120_000 });
		expect(Number(await row.getAttribute('data-any'))).toBeGreaterThan(0);
		expect(Number(await row.getAttribute('data-baseline-any'))).toBe(0);
	});

	it('the explorer shows a preset family’s trace with the poverty-line step under law and scenario', async () => {
		const page = await goto('/?set.tsa.poverty_line.pm_share=0.9');
		let found = false;
		for (const key of ['turkestan_couple_3', 'single_mother_2', 'disabled_child', 'astana_pensioner']) {
			await page.click(`[data-preset="${key}"]`);
			await page.waitForSelector('[data-view="explorer"] .message', { timeout: 60_000 });
			const text = await page.innerText('[data-view="explorer"] .message');
			if (/none in this dataset/.test(text)) continue;
			const step = await page.waitForSelector('table[data-trace] tr[data-step="tsa.poverty_line"]', { timeout: 60_000 });
			const law = Number(await step.getAttribute('data-baseline'));
			const scen = Number(await step.getAttribute('data-value'));
			expect(law).toBeGreaterThan(0);
			expect(scen).toBeGreaterThanOrEqual(law);
			found = true;
			break;
		}
		expect(found).toBe(true);
		await page.screenshot({ path: '/tmp/vb-explorer.png', fullPage: true });
	});

	it('logs no console errors and makes no outside request', () => {
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	});
});
