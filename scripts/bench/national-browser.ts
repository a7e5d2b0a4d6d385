// National half of the benchmark in headless chromium: the national prepared bundle (npm run bundle, made first if
// missing) opened through the app's file input, then the poverty-line slider pressed key by key while long tasks,
// the repaint of the headline figure and the browser's memory are recorded.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp } from '../../tests/browser/harness';
import { allViews, FIGURE, ruleToggle, SLIDER } from './browser';
import { ALL_VIEWS_VIEWPORT, ANSWER_LOG } from './all-views';
import { stats } from './stats';

const FOLDER = 'datasets/national';
const BUNDLE = join(FOLDER, 'national.komek.arrows');

/** Makes the national bundle when it is missing or older than the dataset (7 to 18 minutes here, with the machine's load). */
function ensureBundle(): void {
	if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs > statSync(join(FOLDER, 'households.csv')).mtimeMs) return;
	console.error('bench: making the national bundle (npm run bundle -- --data datasets/national)…');
	execFileSync('npm', ['run', 'bundle', '--', '--data', FOLDER], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Resident memory of every chromium process (browser, renderers, workers), in MB. */
function chromiumRssMb(): number | null {
	try {
		const out = execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' });
		return Math.round(out.split('\n').reduce((sum, l) => sum + (Number(l.trim()) || 0), 0) / 1024);
	} catch {
		return null;
	}
}

/** Records key presses on the slider, repaints of the figure and every long task (over 50 ms) on the main thread. */
async function probe(page: Page): Promise<void> {
	await page.evaluate(
		({ slider, figure }) => {
			const w = window as unknown as Record<string, number[]>;
			w.__keys = [];
			w.__painted = [];
			w.__longTasks = [];
			document.querySelector(slider)!.addEventListener('keydown', () => w.__keys.push(performance.now()), { capture: true });
			// The frame after the figure changed is when it is on screen.
			new MutationObserver(() => requestAnimationFrame(() => w.__painted.push(performance.now()))).observe(document.querySelector(figure)!, { attributes: true, attributeFilter: ['data-value'] });
			new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
		},
		{ slider: SLIDER, figure: FIGURE }
	);
}

/** Key presses one at a time: the time from each to the frame that paints the changed figure (exact: the index is). */
async function drag(page: Page, presses: number) {
	await probe(page);
	const figure: number[] = [];
	for (let i = 0; i < presses; i++) {
		await page.focus(SLIDER);
		await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
		const shown = await page
			.waitForFunction(() => {
				const w = window as unknown as Record<string, number[]>;
				const key = w.__keys.at(-1) ?? Infinity;
				const at = w.__painted.find((t) => t > key);
				return at !== undefined && at - key;
			}, null, { timeout: 10_000 })
			.then((h) => h.jsonValue() as Promise<number>)
			.catch(() => NaN);
		if (Number.isFinite(shown)) figure.push(shown);
		await page.waitForTimeout(100);
	}
	const longTasks = await page.evaluate(() => (window as unknown as Record<string, number[]>).__longTasks);
	return { figure, longTasks, missed: presses - figure.length };
}

/** The national figures in the browser from the prepared bundle, or why they could not be measured. */
export async function benchNationalBrowser(presses: number, households: number) {
	try {
		ensureBundle();
	} catch (e) {
		return { status: 'not measured', reason: `the national bundle could not be made: ${(e as Error).message.split('\n')[0]}` };
	}
	const app = await openApp('/', { viewport: ALL_VIEWS_VIEWPORT, initScript: ANSWER_LOG });
	try {
		await app.page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
		// From here the answer log holds the bundle's views only (not the embedded dataset's, shown first).
		await app.page.evaluate(() => ((window as unknown as { __komekAnswers: unknown[] }).__komekAnswers = []));
		const t = performance.now();
		await app.page.setInputFiles('input[data-testid="pick-files"]', BUNDLE);
		await app.page.waitForFunction(
			(n) => document.querySelector('[data-metric="dataset.households"]')?.getAttribute('data-value') === String(n) && document.querySelector('[data-chart]'),
			households,
			{ timeout: 300_000 }
		);
		await app.page.waitForSelector('[data-live-status="ready"][data-fast-path="ready"]', { timeout: 60_000 });
		const load_ms = Math.round(performance.now() - t);
		const rss = { after_load: chromiumRssMb() } as Record<string, number | null>;
		// The passes a rule switch reuses are computed once the page has been quiet for a second (as after a user's
		// first look at the map); the drag and the switches are timed after that.
		await app.page.waitForSelector('[data-live-status][data-warming="false"]', { timeout: 120_000 });
		const warm_up_ms = Math.round(performance.now() - t) - load_ms;
		const { figure, longTasks, missed } = await drag(app.page, presses);
		rss.after_drag = chromiumRssMb();
		const toggle = await ruleToggle(app.page, 10, '__painted');
		rss.after_rule_toggles = chromiumRssMb();
		// Every view the bundle shows (those that answered since it was chosen), with all of them on screen.
		const every = await allViews('/', 10, app.page);
		rss.after_all_views = chromiumRssMb();
		const cdp = await app.context.newCDPSession(app.page);
		await cdp.send('Performance.enable');
		const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
		const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
		return {
			source: `${BUNDLE} (${Math.round(statSync(BUNDLE).size / 2 ** 20)} MB), opened through the app's file input`,
			load_ms,
			slider_ms: stats(figure),
			presses_without_repaint: missed,
			// The bundle's index is exact: the figure painted on each press is the final one.
			release_exact_ms: stats(figure),
			warm_up_ms,
			rule_toggle_ms: toggle.figures_ms,
			rule_toggle_ready_ms: toggle.all_views_ms,
			long_tasks_during_drag: longTasks.length,
			views_available: every.views,
			all_views_after_toggle_ms: every.after_toggle.ms,
			all_views_slider_ms: every.slider.ms,
			all_views_missed: every.after_toggle.missed + every.slider.missed,
			longest_task_ms: Math.round(Math.max(0, ...longTasks)),
			// The page's JS heap leaves out the bundle's array buffers; the resident memory of chromium's processes does not.
			js_heap_mb: Math.round(heap / 2 ** 20),
			// The largest of the samples (after the load, the drag and the rule toggles).
			browser_rss_mb: Math.max(...Object.values(rss).map((v) => v ?? Number.NaN)),
			browser_rss_samples_mb: rss,
			outside_requests: app.outsideRequests.length,
			console_errors: app.consoleErrors.length
		};
	} finally {
		await app.close();
	}
}
