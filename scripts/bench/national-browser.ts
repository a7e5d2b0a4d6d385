// National half of the benchmark in headless chromium: the national prepared bundle (npm run bundle, made first if
// missing) opened through the app's file input, twice in fresh browsers. In the default viewport the poverty-line
// slider is pressed key by key and a rule switched while long tasks, the repaint of the headline figure and the
// browser's memory are recorded; in a viewport where every view is on screen, every view's repaint and the memory.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
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

/**
 * Chromium's memory, in MB: `pss` the proportional set size summed over its processes (each shared page counted once,
 * split among the processes that map it: the resident memory of all of Chromium), `rss_sum` their resident sizes
 * summed (what this bench reported before 2026-12-07: the binary's and the fonts' shared pages counted once per process,
 * about 570 MB of the embedded page's 1.36 GB). Null where `ps` or `/proc` cannot say.
 */
function chromiumMemoryMb(): { pss: number | null; rss_sum: number | null } {
	let pids: { pid: string; rss: number }[];
	try {
		const out = execFileSync('ps', ['-C', 'chromium', '-o', 'pid=,rss='], { encoding: 'utf8' });
		pids = out
			.trim()
			.split('\n')
			.map((l) => l.trim().split(/\s+/))
			.map(([pid, rss]) => ({ pid, rss: Number(rss) || 0 }));
	} catch {
		return { pss: null, rss_sum: null };
	}
	let pss: number | null = 0;
	for (const { pid } of pids)
		try {
			const kb = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1];
			if (kb === undefined) throw new Error('no Pss');
			pss! += Number(kb);
		} catch {
			pss = null; // a process ended meanwhile, or no smaps_rollup here
			break;
		}
	const mb = (kb: number) => Math.round(kb / 1024);
	return { pss: pss === null ? null : mb(pss), rss_sum: mb(pids.reduce((sum, p) => sum + p.rss, 0)) };
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

/** Opens the national bundle through the file input of `app`; the time until its figures show and its index is exact. */
async function openBundle(page: Page, households: number): Promise<number> {
	await page.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
	// From here the answer log holds the bundle's views only (not the embedded dataset's, shown first).
	await page.evaluate(() => ((window as unknown as { __komekAnswers?: unknown[] }).__komekAnswers = []));
	const t = performance.now();
	await page.setInputFiles('input[data-testid="pick-files"]', BUNDLE);
	await page.waitForFunction(
		(n) => document.querySelector('[data-metric="dataset.households"]')?.getAttribute('data-value') === String(n) && document.querySelector('[data-chart]'),
		households,
		{ timeout: 300_000 }
	);
	await page.waitForSelector('[data-live-status="ready"][data-fast-path="ready"]', { timeout: 60_000 });
	return Math.round(performance.now() - t);
}

/** Memory samples by moment, and the largest of each measure. */
function memoryOf(samples: Record<string, ReturnType<typeof chromiumMemoryMb>>) {
	const largest = (k: 'pss' | 'rss_sum') => {
		const values = Object.values(samples).map((s) => s[k]);
		return values.some((v) => v === null) ? null : Math.max(...(values as number[]));
	};
	return { pss_mb: largest('pss'), rss_sum_mb: largest('rss_sum'), samples_mb: samples };
}

/**
 * The headline's figures in the default viewport (1280 × 720, as measured since 2026-12-02): load, key presses, rule
 * switches, long tasks and memory; the views below the fold are not drawn.
 */
async function headlineSession(presses: number, households: number) {
	const app = await openApp('/');
	try {
		const t = performance.now();
		const load_ms = await openBundle(app.page, households);
		const memory = { after_load: chromiumMemoryMb() };
		// The passes a rule switch reuses are computed once the page has been quiet for a second (as after a user's
		// first look at the map); the drag and the switches are timed after that.
		await app.page.waitForSelector('[data-live-status][data-warming="false"]', { timeout: 120_000 });
		const warm_up_ms = Math.round(performance.now() - t) - load_ms;
		const drag_ = await drag(app.page, presses);
		const after_drag = chromiumMemoryMb();
		const toggle = await ruleToggle(app.page, 10, '__painted');
		const cdp = await app.context.newCDPSession(app.page);
		await cdp.send('Performance.enable');
		const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
		const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
		return {
			load_ms,
			warm_up_ms,
			...drag_,
			toggle,
			// The page's JS heap leaves out the bundle's array buffers; the memory of chromium's processes does not.
			js_heap_mb: Math.round(heap / 2 ** 20),
			memory: memoryOf({ ...memory, after_drag, after_rule_toggles: chromiumMemoryMb() }),
			outside_requests: app.outsideRequests.length,
			console_errors: app.consoleErrors.length
		};
	} finally {
		await app.close();
	}
}

/** Every view the bundle shows, all on screen (a 16 000-pixel viewport): their repaint, and the memory with them drawn. */
async function allViewsSession(households: number) {
	const app = await openApp('/', { viewport: ALL_VIEWS_VIEWPORT, initScript: ANSWER_LOG });
	try {
		const load_ms = await openBundle(app.page, households);
		const after_load = chromiumMemoryMb();
		// The views that answered since the bundle was chosen.
		const every = await allViews('/', 10, app.page);
		return {
			load_ms,
			every,
			memory: memoryOf({ after_load, after_all_views: chromiumMemoryMb() }),
			outside_requests: app.outsideRequests.length,
			console_errors: app.consoleErrors.length
		};
	} finally {
		await app.close();
	}
}

