import type { QueryCoordinator } from '$lib/db/coordinator';
import type { ResolvedScenario } from '$lib/rules/scenario';
import { evaluateInto, summarizeEvaluation } from '$lib/sim/simulate';
import type { SimulationResult } from '$lib/sim/result';

/** DuckDB tables holding one row per household: the baseline's and the scenario's evaluation. */
export const EVAL_TABLES = { baseline: 'eval_baseline', scenario: 'eval_scenario' } as const;

/**
 * Keeps the baseline and the scenario evaluated over the loaded dataset. Views read `baseline` / `scenario`
 * (the same figures `npm run simulate` prints) and aggregate the EVAL_TABLES; `version` changes after each
 * refresh, so they know when to query again. Stale results stay on screen while `busy` says so.
 */
export class LiveSimulation {
	baseline = $state.raw<SimulationResult | null>(null);
	scenario = $state.raw<SimulationResult | null>(null);
	version = $state(0);
	busy = $state(false);
	error = $state<string | null>(null);
	private baselineKey = '';
	private pending = 0;

	constructor(private readonly coordinator: QueryCoordinator) {}

	/** Re-evaluates for `scenario` (and the baseline when it or the dataset changed); the latest call wins. */
	async update(baseline: ResolvedScenario, scenario: ResolvedScenario, datasetGeneration: number): Promise<void> {
		this.pending++;
		this.busy = true;
		try {
			const key = JSON.stringify([datasetGeneration, baseline.year, baseline.overrides]);
			const out = await this.coordinator.run('live-simulation', async (db) => {
				let b = this.baseline;
				if (key !== this.baselineKey || !b) {
					const notices = await evaluateInto(db, baseline, EVAL_TABLES.baseline);
					b = await summarizeEvaluation(db, baseline, EVAL_TABLES.baseline, notices);
				}
				const notices = await evaluateInto(db, scenario, EVAL_TABLES.scenario);
				return { b, s: await summarizeEvaluation(db, scenario, EVAL_TABLES.scenario, notices) };
			});
			if (!out) return;
			this.baselineKey = key;
			this.baseline = out.b;
			this.scenario = out.s;
			this.error = null;
			this.version++;
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			if (--this.pending === 0) this.busy = false;
		}
	}
}
