// The sweep's question to the Figures client when no index answers: from the evaluated households' columns
// (sweep-columns.ts) or by SQL (sweep.ts's querySweep), the last answer kept for its key.
import type { ResolvedScenario } from '$lib/rules/scenario';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import type { Evaluated } from '$lib/state/figures.svelte';
import { inChunks } from './chunked';
import { querySweep, SWEEP_CHUNK, SWEEP_SHARES, type SweepPoint } from './sweep';
import { sweepFromColumns } from './sweep-columns';

/** What the sweep asks when no index answers: the scenario and its `sweepKey` (null: nothing to ask, the index answers). */
export type SweepInputs = { scenario: ResolvedScenario; key: string } | null;

let last: { key: string; points: SweepPoint[] | null } | null = null;

/** The points kept for `key`, or undefined when the last answer was for another. */
const keptFor = (key: string): SweepPoint[] | null | undefined => (last?.key === key ? last.points : undefined);

/** Keeps `points` as the answer for `key`, and returns them. */
function keep(key: string, points: SweepPoint[] | null): SweepPoint[] | null {
	last = { key, points };
	return points;
}

/**
 * The Figures client's question when no index answers: the sweep from the evaluated households' columns
 * (sweep-columns.ts), or by SQL, SWEEP_CHUNK shares per query. The last answer is kept for its key, so that moving the
 * swept share alone (or a new evaluation of the same rules) asks nothing new.
 */
export const sweepFigures = {
	sql: async ({ db }: Evaluated, inputs: SweepInputs): Promise<SweepPoint[] | null> => {
		if (inputs === null) return null;
		const kept = keptFor(inputs.key);
		if (kept !== undefined) return kept;
		return keep(inputs.key, (await inChunks(SWEEP_SHARES, SWEEP_CHUNK, (chunk) => querySweep(db, inputs.scenario, chunk))) ?? []);
	},
	columns: (h: EvaluatedHouseholds, inputs: SweepInputs): SweepPoint[] | null => {
		if (inputs === null) return null;
		const kept = keptFor(inputs.key);
		return kept !== undefined ? kept : keep(inputs.key, sweepFromColumns(h, inputs.scenario));
	}
};
