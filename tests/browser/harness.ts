// Drives Debian's headless chromium (playwright-core, no downloaded browser) against the built app on loopback.
import { execSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveStatic } from '../../scripts/serve.js';

/** The chromium flags these machines need (no sandbox as root, no background calls to Google). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** Path of the system chromium: $CHROMIUM_PATH, or what `command -v chromium` finds. */
export function chromiumPath(): string {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
		try {
			return execSync(`command -v ${name}`, { encoding: 'utf8', shell: '/bin/sh' }).trim();
		} catch {
			// try the next name
		}
	}
	throw new Error("No chromium found: install Debian's `chromium` (apt-get install -y chromium) or set CHROMIUM_PATH.");
}

/** True for the loopback addresses the app may talk to; anything else is an outside request. */
export function isLocal(url: string): boolean {
	if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
	const host = new URL(url).hostname;
	return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/** A running app in a fresh browser, with every outside request, console error and page error recorded. */
export type AppUnderTest = {
	url: string;
	browser: Browser;
	context: BrowserContext;
	page: Page;
	outsideRequests: string[];
	consoleErrors: string[];
	close(): Promise<void>;
};

/**
 * Serves build/ on a free loopback port and opens it in headless chromium; outside requests are aborted. `options` sets
 * the viewport and a script run in the page before the app's own.
 */
export async function openApp(
	path = '/',
	options: { viewport?: { width: number; height: number }; initScript?: string } = {}
): Promise<AppUnderTest> {
	const server = await serveStatic(process.env.KOMEK_BUILD_DIR ?? 'build', 0);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
	const context = await browser.newContext({ acceptDownloads: true, ...(options.viewport ? { viewport: options.viewport } : {}) });
	if (options.initScript) await context.addInitScript(options.initScript);
	const outsideRequests: string[] = [];
	const consoleErrors: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (isLocal(url)) return route.continue();
		outsideRequests.push(url);
		return route.abort('blockedbyclient');
	});
	// Requests that bypass routing (e.g. from workers) are still seen here.
	context.on('request', (req) => {
		if (!isLocal(req.url()) && !outsideRequests.includes(req.url())) outsideRequests.push(req.url());
	});
	const page = await context.newPage();
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => consoleErrors.push(String(err)));
	await page.goto(new URL(path, server.url).href);
	return {
		url: server.url,
		browser,
		context,
		page,
		outsideRequests,
		consoleErrors,
		async close() {
			await browser.close();
			await server.close();
		}
	};
}

/** Waits until the dashboard is up on its dataset (or the app failed: then throws with the message on screen). */
export async function waitForReady(page: Page, timeout = 60_000): Promise<void> {
	// The dashboard shows the dataset and the prepared index's figures before DuckDB-Wasm is up ("starting").
	await page.waitForSelector('[data-live-status]:not([data-live-status="starting"]), [role="alert"]', { timeout });
	const alert = await page.$('[role="alert"]');
	if (alert) throw new Error(`The app showed an error: ${await alert.innerText()}`);
}

/** Headline figures (group, key under totals) the tests compare with npm run simulate. */
export const HEADLINE_FIGURES: [string, string][] = [
	['tsa', 'eligible_households'],
	['tsa', 'eligible_persons'],
	['tsa', 'annual_entitlement_kzt'],
	['tsa', 'expected_annual_cost_kzt'],
	['gap', 'notified_households'],
	['local', 'annual_cost_kzt']
];

/** Reads the raw number of a headline figure by its contract key path. */
export async function metric(page: Page, key: string): Promise<number> {
	const value = await page.getAttribute(`[data-metric="${key}"]`, 'data-value');
	if (value === null) throw new Error(`No figure with data-metric="${key}" on the page`);
	return Number(value);
}
