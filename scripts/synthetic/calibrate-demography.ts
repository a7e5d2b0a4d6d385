// The demographic fit: how old the parents of family households can be, so that the weighted share of children under
// 18 is the statistics bureau's. Members are drawn alone (their own stream), so each try costs little.
import type { Demography } from './demography';
import { drawHouseholdMembers, type Stratum } from './household-base';
import { solveIncreasing, type StepCallback } from './calibrate';
import { FIT } from './targets';

/** Persons-weighted share of children under 18 in the sample (`counts[j]` households of stratum j), given `demo`. */
export function childrenShare(seed: number, strata: Stratum[], counts: number[], demo: Demography): number {
	let children = 0;
	let population = 0;
	strata.forEach((s, j) => {
		let kids = 0;
		let persons = 0;
		for (let i = 0; i < counts[j]; i++) {
			const members = drawHouseholdMembers(seed, s, i, demo);
			persons += members.length;
			for (const m of members) if (m.age < 18) kids++;
		}
		// Weights make each stratum's weighted population its population figure (generate.ts).
		children += (s.population * kids) / persons;
		population += s.population;
	});
	return children / population;
}

/** Solves the oldest parent age for the national share of children (older parents, more grown-up children). */
export function fitDemography(seed: number, strata: Stratum[], counts: number[], onStep?: StepCallback): Demography {
	let steps = 0;
	const maxParentAge = solveIncreasing(
		(age) => {
			onStep?.(++steps, 24);
			return -childrenShare(seed, strata, counts, { maxParentAge: age });
		},
		-FIT.childrenShare.value,
		40,
		80,
		24
	);
	return { maxParentAge };
}
