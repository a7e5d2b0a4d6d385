// The report's figures beyond the headline: the sweep of the poverty line's share (from the index, or SQL) and gainers
// and losers (SQL, or the evaluated households' columns). Each reuses the dashboard's query; the funnel's stages are
// the totals' (views/funnel.ts funnelStages).
import type { Evaluated } from '$lib/state/figures.svelte';
import type { RegionCode } from '$lib/data/regions';
import type { ResolvedScenario } from '$lib/rules/scenario';
import { learningBaseline } from '$lib/rules/dataset-params';
import type { YearIndex } from '$lib/fast/year-index';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { changeRows, changesFromColumns, changesParams, changesSql, type ChangeRow } from '$lib/views/gainers-losers';
import { pointsFor, querySweep, SWEEP_SHARES, type SweepPoint } from '$lib/views/sweep';
import { zoomWindow } from '$lib/charts/sweep-scale';
import { sweepFromIndex } from '$lib/views/sweep-fast';

/** What the sweep asks SQL when no index answers: the scenario and the shares SQL evaluates (null: wait for the index). */
export type SweepInputs = { scenario: ResolvedScenario; sqlShares: readonly number[] | null };

/** The national sweep (the poverty line's share is a national rule) at all shares from the exact index; null when it cannot answer. */
export function reportSweepFromIndex(
	index: YearIndex,
	scenario: ResolvedScenario,
	persons: ReadonlyMap<string, number>
): SweepPoint[] | null {
	const found = sweepFromIndex(index, scenario.year, scenario.params, learningBaseline(scenario.year, scenario.params), persons);
	return found ? pointsFor(found, null) : null;
}

/** The national sweep at `sqlShares` in SQL, for when no index answers; null while SQL may not answer. */
export async function reportSweep({ db }: Evaluated, { scenario, sqlShares }: SweepInputs): Promise<SweepPoint[] | null> {
	return sqlShares ? pointsFor(await querySweep(db, scenario, sqlShares), null) : null;
}

/** The swept shares a chart zoomed around `share` shows (sweep-scale's window): what SQL evaluates when no index answers. */
export function sharesAround(share: number): number[] {
	const [a, b] = zoomWindow(SWEEP_SHARES, share);
	return SWEEP_SHARES.filter((s) => s >= a - 1e-9 && s <= b + 1e-9);
}

/** Gainers and losers of TSA by income decile and family type, of the nation or of `region` (SQL, or the households' columns). */
export const reportChanges = {
	sql: async ({ db, tables }: Evaluated, region: RegionCode | null): Promise<ChangeRow[]> =>
		changeRows(await db.query(changesSql(tables.baseline, tables.scenario), changesParams(region))),
	columns: (h: EvaluatedHouseholds, region: RegionCode | null): ChangeRow[] => changesFromColumns(h, { region, programme: 'tsa' })
};
