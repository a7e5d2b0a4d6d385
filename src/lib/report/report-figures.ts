// The report's figures that need the evaluated households, asked through the Figures client: the sweep of the
// poverty line's share, gainers and losers, and the notified → applied funnel. Each reuses the dashboard's query.
import type { Evaluated } from '$lib/state/figures.svelte';
import type { RegionCode } from '$lib/data/regions';
import type { ResolvedScenario } from '$lib/rules/scenario';
import { learningBaseline } from '$lib/rules/dataset-params';
import type { YearIndex } from '$lib/fast/year-index';
import { changeRows, changesParams, changesSql, type ChangeRow } from '$lib/views/gainers-losers';
import { funnelFromRows, funnelSql, type Funnel } from '$lib/views/funnel';
import { pointsFor, querySweep, type SweepPoint } from '$lib/views/sweep';
import { sweepFromIndex } from '$lib/views/sweep-fast';

/** What the sweep is asked with: the scenario, the live exact index when it is this dataset's, persons by region. */
export type SweepInputs = { scenario: ResolvedScenario; index: YearIndex | null; persons: ReadonlyMap<string, number> };

/** The national sweep (the poverty line's share is a national rule): from the exact index when it covers the scenario, else in SQL. */
export async function reportSweep({ db }: Evaluated, { scenario, index, persons }: SweepInputs): Promise<SweepPoint[]> {
	const quick = index ? sweepFromIndex(index, scenario.year, scenario.params, learningBaseline(scenario.year, scenario.params), persons) : null;
	return pointsFor(quick ?? (await querySweep(db, scenario)), null);
}

/** Gainers and losers by income decile and family type, of the nation or of `region`. */
export async function reportChanges({ db, tables }: Evaluated, region: RegionCode | null): Promise<ChangeRow[]> {
	return changeRows(await db.query(changesSql(tables.baseline, tables.scenario), changesParams(region)));
}

/** The notified → applied funnel, law and scenario, of the nation and of every region. */
export async function reportFunnel({ db, tables }: Evaluated): Promise<Funnel> {
	return funnelFromRows(await db.query(funnelSql(tables.baseline, tables.scenario)));
}
