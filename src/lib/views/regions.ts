// The measures the regions view colours and sorts regions by, read from a contract result.
import { REGION_CODES, type RegionCode } from '$lib/data/regions';
import type { SimulationResult } from '$lib/sim/result';
import { coverage } from './headline';

/** Measures of the regions view: TSA's (national rules) and local assistance's (each region's own rules). */
export const REGION_MEASURES = ['coverage', 'expected_cost', 'gap', 'local_cost', 'local_households'] as const;
/** Which programme each measure is of. */
export const MEASURE_PROGRAMME: Record<RegionMeasure, 'tsa' | 'local'> = {
	coverage: 'tsa',
	expected_cost: 'tsa',
	gap: 'tsa',
	local_cost: 'local',
	local_households: 'local'
};
/** One measure. */
export type RegionMeasure = (typeof REGION_MEASURES)[number];

/**
 * A region's value of `measure`: TSA coverage (eligible ÷ weighted persons), expected annual cost or gap households;
 * local assistance's annual cost or families helped.
 */
export function regionValue(result: SimulationResult, region: RegionCode, measure: RegionMeasure, weightedPersons: number): number {
	const t = result.by_region[region];
	if (measure === 'coverage') return coverage(t, weightedPersons);
	if (measure === 'expected_cost') return t.tsa.expected_annual_cost_kzt;
	if (measure === 'local_cost') return t.local.annual_cost_kzt;
	if (measure === 'local_households') return t.local.eligible_households;
	return t.gap.gap_households;
}

/** All 20 regions' baseline and scenario values of `measure`, sorted by the scenario's, largest first. */
export function regionRows(
	baseline: SimulationResult,
	scenario: SimulationResult,
	measure: RegionMeasure,
	persons: (region: RegionCode) => number
): { region: RegionCode; baseline: number; scenario: number }[] {
	return REGION_CODES.map((region) => ({
		region,
		baseline: regionValue(baseline, region, measure, persons(region)),
		scenario: regionValue(scenario, region, measure, persons(region))
	})).sort((a, b) => b.scenario - a.scenario || (a.region < b.region ? -1 : 1));
}
