// The one way a view gets figures that need the evaluated households: query, pending, result, error.
import type { Db } from '$lib/db/db';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { EVAL_TABLES, type LiveSimulation } from './live.svelte';

/** What a view's query is given: the engine's connection and the names of the two evaluated tables. */
export type Evaluated = { db: Db; tables: typeof EVAL_TABLES };

/**
 * A view's figures: from the evaluated tables in SQL (`sql`), and, where written, from the evaluated households' columns
 * (`columns`, no SQL: answers at once and on a bundle); tests hold the two equal. A bare function is `sql` alone.
 */
export type FigureQuery<I, T> =
	| ((evaluated: Evaluated, inputs: I) => Promise<T>)
	| { sql: (evaluated: Evaluated, inputs: I) => Promise<T>; columns: (households: EvaluatedHouseholds, inputs: I) => T };

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
	/** The version and inputs of the last question asked (answered or in flight). */
	private askedFor: { version: number; given: I } | null = null;

	/** Create it in a component's script: the question is asked again on its own (an `$effect` calling `refresh`). */
	constructor(
		private readonly view: string,
		private readonly live: () => LiveSimulation | null,
		private readonly inputs: () => I,
		private readonly query: FigureQuery<I, T>
	) {
		$effect(() => this.refresh());
	}

	/** Asks now (on screen) or after a pause (off screen) when the evaluation or the inputs changed; returns the cleanup. */
	refresh(): (() => void) | undefined {
		const sim = this.live();
		const given = this.inputs();
		const version = sim?.version ?? 0;
		if (!sim || version === 0 || sim.engine.kind !== 'sql') {
			this.error = null; // no engine holds the rows now (starting, failed or a bundle): the banner says why
			return;
		}
		const key = { version, given };
		if (this.askedAlready(key)) return; // scrolled into sight: the answer shown (or coming) is current
		this.error = null; // a failure belongs to the question that failed, not to the next one (the engine may be back)
		if (this.visible) return void this.ask(sim, given, key);
		this.status = 'pending';
		const later = setTimeout(() => sim.engine.kind === 'sql' && !this.askedAlready(key) && void this.ask(sim, given, key), OFF_SCREEN_DELAY_MS);
		return () => clearTimeout(later);
	}

	/** True when the last question had this version and the same inputs (each field the same value or object). */
	private askedAlready(key: { version: number; given: I }): boolean {
		const last = this.askedFor;
		return last !== null && last.version === key.version && sameFields(last.given, key.given);
	}

	private async ask(sim: LiveSimulation, given: I, key: { version: number; given: I }) {
		const ticket = ++this.asked;
		this.askedFor = key;
		this.status = 'pending';
		try {
			const sql = typeof this.query === 'function' ? this.query : this.query.sql;
			const answer = await sim.ask(this.view, (db) => sql({ db, tables: EVAL_TABLES }, given));
			if (ticket !== this.asked || answer === null) return; // superseded
			this.value = answer.value;
			this.error = null;
			this.status = 'ready';
		} catch (e) {
			if (ticket !== this.asked) return;
			this.askedFor = null; // asked again at the next change, or when it scrolls back into sight
			this.error = e instanceof Error ? e.message : String(e);
			this.status = 'error';
		}
	}
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
