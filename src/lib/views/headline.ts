// The headline's figures: which contract totals a view reads (nation or a focused region) and what derives from them.
import { isRegionCode, type RegionCode } from '$lib/data/regions';
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

/** Paths the dashboard does not count as rules: modelling assumptions (take-up) and what the dataset says of itself. */
const NOT_RULES = ['takeup.', 'data.'];

/**
 * The changed parameters split by whose they are: `national` (the same in every region: TSA rules, indices) and `own`
 * (`region`'s regional ПМ, median income and local assistance); other regions' own parameters are left out.
 */
export function rulesByScope(paths: readonly string[], region: RegionCode | null): { national: string[]; own: string[] } {
	const regional = /^(local\.([a-z_]+)\.|indices\.pm_regional\.([a-z_]+)$|tsa\.poverty_line\.median_income\.([a-z_]+)$)/;
	const national: string[] = [];
	const own: string[] = [];
	for (const path of paths) {
		if (NOT_RULES.some((p) => path.startsWith(p))) continue;
		const m = regional.exec(path);
		const of = m ? (m[2] ?? m[3] ?? m[4]) : null;
		if (!of || !isRegionCode(of)) national.push(path);
		else if (of === region) own.push(path);
	}
	return { national, own };
}
