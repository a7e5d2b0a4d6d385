// The measures the regions view colours and sorts regions by, read from a contract result.
import { REGION_CODES, type RegionCode } from '$lib/data/regions';
import type { SimulationResult } from '$lib/sim/result';
import { coverage } from './headline';

/** Measures of the regions view. */
export const REGION_MEASURES = ['coverage', 'expected_cost', 'gap'] as const;
/** One measure. */
export type RegionMeasure = (typeof REGION_MEASURES)[number];

/** A region's value of `measure`: coverage (eligible ÷ weighted persons), expected annual cost, or gap households. */
export function regionValue(result: SimulationResult, region: RegionCode, measure: RegionMeasure, weightedPersons: number): number {
	const t = result.by_region[region];
	if (measure === 'coverage') return coverage(t, weightedPersons);
	if (measure === 'expected_cost') return t.tsa.expected_annual_cost_kzt;
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
	})).sort((a, b) => b.scenario - a.scenario || a.region.localeCompare(b.region));
}
