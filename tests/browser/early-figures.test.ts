// Cold start: the build's prefix index answers the headline before DuckDB-Wasm is up, and the engine agrees.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp, type AppUnderTest } from './harness';

let app: AppUnderTest;
beforeAll(async () => {
	app = await openApp();
});
afterAll(async () => app?.close());

const FIGURE = '[data-metric="totals.tsa.annual_entitlement_kzt"]';

/** Every headline figure on the page, read at one instant: metric → raw value. */
async function headline(): Promise<Record<string, number>> {
	return app.page.$$eval('[data-metric^="totals."]', (els) =>
		Object.fromEntries(
			els
				.filter((e) => e.getAttribute('data-value') !== '')
				.map((e) => [e.getAttribute('data-metric')!, Number(e.getAttribute('data-value'))])
		)
	);
}

it('shows the headline figures while the engine is still starting, then the SQL evaluation gives the same, to the tenge', async () => {
	// Both at once: figures on the page and the status saying DuckDB-Wasm is not attached yet.
	await app.page.waitForFunction((sel) => document.querySelector('[data-live-status="starting"]') && document.querySelector(sel), FIGURE, {
		timeout: 60_000
	});
	const early = await headline();
	expect(await app.page.$('[data-engine="starting"] progress')).not.toBeNull();
	expect(Object.keys(early).length).toBeGreaterThanOrEqual(10);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
	const exact = await headline();
	// Every figure shown early stays, to the tenge. The impact view's (from the household rows' columns, answered in
	// tasks of their own after the headline paints) may come after the first figures.
	expect(Object.keys(exact).filter((key) => !(key in early) && !key.startsWith('totals.impact.'))).toEqual([]);
	for (const [key, value] of Object.entries(early)) expect(Math.abs(exact[key] - value), key).toBeLessThan(1);
	expect(await app.page.$('[data-engine="starting"]')).toBeNull();
});

it('fetches each file of the embedded preview once: the page preloads them (app.html) and the app reuses the download', async () => {
	const entries = await app.page.evaluate(() =>
		(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => [new URL(e.name).pathname, e.initiatorType])
	);
	for (const file of ['report.json', 'fast-index.bin', 'household-columns.komek.arrows'])
		expect(
			entries.filter(([path]) => path === `/embedded/${file}`),
			file
		).toEqual([[`/embedded/${file}`, 'link']]);
});

it('logs no console errors and asks nothing of any host but localhost', () => {
	expect(app.consoleErrors).toEqual([]);
	expect(app.outsideRequests).toEqual([]);
});
