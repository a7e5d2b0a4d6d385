// The one way a view gets figures that need the evaluated households: query, pending, result, error.
import type { Db } from '$lib/db/db';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import type { Steps } from '$lib/sim/steps';
import { EVAL_TABLES, type LiveSimulation } from './live.svelte';

/** What a view's query is given: the engine's connection and the names of the two evaluated tables. */
export type Evaluated = { db: Db; tables: typeof EVAL_TABLES };

/**
 * A view's figures: from the evaluated tables in SQL (`sql`), and, where written, from the evaluated households' columns
 * (`columns`, no SQL: answers at once and on a bundle); tests hold the two equal. A bare function is `sql` alone. A
 * view whose columns take long on a large dataset also gives them as `steps` (the same figures, yielding between parts
 * of the work): the page then computes them a part at a time, with input and paint between (sim/steps.ts).
 */
export type FigureQuery<I, T> =
	| ((evaluated: Evaluated, inputs: I) => Promise<T>)
	| {
			sql: (evaluated: Evaluated, inputs: I) => Promise<T>;
			columns: (households: EvaluatedHouseholds, inputs: I) => T;
			steps?: (households: EvaluatedHouseholds, inputs: I) => Steps<T>;
	  };

/** Where a view's figures stand: waiting for the engine, pending, ready (with `value`), or failed (`error`). */
export type FigureStatus = 'waiting' | 'pending' | 'ready' | 'error';

/** How long a view scrolled out of sight waits after a change before it asks (the views on screen go first). */
export const OFF_SCREEN_DELAY_MS = 1500;

/**
 * A view's figures, asked of the live simulation after every evaluation and whenever `inputs` change: at once while
 * the view is on screen, after OFF_SCREEN_DELAY_MS of quiet when it is not (a drag then never queries it). A newer
 * question supersedes an older one (its answer is dropped); the last answer stays shown while the next is pending.
 * Every failure lands in `error`.
 */
export class Figures<I, T> {
	status = $state<FigureStatus>('waiting');
	value = $state.raw<T | null>(null);
	error = $state<string | null>(null);
	/** False while the view is scrolled out of sight: it asks only once changes pause (see `onScreen`). */
	visible = $state(true);
	private asked = 0;
	/** The evaluation and inputs of the last question asked (answered or in flight). */
	private askedFor: Asked<I> | null = null;

	/** Create it in a component's script: the question is asked again on its own (an `$effect` calling `refresh`). */
	constructor(
		private readonly view: string,
		private readonly live: () => LiveSimulation | null,
		private readonly inputs: () => I,
		private readonly query: FigureQuery<I, T>
	) {
		$effect(() => this.refresh());
	}

	/**
	 * Asks now (on screen) or after a pause (off screen) when the evaluation or the inputs changed; returns the cleanup.
	 * With the evaluated households in memory (`live.households`) a query with `columns` is answered from them, no SQL.
	 */
	refresh(): (() => void) | undefined {
		const sim = this.live();
		const given = this.inputs();
		const households = sim?.households ?? null;
		const columns = typeof this.query === 'function' ? null : this.query.columns;
		if (sim && households && columns) {
			const key = { source: households, given };
			if (this.askedAlready(key)) return;
			this.status = 'pending';
			++this.asked; // the rest of an older answer still being computed in parts is not done
			// Off screen: queued once changes pause. On screen: queued now, and dropped if this runs again first (the
			// inputs and the households of one change often arrive one after the other: they are computed once).
			if (!this.visible) return this.when(key, () => COLUMN_ANSWERS.add(this.answerFromColumns));
			COLUMN_ANSWERS.add(this.answerFromColumns);
			return () => COLUMN_ANSWERS.delete(this.answerFromColumns);
		}
		// A dataset too large to evaluate after every change evaluates its households once changes pause: the figures
		// shown are the last change's until then.
		if (sim?.householdsPending && columns) return void (this.status = 'pending');
		const version = sim?.version ?? 0;
		if (!sim || version === 0 || sim.engine.kind !== 'sql') {
			this.error = null; // no engine holds the rows now (starting, failed or a bundle): the banner says why
			return;
		}
		// Off screen, the engine may have gone by the time the question is due: it is asked again when one holds the rows.
		return this.when({ source: version, given }, () => (sim.engine.kind === 'sql' ? void this.ask(sim, given) : (this.askedFor = null)));
	}

