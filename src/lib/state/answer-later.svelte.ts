// A figure computed from memory in the column answers' queue: a task runs it after the answers asked before it, with at
// most a few milliseconds of others, so a change never holds the page for several such figures at once.
import { answered, inOwnTask, showWithOthers } from './figures.svelte';

/** What an AnswerLater computes: `compute` again whenever an item of `key` changes (each compared with Object.is). */
export type LaterQuestion<T> = { key: readonly unknown[]; compute: () => T };

/**
 * `value`: null when `ask` returns null (nothing to compute), undefined while its answer waits for its task or `ask`
 * says 'wait' (what it needs is on its way), else the answer of the latest question. Create it in a component's
 * script (an `$effect` asks again on every change).
 */
export class AnswerLater<T> {
	value = $state.raw<T | null | undefined>(undefined);
	private answered: { key: readonly unknown[]; value: T } | null = null;
	/** Bumped by every question: an answer shown after another was asked is not shown. */
	private questions = 0;

	/** `view` names its answers in the benchmark's log, as a Figures client's are (null: a part of a view that logs its own). */
	constructor(
		private readonly view: string | null,
		ask: () => LaterQuestion<T> | null | 'wait'
	) {
		$effect(() => this.refresh(ask()));
	}

	/** Queues `question` unless its key is the one answered; returns what drops it (the effect's cleanup). */
	refresh(question: LaterQuestion<T> | null | 'wait'): (() => void) | undefined {
		const asked = ++this.questions;
		if (question === 'wait') return void (this.value = undefined);
		if (!question) {
			this.answered = null;
			this.value = null;
			return;
		}
		const { key, compute } = question;
		if (this.answered && sameItems(this.answered.key, key)) {
			this.value = this.answered.value;
			return void this.log(); // current at once: what a slider moving only the swept share sees
		}
		this.value = undefined;
		return inOwnTask(() => {
			const value = compute();
			this.answered = { key, value };
			showWithOthers(() => {
				if (asked !== this.questions) return;
				this.value = value;
				this.log();
			});
		});
	}

	private log(): void {
		if (this.view !== null) answered(this.view);
	}
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
	return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
