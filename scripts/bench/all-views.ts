// Every view's repaint, not only the headline's: each `Figures` client logs its answers in `window.__komekAnswers`
// (src/lib/state/figures.svelte.ts) when a benchmark installs it; these probes time a rule switch, a slider key
// press and a cold start to the moment the last view has answered.
import type { Page } from 'playwright-core';
import { stats } from './stats';

/** A viewport tall enough for every view to be on screen: none waits for the pause an off-screen view keeps. */
export const ALL_VIEWS_VIEWPORT = { width: 1280, height: 16_000 };

/** Installs the answer log before the app's scripts run (pass to `openApp` as its init script). */
export const ANSWER_LOG = 'window.__komekAnswers = [];';

/** The rule switch the benchmarks click (a structure change: a test on or off). */
export const DEPOSITS_TEST = 'Largest bank deposits, МРП: test applies';

type Answer = { view: string; at: number };

/** The views that have answered so far on this page (each view's name once). */
export async function viewsAnswered(page: Page): Promise<string[]> {
	return page.evaluate(() => [...new Set(((window as unknown as { __komekAnswers: Answer[] }).__komekAnswers ?? []).map((a) => a.view))].sort());
}

/**
 * Time from the user's input of `act` (its first click or key press, marked by a capture listener as the headline's
 * key presses are: Playwright's own work before it, finding the element, is not the app's) until every one of `views`
 * has answered after it, and the headline figure `figure` has changed; NaN when one did not within `timeout`.
 */
export async function untilAllAnswer(page: Page, views: string[], figure: string, act: () => Promise<void>, timeout = 30_000): Promise<number> {
	await page.evaluate((sel) => {
		const w = window as unknown as { __mark: number; __figureAt: number[]; __inputAt?: (e: Event) => void };
		w.__figureAt = [];
		new MutationObserver(() => w.__figureAt.push(performance.now())).observe(document.querySelector(sel)!, { attributes: true, attributeFilter: ['data-value'] });
		w.__mark = Number.POSITIVE_INFINITY;
		if (!w.__inputAt) {
			w.__inputAt = () => (w.__mark = Math.min(w.__mark, performance.now()));
			for (const type of ['pointerdown', 'mousedown', 'click', 'keydown']) document.addEventListener(type, w.__inputAt, { capture: true });
		}
	}, figure);
	await act();
	return page
		.waitForFunction(
			(names) => {
				const w = window as unknown as { __mark: number; __komekAnswers: Answer[]; __figureAt: number[] };
				const after = w.__komekAnswers.filter((a) => a.at > w.__mark);
				const last = names.map((v) => after.find((a) => a.view === v)?.at);
				const figureAt = w.__figureAt.find((t) => t > w.__mark);
				if (figureAt === undefined || last.some((t) => t === undefined)) return false;
				return Math.max(figureAt, ...(last as number[])) - w.__mark;
			},
			views,
			{ timeout, polling: 'raf' }
		)
		.then((h) => h.jsonValue() as Promise<number>)
		.catch(() => Number.NaN);
}

/** Repeats `act` `runs` times (a pause between them), timing each until every view answered. */
export async function allViewsLatency(page: Page, views: string[], figure: string, act: (i: number) => Promise<void>, runs: number, pauseMs = 300) {
	const samples: number[] = [];
	let missed = 0;
	for (let i = 0; i < runs; i++) {
		const t = await untilAllAnswer(page, views, figure, () => act(i));
		if (Number.isFinite(t)) samples.push(t);
		else missed++;
		await page.waitForTimeout(pauseMs);
	}
	return { ms: samples.length ? stats(samples) : null, missed };
}

/** Time from navigation until every one of `views` has answered once (performance.now() counts from navigation). */
export async function coldAllViews(page: Page, views: string[], timeout = 120_000): Promise<number> {
	return page
		.waitForFunction(
			(names) => {
				const log = (window as unknown as { __komekAnswers?: Answer[] }).__komekAnswers ?? [];
				const at = names.map((v) => log.find((a) => a.view === v)?.at);
				return at.every((t) => t !== undefined) && Math.max(...(at as number[]));
			},
			views,
			{ timeout, polling: 'raf' }
		)
		.then((h) => h.jsonValue() as Promise<number>);
}
