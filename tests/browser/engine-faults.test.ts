// Fault injection on the engine (issue 18): DuckDB-Wasm's worker crashes, dies silently (its queries never answer)
// or its .wasm is blocked. Each ends within seconds in a clear state: the dataset stays shown with its headline
// figures (from its index), the reason is on screen with a Retry, and Retry brings every view back.
import type { Page, Worker } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { metric, openApp, waitForReady, type AppUnderTest } from './harness';

const PM_SHARE = 'Poverty line: share of regional ПМ';
const ENTITLEMENT = 'totals.tsa.annual_entitlement_kzt';
let app: AppUnderTest | null = null;

afterEach(async () => {
	await app?.close();
	app = null;
});

/** The app with engine deadlines shortened (the defaults are a minute), loaded afresh with them. */
async function openWithTimeouts(timeouts: Record<string, number>): Promise<AppUnderTest> {
	const a = await openApp('/');
	await a.context.addInitScript((t) => {
		(window as unknown as { __komekEngineTimeouts: unknown }).__komekEngineTimeouts = t;
	}, timeouts);
	return a;
}

function duckdbWorker(page: Page): Worker {
	const worker = page.workers().find((w) => /duckdb-browser/.test(w.url()));
	if (!worker)
		throw new Error(
			`no DuckDB worker among ${page
				.workers()
				.map((w) => w.url())
				.join(', ')}`
		);
	return worker;
}

/** Waits for the engine-failure notice; returns its kind and reason. */
async function engineFailure(page: Page, timeout: number): Promise<{ kind: string | null; reason: string }> {
	const notice = await page.waitForSelector('[data-engine="failed"]', { timeout });
	return { kind: await notice.getAttribute('data-engine-failure'), reason: (await page.textContent('[data-engine-reason]')) ?? '' };
}

async function setPovertyLine(page: Page, value: string): Promise<void> {
	await page.getByRole('spinbutton', { name: `${PM_SHARE}: exact value`, exact: true }).fill(value);
	await page.keyboard.press('Tab');
}

/** Retry, then every view is back: the engine up, the row views drawn, the figures those of the SQL evaluation. */
async function retryAndRecover(page: Page): Promise<void> {
	await page.click('[data-testid="engine-retry"]');
	await page.waitForSelector('[data-live-status="ready"]', { timeout: 60_000 });
	await page.waitForFunction(
		() => !document.querySelector('[data-engine="failed"]') && !document.querySelector('[data-engine="starting"]'),
		undefined,
		{ timeout: 60_000 }
	);
	await page.waitForSelector('[data-chart="funnel-by-region"]', { timeout: 60_000 });
	expect(await page.locator('[role="alert"]').allInnerTexts()).toEqual([]);
}

describe('engine faults', () => {
	it('a crash of the DuckDB worker is shown within seconds, the figures stay, and Retry restarts it', async () => {
		app = await openApp('/');
		await waitForReady(app.page);
		await app.page.waitForSelector('[data-chart="funnel-by-region"]', { timeout: 60_000 });
		const households = await metric(app.page, 'dataset.households');
		const before = await metric(app.page, ENTITLEMENT);
		const started = Date.now();
		await duckdbWorker(app.page).evaluate(() => {
			setTimeout(() => {
				throw new Error('injected crash');
			}, 0);
		});
		const failure = await engineFailure(app.page, 5000);
		expect(Date.now() - started).toBeLessThan(5000);
		expect(failure.kind).toBe('crashed');
		expect(failure.reason).toMatch(/injected crash/);
		// Nothing lost: the dataset, its figures and a slider answered by the index.
		expect(await metric(app.page, 'dataset.households')).toBe(households);
		// (recomputed from the index, equal to the SQL figure to the last few digits)
		expect(Math.abs((await metric(app.page, ENTITLEMENT)) - before)).toBeLessThanOrEqual(1e-9 * before);
		await setPovertyLine(app.page, '0.9');
		await app.page.waitForFunction(
			(b) => Number(document.querySelector('[data-metric="totals.tsa.annual_entitlement_kzt"]')?.getAttribute('data-value')) > 1.5 * b,
			before
		);
		const fromIndex = await metric(app.page, ENTITLEMENT);
		await retryAndRecover(app.page);
		// The SQL evaluation on the new engine agrees with what the index showed meanwhile.
		expect(Math.abs((await metric(app.page, ENTITLEMENT)) - fromIndex)).toBeLessThanOrEqual(1e-6 * fromIndex);
		expect(await metric(app.page, 'dataset.households')).toBe(households);
		expect(app.outsideRequests).toEqual([]);
	});

	it('a worker that dies silently is caught by the query deadline, and Retry restarts it', async () => {
		app = await openWithTimeouts({ queryMs: 3000 });
		await app.page.reload();
		await waitForReady(app.page);
		await app.page.waitForSelector('[data-chart="funnel-by-region"]', { timeout: 60_000 });
		const households = await metric(app.page, 'dataset.households');
		await duckdbWorker(app.page).evaluate(() => {
			setTimeout(() => self.close(), 0);
		});
		// The next evaluation (a rule switch needs SQL for its row views) never gets an answer.
		await setPovertyLine(app.page, '0.85');
		const failure = await engineFailure(app.page, 10_000);
		expect(failure.kind).toBe('unresponsive');
		expect(failure.reason).toMatch(/did not answer within 3 s/);
		expect(await metric(app.page, 'dataset.households')).toBe(households);
		expect(await app.page.getAttribute('[data-live-status]', 'data-live-status')).not.toBe('error');
		await retryAndRecover(app.page);
	});

	it('a blocked .wasm leaves the dashboard on its index with the reason, and Retry starts the engine once it is served', async () => {
		app = await openApp('/');
		await waitForReady(app.page);
		await app.context.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
		await app.page.reload();
		const failure = await engineFailure(app.page, 10_000);
		expect(failure.kind).toBe('start-failed');
		expect(failure.reason).toMatch(/could not start/);
		expect(failure.reason).toMatch(/\.wasm/);
		// The headline figures come from the build's prefix index, without the engine.
		expect(await metric(app.page, 'dataset.households')).toBeGreaterThan(1000);
		expect(await metric(app.page, ENTITLEMENT)).toBeGreaterThan(0);
		await app.context.unroute('**/*.wasm');
		await retryAndRecover(app.page);
	});
});
