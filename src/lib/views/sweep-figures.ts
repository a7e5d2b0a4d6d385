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

/** `make`'s points, or the last ones when they were made for `key` (the sweep depends on nothing else). */
async function keptFor(key: string, make: () => Promise<SweepPoint[] | null> | SweepPoint[] | null): Promise<SweepPoint[] | null> {
	if (last?.key === key) return last.points;
	const points = await make();
	last = { key, points };
	return points;
}

/**
 * The Figures client's question when no index answers: the sweep from the evaluated households' columns
 * (sweep-columns.ts), or by SQL, SWEEP_CHUNK shares per query. The last answer is kept for its key, so that moving the
 * swept share alone (or a new evaluation of the same rules) asks nothing new.
 */
export const sweepFigures = {
	sql: async ({ db }: Evaluated, inputs: SweepInputs): Promise<SweepPoint[] | null> =>
		inputs === null
			? null
			: keptFor(
					inputs.key,
					async () => (await inChunks(SWEEP_SHARES, SWEEP_CHUNK, (chunk) => querySweep(db, inputs.scenario, chunk))) ?? []
				),
	columns: (h: EvaluatedHouseholds, inputs: SweepInputs): SweepPoint[] | null => {
		if (inputs === null) return null;
		if (last?.key === inputs.key) return last.points;
		const points = sweepFromColumns(h, inputs.scenario);
		last = { key: inputs.key, points };
		return points;
	}
};
