// What the data records of the card (notified, applied, paid) per area, whatever the rules: the funnel's observed part.
import { AnswerLater } from '$lib/state/answer-later.svelte';
import { Figures } from '$lib/state/figures.svelte';
import type { LiveSimulation } from '$lib/state/live.svelte';
import { observedFigures, observedFiguresOf, type ObservedFigures } from './funnel';

/**
 * The observed figures for a view: counted once per dataset from the live simulation's household facts (a bundle's
 * too), else asked of SQL after each evaluation. Create it in a component's script.
 */
export class Observed {
	private readonly fromFacts: AnswerLater<ObservedFigures>;
	/** The SQL question, asked only without facts in memory (give it to `onScreen` to follow the view's sight). */
	readonly sql: Figures<boolean, ObservedFigures | null>;
	/** The figures, or null while they are coming. */
	readonly value = $derived.by(() => this.fromFacts.value ?? (this.fromFacts.value === null ? this.sql.value : null));
	/** The SQL question's failure, if it is the one asked. */
	readonly error = $derived.by(() => (this.fromFacts.value === null ? this.sql.error : null));

	/** `view` names its answers in the benchmark's log. */
	constructor(view: string, live: () => LiveSimulation | null) {
		// Once per dataset: not logged (the view logs when its figures change).
		this.fromFacts = new AnswerLater<ObservedFigures>(null, () => {
			const facts = live()?.facts ?? null;
			return facts ? { key: [facts], compute: () => observedFiguresOf(facts) } : null;
		});
		this.sql = new Figures(`${view}-observed-sql`, live, () => this.fromFacts.value === null, observedFigures);
	}
}
