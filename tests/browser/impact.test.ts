// The impact view on the embedded dataset: every figure it marks with data-metric is what `npm run simulate` prints
// at that key path for the same scenario (the law's beside it from the law's run), national and for a focused region,
// and a wider poverty line moves them and brings winners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, waitForReady, type AppUnderTest } from './harness';
import { at, relativeGap, simulateCli } from './simulate-cli';

type Figure = { key: string; value: number; baseline: number | null };

/** Scrolls the view into sight (it is asked for figures only on screen) and reads its figures once they are in. */
async function impactFigures(page: Page): Promise<Figure[]> {
	await page.waitForSelector('[data-live-status="ready"]', { timeout: 180_000 });
	await page.locator('[data-view="impact"]').scrollIntoViewIfNeeded();
	await page.waitForSelector('[data-view="impact"][data-status="ready"] [data-metric]', { timeout: 180_000 });
	return page.$$eval('[data-view="impact"] [data-metric]', (els) =>
		els.map((e) => ({
			key: e.getAttribute('data-metric')!,
			value: Number(e.getAttribute('data-value')),
			baseline: e.hasAttribute('data-baseline') ? Number(e.getAttribute('data-baseline')) : null
		}))
	);
}

const REGION = 'turkestan';
const KEYS = ['poor_persons_before', 'poor_persons_after', 'poverty_gap_before_kzt', 'poverty_gap_after_kzt', 'gini_before', 'gini_after'];
const AGES = ['children', 'working_age', 'pension_age'].flatMap((g) => [`poor_by_age.${g}.before`, `poor_by_age.${g}.after`]);

let law: unknown;
let wider: unknown;
let app: AppUnderTest;
let lawFigures: Figure[];
let widerFigures: Figure[];
let lawNoChange: boolean;
let lawProblems: string[];

beforeAll(async () => {
	// The command line runs after the app has its figures: both at once can hold DuckDB-Wasm's start past its deadline.
	app = await openApp('/');
	await waitForReady(app.page, 180_000);
	lawFigures = await impactFigures(app.page);
	lawNoChange = (await app.page.$('[data-view="impact"] [data-no-change]')) !== null;
	lawProblems = [...app.consoleErrors, ...app.outsideRequests];
	await app.close();
	app = await openApp(`/?set.tsa.poverty_line.pm_share=0.8&region=${REGION}`);
	await waitForReady(app.page, 180_000);
	widerFigures = await impactFigures(app.page);
	law = await simulateCli({});
	wider = await simulateCli({ 'tsa.poverty_line.pm_share': 0.8 });
}, 600_000);
afterAll(async () => app?.close());

function expectSame(figures: Figure[], scenarioRun: unknown) {
	for (const f of figures) {
		expect(relativeGap(f.value, at(scenarioRun, f.key)), `${f.key}: ${f.value} vs ${at(scenarioRun, f.key)}`).toBeLessThan(1e-9);
		if (f.baseline !== null) expect(relativeGap(f.baseline, at(law, f.key)), `${f.key} (law)`).toBeLessThan(1e-9);
	}
}

describe('the impact view equals `npm run simulate`', () => {
	it('under the law: national poverty, gap and Gini before and after, by age group; nobody gains or loses', async () => {
		const keys = lawFigures.map((f) => f.key);
		expect(keys).toEqual(expect.arrayContaining([...KEYS, ...AGES].map((k) => `totals.impact.${k}`)));
		expect(keys.some((k) => k.startsWith('by_region.'))).toBe(false);
		expectSame(lawFigures, law);
		expect(at(law, 'totals.impact.poor_persons_after')).toBeLessThan(at(law, 'totals.impact.poor_persons_before'));
		expect(lawFigures.find((f) => f.key === 'totals.impact.poor_persons_after')?.baseline).not.toBeNull();
		expect(lawNoChange).toBe(true);
	});

	it('with the poverty line at 80 % of ПМ and a region focused: the region’s figures and the nation’s beside them', async () => {
		const keys = widerFigures.map((f) => f.key);
		expect(keys).toEqual(expect.arrayContaining(KEYS.flatMap((k) => [`totals.impact.${k}`, `by_region.${REGION}.impact.${k}`])));
		expect(keys).toEqual(expect.arrayContaining(AGES.map((k) => `by_region.${REGION}.impact.${k}`)));
		expectSame(widerFigures, wider);
		// The wider line changes the figures: fewer poor and a smaller gap after assistance than under the law.
		const value = (key: string) => widerFigures.find((f) => f.key === key)!;
		const poor = value('totals.impact.poor_persons_after');
		expect(poor.value).toBeLessThan(poor.baseline!);
		const gap = value(`by_region.${REGION}.impact.poverty_gap_after_kzt`);
		expect(gap.value).toBeLessThan(gap.baseline!);
		expect(await app.page.getAttribute('[data-view="impact"] [data-shown]', 'data-shown')).toBe(REGION);
	});

	it('draws winners and losers by decile: under the wider line some gain and nobody loses', async () => {
		const page = app.page;
		const rows = await page.$$eval('[data-chart="impact-winners-losers"] g[data-row]', (gs) =>
			gs.map((g) => ({ key: g.getAttribute('data-row')!, values: g.getAttribute('data-values')!.split(' ').map(Number) }))
		);
		const all = rows.find((r) => r.key === 'all')!;
		expect(all.values[0]).toBeGreaterThan(0); // a share of persons gains
		expect(all.values[1]).toBe(0); // a wider line takes nothing away
		const change = await page.getAttribute('[data-chart="impact-income-change"] g[data-row="all"]', 'data-values');
		expect(Number(change)).toBeGreaterThan(0);
		// Both charts carry their table and downloads.
		for (const name of ['impact-winners-losers', 'impact-income-change', 'impact-poverty-by-age']) {
			expect(await page.$(`[data-chart="${name}"] details table`), name).not.toBeNull();
			expect(await page.$(`[data-chart="${name}"] [data-download="csv"]`), name).not.toBeNull();
		}
	});

	it('logs no console errors and makes no outside request', () => {
		expect(lawProblems).toEqual([]);
		expect(app.consoleErrors).toEqual([]);
		expect(app.outsideRequests).toEqual([]);
	});
});