	/** Runs `answer` for `key` now (on screen) or after OFF_SCREEN_DELAY_MS (off screen), unless asked already. */
	private when(key: Asked<I>, answer: () => unknown): (() => void) | undefined {
		if (this.askedAlready(key)) return; // scrolled into sight: the answer shown (or coming) is current
		this.error = null; // a failure belongs to the question that failed, not to the next one (the engine may be back)
		if (this.visible) return void this.mark(key, answer);
		this.status = 'pending';
		const later = setTimeout(() => !this.askedAlready(key) && this.mark(key, answer), OFF_SCREEN_DELAY_MS);
		return () => clearTimeout(later);
	}

	private mark(key: Asked<I>, answer: () => unknown): void {
		this.askedFor = key;
		answer();
	}

	/** True when the last question had this source (evaluation) and the same inputs (each field the same value or object). */
	private askedAlready(key: Asked<I>): boolean {
		const last = this.askedFor;
		return last !== null && Object.is(last.source, key.source) && sameFields(last.given, key.given);
	}

	/** Answers from the evaluated households' columns as they are now, with the inputs as they are now. */
	private readonly answerFromColumns = (): void => {
		const households = this.live()?.households ?? null;
		if (!households || typeof this.query === 'function') return; // SQL answers now: its own question is asked
		const given = this.inputs();
		this.askedFor = { source: households, given };
		const ticket = ++this.asked; // an SQL answer still in flight is older: dropped
		const asked = this.askedFor;
		const show = (value: T) =>
			showWithOthers(() => {
				if (this.askedFor !== asked) return; // asked again since (its answer shows instead)
				this.value = value;
				this.error = null;
				this.status = 'ready';
				answered(this.view);
			});
		const { columns, steps } = this.query;
		if (!steps) {
			try {
				show(columns(households, given));
			} catch (e) {
				this.fail(e);
			}
			return;
		}
		// In parts of about TASK_BUDGET_MS, each in a task of the queue: input and paint run between them.
		const parts = steps(households, given);
		const part = (): void => {
			if (ticket !== this.asked) return; // asked again since: the rest is not done
			const start = performance.now();
			try {
				for (;;) {
					const r = parts.next();
					if (r.done) return show(r.value);
					if (performance.now() - start >= TASK_BUDGET_MS) return COLUMN_ANSWERS.add(part);
				}
			} catch (e) {
				this.fail(e);
			}
		};
		part();
	};

	private async ask(sim: LiveSimulation, given: I) {
		const ticket = ++this.asked;
		this.status = 'pending';
		try {
			const sql = typeof this.query === 'function' ? this.query : this.query.sql;
			const answer = await sim.ask(this.view, (db) => sql({ db, tables: EVAL_TABLES }, given));
			if (ticket !== this.asked || answer === null) return; // superseded
			this.value = answer.value;
			this.error = null;
			this.status = 'ready';
			answered(this.view);
		} catch (e) {
			if (ticket === this.asked) this.fail(e);
		}
	}

	private fail(e: unknown): void {
		this.askedFor = null; // asked again at the next change, or when it scrolls back into sight
		this.error = e instanceof Error ? e.message : String(e);
		this.status = 'error';
	}
}

/**
 * Work a task of column answers may take before it yields to input and paint (two frames' worth): each yield lets the
 * page lay out and paint again, which with every view on screen took about 45 ms a frame on the embedded dataset; at
 * 12 ms a key press repainted 3 to 4 times before its last view answered (every view after it: 140 to 190 ms at the
 * median against 110 to 120 ms at 30, in one probe on 2026-12-07).
 */
const TASK_BUDGET_MS = 30;

/**
 * The longest a computed answer waits to be shown while others are still being computed: the answers of one change are
 * shown together, so the page lays out and paints them once, not once per task (the frames between the tasks then
 * have nothing to redo); a long queue (a cold start) still shows its progress.
 */
export const SHOW_HOLD_MS = 150;

/**
 * Column answers waiting to be computed, in the order asked, in tasks of about TASK_BUDGET_MS (a slow answer ends its
 * task), so that the headline paints first and no view holds the page for the others; the answers computed are shown
 * together when the queue is done (or SHOW_HOLD_MS after the first of them).
 */
class ColumnAnswers {
	private readonly queue = new Set<() => void>();
	private scheduled = false;
	private idleWaiters: (() => void)[] = [];
	private shows: (() => void)[] = [];
	private heldSince = 0;

	/** Shows a computed answer (`show` sets the view's state) with the others of its change; call it from an answer. */
	show(show: () => void): void {
		if (this.shows.length === 0) this.heldSince = performance.now();
		this.shows.push(show);
	}

