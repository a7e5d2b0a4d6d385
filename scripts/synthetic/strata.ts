// Strata (region × settlement), their household counts, and the embedded sample's allocation over them.
import type { Stratum } from './household-base';
import type { RegionProfile } from './regions-profile';

/** The 40 strata (fewer where a region has no rural population), with expected household counts. */
export function makeStrata(profiles: RegionProfile[]): Stratum[] {
	const out: Stratum[] = [];
	profiles.forEach((p, r) => {
		const urbanPop = Math.round(p.population.value * p.urbanShare.value);
		const parts = [
			{ settlement: 'urban' as const, population: urbanPop, meanSize: p.meanSizeUrban },
			{ settlement: 'rural' as const, population: p.population.value - urbanPop, meanSize: p.meanSizeRural }
		];
		parts.forEach((s, j) => {
			if (s.population > 0) out.push({ id: r * 2 + j, region: p.code, ...s, households: Math.round(s.population / s.meanSize) });
		});
	});
	return out;
}

/** Sample sizes per stratum: 60 % proportional to households, 40 % spread evenly over regions (small regions oversampled). */
export function allocateSample(strata: Stratum[], total: number): number[] {
	const all = strata.reduce((s, x) => s + x.households, 0);
	const regionHouseholds = new Map<string, number>();
	for (const s of strata) regionHouseholds.set(s.region, (regionHouseholds.get(s.region) ?? 0) + s.households);
	const regions = regionHouseholds.size;
	return strata.map((s) => {
		const regionShare = 0.6 * (regionHouseholds.get(s.region)! / all) + 0.4 / regions;
		const withinRegion = s.households / regionHouseholds.get(s.region)!;
		return Math.max(40, Math.round(total * regionShare * withinRegion));
	});
}