/** The answer log's names of the views a bundle above the page's limit withholds until they are turned on. */
const WITHHELD_VIEWS = ['vb-gainers-losers', 'impact', 'exclusion', 'explorer-ids', 'test-effects', 'incidence', 'takeup'];

/**
 * The views the bundle withholds, turned on with the notice's button ("Turn these views on"), every view on screen:
 * the time from the click until every view answered, their repaint after switches and key presses (each evaluated once
 * changes pause, a second after the change), and the memory with them drawn.
 */
async function withheldViewsSession(households: number) {
	const app = await openApp('/', { viewport: ALL_VIEWS_VIEWPORT, initScript: ANSWER_LOG });
	try {
		await openBundle(app.page, households);
		const before = chromiumMemoryMb();
		const clickedAt = await app.page.evaluate(() => performance.now());
		await app.page.click('[data-show-withheld]');
		// Until each withheld view has answered (their names in the answer log).
		const first_all_views_ms = await app.page
			.waitForFunction(
				({ t, names }) => {
					const log = (window as unknown as { __komekAnswers: { view: string; at: number }[] }).__komekAnswers;
					const at = names.map((v) => log.find((a) => a.view === v && a.at > t)?.at);
					return at.every((x) => x !== undefined) && Math.max(...(at as number[])) - t;
				},
				{ t: clickedAt, names: WITHHELD_VIEWS },
				{ timeout: 300_000, polling: 250 }
			)
			.then((h) => h.jsonValue() as Promise<number>)
			.catch(() => Number.NaN);
		const after_first = chromiumMemoryMb();
		const every = await allViews('/', 5, app.page);
		return {
			first_all_views_ms: Math.round(first_all_views_ms),
			every,
			memory: memoryOf({ before_click: before, after_first, after_all_views: chromiumMemoryMb() }),
			outside_requests: app.outsideRequests.length,
			console_errors: app.consoleErrors.length
		};
	} finally {
		await app.close();
	}
}

/** The national figures in the browser from the prepared bundle, or why they could not be measured. */
export async function benchNationalBrowser(presses: number, households: number) {
	try {
		ensureBundle();
	} catch (e) {
		return { status: 'not measured', reason: `the national bundle could not be made: ${(e as Error).message.split('\n')[0]}` };
	}
	const headline = await headlineSession(presses, households);
	const all = await allViewsSession(households);
	const withheld = await withheldViewsSession(households);
	return {
		source: `${BUNDLE} (${Math.round(statSync(BUNDLE).size / 2 ** 20)} MB), opened through the app's file input`,
		viewports:
			'load, key presses, rule switches, long tasks and memory: the default 1280 × 720 (as on 2026-12-02); every view and ' +
			'its memory: 1280 × 16 000, every view on screen, the bundle opened again in a fresh browser',
		load_ms: headline.load_ms,
		slider_ms: stats(headline.figure),
		presses_without_repaint: headline.missed,
		// The bundle's index is exact: the figure painted on each press is the final one.
		release_exact_ms: stats(headline.figure),
		warm_up_ms: headline.warm_up_ms,
		rule_toggle_ms: headline.toggle.figures_ms,
		rule_toggle_to_test_ms: headline.toggle.to_test_ms,
		rule_toggle_back_ms: headline.toggle.back_ms,
		rule_toggle_ready_ms: headline.toggle.all_views_ms,
		long_tasks_during_drag: headline.longTasks.length,
		longest_task_ms: Math.round(Math.max(0, ...headline.longTasks)),
		js_heap_mb: headline.js_heap_mb,
		// Chromium's memory (proportional set sizes summed; `rss_sum` as reported before), largest sample of each session.
		memory_mb: headline.memory,
		load_all_views_ms: all.load_ms,
		views_available: all.every.views,
		all_views_after_toggle_ms: all.every.after_toggle.ms,
		all_views_slider_ms: all.every.slider.ms,
		all_views_missed: all.every.after_toggle.missed + all.every.slider.missed,
		all_views_memory_mb: all.memory,
		// The withheld views turned on (the notice's button): every view, evaluated once changes pause.
		withheld_views_on: {
			views_available: withheld.every.views,
			first_all_views_ms: withheld.first_all_views_ms,
			all_views_after_toggle_ms: withheld.every.after_toggle.ms,
			all_views_slider_ms: withheld.every.slider.ms,
			all_views_missed: withheld.every.after_toggle.missed + withheld.every.slider.missed,
			long_tasks_during_presses: withheld.every.long_tasks_during_presses,
			longest_task_ms: withheld.every.longest_task_ms,
			memory_mb: withheld.memory
		},
		outside_requests: headline.outside_requests + all.outside_requests + withheld.outside_requests,
		console_errors: headline.console_errors + all.console_errors + withheld.console_errors
	};
}
