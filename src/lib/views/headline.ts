// The headline's figures: which contract totals a view reads (nation or a focused region) and what derives from them.
import type { RegionCode } from '$lib/data/regions';
import type { SimulationResult, Totals } from '$lib/sim/result';

/** The totals of the nation, or of `region` when one is focused, with the key path prefix they sit under. */
export function scopedTotals(result: SimulationResult, region: RegionCode | null): { prefix: string; totals: Totals } {
	return region ? { prefix: `by_region.${region}`, totals: result.by_region[region] } : { prefix: 'totals', totals: result.totals };
}

/** Eligible persons ÷ weighted persons (0 when the area has no one). */
export function coverage(totals: Totals, weightedPersons: number): number {
	return weightedPersons > 0 ? totals.tsa.eligible_persons / weightedPersons : 0;
}

/** The expected annual cost against the budget: share used and the amount over (+) or under (−); null without a budget. */
export function budgetUse(expectedAnnualCost: number, budget: number): { share: number; balance: number } | null {
	return budget > 0 ? { share: expectedAnnualCost / budget, balance: expectedAnnualCost - budget } : null;
}
