// The one way a view gets figures that need the evaluated households: query, pending, result, error.
import type { Db } from '$lib/db/db';
import { EVAL_TABLES, type LiveSimulation } from './live.svelte';

/** What a view's query is given: the engine's connection and the names of the two evaluated tables. */
export type Evaluated = { db: Db; tables: typeof EVAL_TABLES };

/** Where a view's figures stand: waiting for the engine, pending, ready (with `value`), or failed (`error`). */
export type FigureStatus = 'waiting' | 'pending' | 'ready' | 'error';

/**
 * A view's figures, asked of the live simulation after every evaluation and whenever `inputs` change, while the
 * view is on screen. A newer question supersedes an older one (its answer is dropped); the last answer stays shown
 * while the next is pending. Every failure lands in `error`.
 */
export class Figures<I, T> {
	status = $state<FigureStatus>('waiting');
	value = $state.raw<T | null>(null);
	error = $state<string | null>(null);
	/** False while the view is scrolled out of sight: it is not queried until it comes back (see `onScreen`). */
	visible = $state(true);
	private asked = 0;

	/** Create it in a component's script: the question is asked again on its own (an `$effect`). */
	constructor(
		private readonly view: string,
		live: () => LiveSimulation | null,
		inputs: () => I,
		query: (evaluated: Evaluated, inputs: I) => Promise<T>
	) {
		$effect(() => {
			const sim = live();
			const given = inputs();
			const version = sim?.version ?? 0;
			if (!sim || version === 0 || !this.visible) return;
			void this.ask(sim, given, query);
		});
	}

	private async ask(sim: LiveSimulation, given: I, query: (evaluated: Evaluated, inputs: I) => Promise<T>) {
		const ticket = ++this.asked;
		this.status = 'pending';
		try {
			const answer = await sim.ask(this.view, (db) => query({ db, tables: EVAL_TABLES }, given));
			if (ticket !== this.asked || answer === null) return; // superseded
			this.value = answer.value;
			this.error = null;
			this.status = 'ready';
		} catch (e) {
			if (ticket !== this.asked) return;
			this.error = e instanceof Error ? e.message : String(e);
			this.status = 'error';
		}
	}
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
