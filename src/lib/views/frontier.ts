// The cost–exclusion frontier: the scenario at each poverty-line share of the sweep's grid, with its expected annual
// cost and its targeting errors, nationally and by region. No figure is defined here: the prefix index answers all the
// shares at once (its figures carry the registry's tsa and targeting measures). Where no index holds the scenario's
// structure (the card-spending test), the evaluated households' columns answer (each share's rules re-evaluated where
// the line moves them, the registry's sums over the rows), and SQL — `simulate` at each share — is the reference.
import type { Db } from '$lib/db/db';
import { REGION_CODES } from '$lib/data/regions';
import type { YearIndex } from '$lib/fast/year-index';
import type { ParamValues } from '$lib/rules/parameter';
import type { ResolvedScenario } from '$lib/rules/scenario';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import type { Totals } from '$lib/sim/result';
import { simulate, type ScenarioInput } from '$lib/sim/simulate';
import type { Evaluated } from '$lib/state/figures.svelte';
import { figuresAtShares } from './sweep-fast';
import { measuresAtShares } from './sweep-columns';
import { SWEEP_PATH, SWEEP_SHARES } from './sweep';

/** One share's cost and errors, for one region (or the nation when `region` is null); errors are null with no one to count. */
export interface FrontierPoint {
	share: number;
	region: string | null;
	expected_annual_cost_kzt: number;
	annual_entitlement_kzt: number;
	inclusion_error: number | null;
	exclusion_error: number | null;
}

/** The points of one share from its year's figures (the index's or `simulate`'s): the nation, then every region. */
export function frontierPointsOf(share: number, figures: { totals: Totals; by_region: Record<string, Totals> }): FrontierPoint[] {
	const point = (region: string | null, t: Totals | undefined): FrontierPoint => ({
		share,
		region,
		expected_annual_cost_kzt: t?.tsa.expected_annual_cost_kzt ?? 0,
		annual_entitlement_kzt: t?.tsa.annual_entitlement_kzt ?? 0,
		inclusion_error: t?.targeting?.inclusion_error ?? null,
		exclusion_error: t?.targeting?.exclusion_error ?? null
	});
	return [point(null, figures.totals), ...REGION_CODES.map((r) => point(r, figures.by_region[r]))];
}

/** The frontier of the year of `params` from the index, or null when it does not hold the structure of every quarter. */
export function frontierFromIndex(
	index: YearIndex,
	year: number,
	params: ParamValues,
	law: ParamValues,
	shares: readonly number[] = SWEEP_SHARES
): FrontierPoint[] | null {
	return figuresAtShares(index, year, params, law, shares)?.flatMap(({ share, figures }) => frontierPointsOf(share, figures)) ?? null;
}

/** The frontier in SQL: `simulate` with the swept share at each of `shares` (default SWEEP_SHARES). */
export async function queryFrontier(db: Db, scenario: ScenarioInput, shares: readonly number[] = SWEEP_SHARES): Promise<FrontierPoint[]> {
	const points: FrontierPoint[] = [];
	for (const share of shares)
		points.push(...frontierPointsOf(share, await simulate(db, { ...scenario, params: { ...scenario.params, [SWEEP_PATH]: share } })));
	return points;
}

const MEASURES = [
	'tsa.expected_annual_cost_kzt',
	'tsa.annual_entitlement_kzt',
	'targeting.inclusion_error',
	'targeting.exclusion_error'
] as const;

/** The frontier from the evaluated households, or null in a year whose quarters differ in law (see measuresAtShares). */
export function frontierFromColumns(
	h: EvaluatedHouseholds,
	scenario: ResolvedScenario,
	shares: readonly number[] = SWEEP_SHARES
): FrontierPoint[] | null {
	return (
		measuresAtShares(h, scenario, MEASURES, shares)?.flatMap(({ share, values: m }) => {
			const point = (region: string | null, v: (typeof m)['total']): FrontierPoint => ({
				share,
				region,
				expected_annual_cost_kzt: v['tsa.expected_annual_cost_kzt'] ?? 0,
				annual_entitlement_kzt: v['tsa.annual_entitlement_kzt'] ?? 0,
				inclusion_error: v['targeting.inclusion_error'],
				exclusion_error: v['targeting.exclusion_error']
			});
			return [point(null, m.total), ...REGION_CODES.map((r) => point(r, m.byRegion[r]))];
		}) ?? null
	);
}

/** What the SQL frontier asks: the scenario and its `sweepKey` (null: nothing to ask, the index answers). */
export type FrontierInputs = { scenario: ResolvedScenario; key: string } | null;

let last: { key: string; points: FrontierPoint[] } | null = null;

/** `make`'s points, or the last ones when they were made for `key` (the frontier depends on nothing else). */
function keptFor(key: string, make: () => FrontierPoint[] | null): FrontierPoint[] | null {
	if (last?.key === key) return last.points;
	const points = make();
	if (points) last = { key, points };
	return points;
}

/**
 * The Figures client's question when no index answers: the frontier from the columns, or by SQL. The last answer is
 * kept for its key, so that moving the swept share alone (or a new evaluation of the same rules) asks nothing new.
 */
export const frontierFigures = {
	sql: async ({ db }: Evaluated, inputs: FrontierInputs): Promise<FrontierPoint[] | null> => {
		if (inputs === null) return null;
		if (last?.key === inputs.key) return last.points;
		const points = await queryFrontier(db, inputs.scenario);
		last = { key: inputs.key, points };
		return points;
	},
	columns: (h: EvaluatedHouseholds, inputs: FrontierInputs): FrontierPoint[] | null =>
		inputs === null ? null : keptFor(inputs.key, () => frontierFromColumns(h, inputs.scenario))
};

/** The points of one region (or the nation for null), in share order. */
export function frontierFor(points: readonly FrontierPoint[], region: string | null): FrontierPoint[] {
	return points.filter((p) => p.region === region).sort((a, b) => a.share - b.share);
}
