// The question of a view the prefix index answers at once (the sweep, the frontier, the report's sweep), asked in the
// column answers' queue (state/answer-later.svelte.ts): one rule for when it waits, computes or leaves it to SQL.
import type { YearIndex } from '$lib/fast/year-index';
import type { ResolvedScenario } from '$lib/rules/scenario';
import type { LaterQuestion } from '$lib/state/answer-later.svelte';
import type { LiveSimulation } from '$lib/state/live.svelte';

/**
 * `compute` over the index answering `scenario` on dataset `generation`, asked again when that index or an item of
 * `key` changes; 'wait' while the index is being built (never 23 evaluations meanwhile); null when none will answer.
 */
export function indexQuestion<T>(
	live: LiveSimulation | null,
	scenario: ResolvedScenario,
	generation: number,
	key: readonly unknown[],
	compute: (index: YearIndex) => T
): LaterQuestion<T> | null | 'wait' {
	if (!live) return null;
	if (live.indexComing(scenario, generation)) return 'wait';
	const index = live.indexFor(scenario, generation);
	return index ? { key: [index, ...key], compute: () => compute(index) } : null;
}