	/** Resolves once no answer is waiting or running (at once when none is). */
	idle(): Promise<void> {
		if (!this.scheduled && this.queue.size === 0) return Promise.resolve();
		return new Promise((done) => this.idleWaiters.push(done));
	}

	/** Queues `answer` (once, however often it is added before it runs). */
	add(answer: () => void): void {
		this.queue.add(answer);
		this.schedule();
	}

	/** Drops `answer` if it has not run yet. */
	delete(answer: () => void): void {
		this.queue.delete(answer);
	}

	private schedule(): void {
		if (this.scheduled) return;
		if (this.queue.size === 0) {
			const waiters = this.idleWaiters;
			this.idleWaiters = [];
			return waiters.forEach((done) => done());
		}
		this.scheduled = true;
		nextTask(() => {
			this.scheduled = false;
			const start = performance.now();
			try {
				// Quick answers share a task (one repaint of the page for several views); a slow one ends it.
				for (const answer of this.queue) {
					this.queue.delete(answer);
					answer();
					if (performance.now() - start >= TASK_BUDGET_MS) break;
				}
			} finally {
				if (this.queue.size === 0 || performance.now() - this.heldSince >= SHOW_HOLD_MS) this.showAll();
				this.schedule(); // a task that throws leaves the others queued
			}
		});
	}

	private showAll(): void {
		const shows = this.shows;
		this.shows = [];
		for (const show of shows) show();
	}
}

/** Runs `task` in a task of its own: a message (no 4 ms clamp on repeated timers) in a page, a timer elsewhere. */
function nextTask(task: () => void): void {
	if (typeof window === 'undefined' || typeof MessageChannel === 'undefined') return void setTimeout(task, 0);
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		task();
	};
	channel.port2.postMessage(null);
}

const COLUMN_ANSWERS = new ColumnAnswers();

/** Resolves once no column answer is waiting (at once when none is): a cold start lets the views answer first. */
export function columnAnswersIdle(): Promise<void> {
	return COLUMN_ANSWERS.idle();
}

/** Shows an answer computed in the column answers' queue with the others computed with it (see SHOW_HOLD_MS). */
export function showWithOthers(show: () => void): void {
	COLUMN_ANSWERS.show(show);
}

/** Queues `task` (its own entry) after the column answers asked before it; returns what drops it if not run yet. */
export function inOwnTask(task: () => void): () => void {
	const once = () => task(); // its own entry, even for a task queued twice
	COLUMN_ANSWERS.add(once);
	return () => COLUMN_ANSWERS.delete(once);
}

/** What a question was asked of: an evaluation (its version, or the evaluated households) and the inputs. */
type Asked<I> = { source: unknown; given: I };

/** Records when `view` got an answer, in `window.__komekAnswers` when a benchmark installed it (scripts/bench). */
export function answered(view: string): void {
	const log = (globalThis as { __komekAnswers?: { view: string; at: number }[] }).__komekAnswers;
	log?.push({ view, at: performance.now() });
}

/** Same value, or plain objects or arrays whose fields are each the same value (no deep walk: inputs can hold indexes). */
function sameFields(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
	if (Object.getPrototypeOf(a) !== Object.prototype && !Array.isArray(a)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	return ka.length === kb.length && ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Svelte action: keeps `figures.visible` true while the element is on (or near) the screen. */
export function onScreen(node: Element, figures: { visible: boolean }) {
	if (typeof IntersectionObserver === 'undefined') return {};
	const observer = new IntersectionObserver((entries) => (figures.visible = entries.some((e) => e.isIntersecting)), {
		rootMargin: '400px 0px'
	});
	observer.observe(node);
	return { destroy: () => observer.disconnect() };
}

/** How long a view's figures are pending before it shows its last ones dimmed. */
export const DIM_AFTER_MS = 400;

/**
 * Svelte action: marks the element `data-stale` once `status` has been pending for DIM_AFTER_MS (the page's style dims
 * it), and clears the mark when it is not; a quick answer never marks it, so no style changes at all.
 */
export function dimWhilePending(node: HTMLElement, status: FigureStatus) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const set = (now: FigureStatus) => {
		if (now === 'pending') {
			if (timer === undefined && !('stale' in node.dataset)) timer = setTimeout(() => (node.dataset.stale = ''), DIM_AFTER_MS);
			return;
		}
		clearTimeout(timer);
		timer = undefined;
		delete node.dataset.stale;
	};
	set(status);
	return { update: set, destroy: () => clearTimeout(timer) };
}
