import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../../src/lib/data/regions';
import { openApp, waitForReady, metric, type AppUnderTest } from './harness';
import { expectedPopulation } from './expected';

const EMBEDDED = 'datasets/embedded';
let app: AppUnderTest;
let expected: ReturnType<typeof expectedPopulation>;

beforeAll(async () => {
	expected = expectedPopulation(EMBEDDED);
	app = await openApp();
	await waitForReady(app.page);
});
afterAll(async () => app?.close());

async function bars(measure: 'persons' | 'households') {
	await app.page.check(`input[type=radio][value=${measure}]`);
	const chart = `[data-chart="population-by-region-${measure}"]`;
	await app.page.waitForSelector(chart);
	return app.page.$$eval(`${chart} g[data-region]`, (gs) =>
		gs.map((g) => ({ region: g.getAttribute('data-region')!, value: Number(g.getAttribute('data-value')) }))
	);
}

describe('the app on the embedded dataset, in headless chromium', () => {
	it('shows the dataset headline figures exactly as the files give them', async () => {
		expect(await metric(app.page, 'dataset.households')).toBe(expected.totals.households);
		expect(await metric(app.page, 'dataset.persons')).toBe(expected.totals.persons);
		expect(await metric(app.page, 'dataset.weighted_households')).toBeCloseTo(expected.totals.weighted_households, 3);
		expect(await metric(app.page, 'dataset.weighted_persons')).toBeCloseTo(expected.totals.weighted_persons, 3);
	});

	it('draws all 20 regions with the right weighted persons and households', async () => {
		for (const measure of ['persons', 'households'] as const) {
			const drawn = await bars(measure);
			expect(drawn.map((b) => b.region).sort()).toEqual([...REGION_CODES].sort());
			for (const want of expected.regions) {
				const got = drawn.find((b) => b.region === want.region)!;
				expect(got.value, `${measure} in ${want.region}`).toBeCloseTo(want[`weighted_${measure}`], 3);
			}
		}
	});

	it('offers the chart as a table for screen readers', async () => {
		const rows = await app.page.$$eval('[data-chart^="population-by-region"] table tbody tr', (trs) => trs.length);
		expect(rows).toBe(20);
	});

	it('logs no console errors', () => {
		expect(app.consoleErrors).toEqual([]);
	});

	it('makes no request to any host but localhost', () => {
		expect(app.outsideRequests).toEqual([]);
	});

	it('would notice an outside request (the guard itself works)', async () => {
		const probe = await openApp();
		try {
			// A navigation: the page's Content-Security-Policy would stop a fetch before it became a request.
			await probe.page.goto('http://example.org/probe').catch(() => null);
			expect(probe.outsideRequests).toContain('http://example.org/probe');
		} finally {
			await probe.close();
		}
	});
});
