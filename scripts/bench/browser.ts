// Browser half of the benchmark: cold start and slider latency in headless chromium on the built app.
import type { Page } from 'playwright-core';
import { openApp } from '../../tests/browser/harness';
import { stats, type Stats } from './stats';

const SLIDER = '[data-param="tsa.poverty_line.pm_share"] input[type="range"]';
const FIGURE = '[data-metric="totals.tsa.annual_entitlement_kzt"]';

/** Cold start: from navigation to the first chart, and to the first simulated figures (fresh browser each run). */
async function coldStart(runs: number): Promise<{ first_chart_ms: Stats; first_figures_ms: Stats }> {
	const chart: number[] = [];
	const figures: number[] = [];
	for (let i = 0; i < runs; i++) {
		const app = await openApp('/');
		try {
			// performance.now() in the page counts from the start of navigation.
			chart.push(await app.page.waitForFunction(() => document.querySelector('[data-chart]') && performance.now(), null, { timeout: 120_000 }).then((h) => h.jsonValue() as Promise<number>));
			figures.push(await app.page.waitForFunction((sel) => document.querySelector(sel) && performance.now(), FIGURE, { timeout: 120_000 }).then((h) => h.jsonValue() as Promise<number>));
		} finally {
			await app.close();
		}
	}
	return { first_chart_ms: stats(chart), first_figures_ms: stats(figures) };
}

/** Installs probes: the time of each key press on the slider, of each change of the figure, and of each "ready". */
async function probe(page: Page): Promise<void> {
	await page.evaluate(
		({ slider, figure }) => {
			const w = window as unknown as Record<string, number[]>;
			w.__keys = [];
			w.__figure = [];
			w.__ready = [];
			document.querySelector(slider)!.addEventListener('keydown', () => w.__keys.push(performance.now()), { capture: true });
			new MutationObserver(() => w.__figure.push(performance.now())).observe(document.querySelector(figure)!, { attributes: true, attributeFilter: ['data-value'] });
			const status = document.querySelector('[data-live-status]')!;
			new MutationObserver(() => status.getAttribute('data-live-status') === 'ready' && w.__ready.push(performance.now())).observe(status, {
				attributes: true,
				attributeFilter: ['data-live-status']
			});
		},
		{ slider: SLIDER, figure: FIGURE }
	);
}

/** One key press at a time: time to the figure's repaint (fast path) and to the exact SQL refresh (baseline). */
async function sliderLatency(page: Page, presses: number) {
	await probe(page);
	const figure: number[] = [];
	const exact: number[] = [];
	for (let i = 0; i < presses; i++) {
		await page.focus(SLIDER);
		await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
		await page.waitForFunction(() => {
			const w = window as unknown as Record<string, number[]>;
			const key = w.__keys.at(-1) ?? Infinity;
			return w.__ready.some((t) => t > key) && document.querySelector('[data-live-status]')?.getAttribute('data-live-status') === 'ready';
		}, null, { timeout: 60_000 });
		const t = await page.evaluate(() => {
			const w = window as unknown as Record<string, number[]>;
			const key = w.__keys.at(-1)!;
			return { figure: (w.__figure.find((x) => x > key) ?? NaN) - key, exact: (w.__ready.find((x) => x > key) ?? NaN) - key };
		});
		if (Number.isFinite(t.figure)) figure.push(t.figure);
		exact.push(t.exact);
		await page.waitForTimeout(200);
	}
	return { slider_ms: stats(figure), release_exact_ms: stats(exact) };
}

/** Cold start and slider figures on the embedded dataset, with the exact SQL refresh as the in-run baseline. */
export async function benchBrowser(positions: number[]) {
	const cold = await coldStart(3);
	const app = await openApp('/?set.takeup.mode=observed');
	try {
		await app.page.waitForSelector('[data-fast-path="ready"]', { timeout: 120_000 });
		const { slider_ms, release_exact_ms } = await sliderLatency(app.page, positions.length);
		return {
			cold_start_ms: cold.first_chart_ms.p50,
			cold_start: cold,
			slider_ms,
			release_exact_ms,
			ratio_exact_to_slider_p50: Math.round((release_exact_ms.p50 / slider_ms.p50) * 10) / 10,
			outside_requests: app.outsideRequests.length,
			console_errors: app.consoleErrors.length
		};
	} finally {
		await app.close();
	}
}
