// The app under its Content-Security-Policy (scripts/csp.js, served by scripts/serve.js and in the page's <meta>):
// it starts, shows its figures, runs DuckDB-Wasm and the column kernel, and the browser refuses nothing; eval stays
// refused in the page and in its workers.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { metric, openApp, waitForReady, type AppUnderTest } from './harness';

const FIGURE = 'totals.tsa.annual_entitlement_kzt';
const VEHICLES = 'Most vehicles a family may own: test applies';

let app: AppUnderTest;
const workers: Worker[] = [];
const workerErrors: string[] = [];

beforeAll(async () => {
	app = await openApp();
	// Every violation the page sees, from its first script on (the reload below starts the app again under it).
	await app.context.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __violations: seen });
		addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
	app.page.on('worker', (worker) => {
		workers.push(worker);
		worker.on('console', (msg) => {
			if (msg.type() === 'error') workerErrors.push(msg.text());
		});
	});
	await app.page.reload();
});
afterAll(async () => app?.close());

/** Violations the page has recorded. */
async function violations(): Promise<string[]> {
	return app.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

it('starts under the policy: headline figures, then DuckDB-Wasm in its worker, with nothing refused', async () => {
	await app.page.waitForSelector(`[data-metric="${FIGURE}"]:not([data-value=""])`, { timeout: 60_000 });
	expect(await metric(app.page, FIGURE)).toBeGreaterThan(0);
	await waitForReady(app.page, 120_000);
	await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
	expect(await violations()).toEqual([]);
	expect(app.consoleErrors).toEqual([]);
	expect(workerErrors).toEqual([]);
});

it('switches a rule under the policy: the column kernel builds the new structure without eval', async () => {
	const before = await metric(app.page, FIGURE);
	await app.page.getByRole('checkbox', { name: VEHICLES, exact: true }).check();
	await app.page.waitForFunction(
		([sel, old]) => {
			const value = document.querySelector(sel)?.getAttribute('data-value');
			return value !== '' && Number(value) !== old && document.querySelector('[data-fast-path="ready"][data-live-status="ready"]');
		},
		[`[data-metric="${FIGURE}"]`, before] as const,
		{ timeout: 120_000 }
	);
	expect(await violations()).toEqual([]);
	expect(app.consoleErrors).toEqual([]);
	expect(workerErrors).toEqual([]);
});

it('sends the policy as a header: the page’s, and its workers’ (WebAssembly may compile there, nothing may be eval’d)', async () => {
	const policyOf = async (url: string) => (await fetch(url, { method: 'HEAD' })).headers.get('content-security-policy') ?? '';
	const page = await policyOf(app.url);
	expect(page).toMatch(/(^|; )script-src 'self' 'sha256-[^' ]+'(;|$)/);
	expect(page).toMatch(/(^|; )worker-src 'self'(;|$)/);
	expect(page).toContain("frame-ancestors 'none'");
	expect(page).not.toMatch(/'unsafe-(eval|inline)'|wasm-unsafe-eval/);
	expect(workers.map((w) => new URL(w.url()).pathname)).toContainEqual(expect.stringMatching(/duckdb-browser-[a-z]+\.worker\./));
	for (const worker of workers) {
		const policy = await policyOf(worker.url());
		expect(policy, worker.url()).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
		expect(policy, worker.url()).not.toMatch(/'unsafe-(eval|inline)'/);
	}
});

it('refuses eval and injected scripts in the page, and eval in each of its workers', async () => {
	// Code run by the test harness may eval; a string given to setTimeout runs later, as the page's own.
	const probe = () =>
		new Promise<boolean>((done) => {
			const scope = globalThis as unknown as { evaluated?: boolean };
			scope.evaluated = false;
			setTimeout('globalThis.evaluated = true' as unknown as () => void, 0);
			setTimeout(() => done(scope.evaluated === true), 100);
		});
	expect(await app.page.evaluate(probe)).toBe(false);
	const injected = await app.page.evaluate(
		() =>
			new Promise<boolean>((done) => {
				const script = document.createElement('script');
				script.textContent = 'window.injected = true';
				document.head.append(script);
				setTimeout(() => done((window as unknown as { injected?: boolean }).injected === true), 100);
			})
	);
	expect(injected).toBe(false);
	expect(workers.length).toBeGreaterThan(0);
	for (const worker of workers) expect(await worker.evaluate(probe), worker.url()).toBe(false);
	expect((await violations()).some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
});
