import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURES } from '$lib/report/measures';
import { openApp, type AppUnderTest } from './harness';
import { at, relativeGap, simulateCli } from './simulate-cli';

const WIDE = { 'tsa.poverty_line.pm_share': 0.8 };
const CHILDREN = { 'tsa.child_supplement.mrp_per_child': 3 };
// Column order: the first saved scenario, the law, the second saved one: deltas are against a non-law column.
let expected: unknown[];
let app: AppUnderTest;

type Cell = { column: number; metric: string | null; value: number; delta: number };
const cells = (table: string): Promise<Cell[]> =>
	app.page.$$eval(`table[data-table="${table}"] td[data-column]`, (els) =>
		els.map((e) => ({
			column: Number(e.getAttribute('data-column')),
			metric: e.getAttribute('data-metric'),
			value: Number(e.getAttribute('data-value')),
			delta: Number(e.getAttribute('data-delta'))
		}))
	);

beforeAll(async () => {
	expected = await Promise.all([simulateCli(WIDE), simulateCli({}), simulateCli(CHILDREN)]);
	app = await openApp('/');
	await app.page.evaluate(
		([wide, children]) => {
			const save = (name: string, overrides: object) =>
				localStorage.setItem(`komek.scenario.v1:${name}`, JSON.stringify({ name, year: 2026, overrides, region: null, budget: null }));
			save('Wide line', wide);
			save('Children 3 MRP', children);
		},
		[WIDE, CHILDREN]
	);
	await app.page.goto(
		new URL('/compare?col=saved:Wide%20line&col=law:2026&col=saved:Children%203%20MRP&regions=almaty,turkestan', app.url).href
	);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 180_000 });
}, 400_000);
afterAll(async () => app?.close());

describe('scenarios side by side', () => {
	it('gives each column the figures of its own `npm run simulate` run, deltas column − first column', async () => {
		const all = await cells('compare-figures');
		expect(all).toHaveLength(MEASURES.length * 3);
		for (const c of all) {
			const want = at(expected[c.column], c.metric!);
			expect(relativeGap(c.value, want), `${c.column} ${c.metric}`).toBeLessThan(1e-9);
			const first = at(expected[0], c.metric!);
			expect(relativeGap(c.delta, want - first), `${c.column} ${c.metric} delta`).toBeLessThan(1e-9);
		}
		const households = all.filter((c) => c.metric === 'totals.tsa.eligible_households');
		expect(households[1].delta).toBeLessThan(0);
	});

	it('lays the chosen measure out by region, and switching the measure redraws table and chart', async () => {
		for (const measure of ['tsa.expected_annual_cost_kzt', 'tsa.eligible_persons']) {
			await app.page.selectOption('select[data-control="measure"]', measure);
			await app.page.waitForSelector(`[data-chart="compare-${measure}"]`);
			const rows = await app.page.$$eval('table[data-table="compare-regions"] tr[data-region]', (trs) =>
				trs.map((tr) => ({
					region: tr.getAttribute('data-region')!,
					values: [...tr.querySelectorAll('td')].map((td) => Number(td.getAttribute('data-value')))
				}))
			);
			expect(rows).toHaveLength(20);
			for (const r of rows)
				r.values.forEach((v, i) =>
					expect(relativeGap(v, at(expected[i], `by_region.${r.region}.${measure}`)), `${r.region} ${i}`).toBeLessThan(1e-9)
				);
			expect(app.page.url()).toContain(`measure=${measure}`);
		}
	});

	it('puts the chosen regions’ local rules and figures in columns', async () => {
		await app.page.selectOption('select[data-control="local-scenario"]', '2');
		for (const region of ['almaty', 'turkestan']) {
			const v = Number(await app.page.getAttribute(`[data-metric="by_region.${region}.local.annual_cost_kzt"]`, 'data-value'));
			expect(relativeGap(v, at(expected[2], `by_region.${region}.local.annual_cost_kzt`))).toBeLessThan(1e-9);
		}
		expect(await app.page.locator('table[data-table="compare-local"] td[data-path="local.turkestan.income_amount_mrp"]').count()).toBe(1);
	});

	it('keeps the columns in the URL, removes one on request, and stays clean', async () => {
		expect(app.page.url()).toContain('col=saved%3AWide+line');
		await app.page
			.getByRole('button', { name: /3\. Children 3 MRP/ })
			.last()
			.click();
		await app.page.waitForFunction(() => document.querySelectorAll('table[data-table="compare-figures"] thead th').length === 3);
		expect(app.page.url()).not.toContain('Children');
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	});
});
