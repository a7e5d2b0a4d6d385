// Household composition: ages and sexes of the members of a household of a given size (modelling assumptions, with
// one fitted parameter: how old the parents of family households can be, which sets how many children have grown up).
import type { Rng } from './prng';

/** Age and sex of one member. */
export interface Member {
	age: number;
	sex: 'm' | 'f';
}

/** Fitted demographic parameter (calibrate-demography.ts). */
export interface Demography {
	/**
	 * Oldest mother (or lone parent) of a family household. Mothers are spread evenly from 22 to this age; an older
	 * mother's children are older, and those past 17 are adults who still live with their parents. Fitted to the
	 * national share of children under 18.
	 */
	maxParentAge: number;
}

/**
 * Mothers' ages at their children's births (assumption): from 19 to 42. A child's age is the mother's age minus one
 * such birth age, so a 45-year-old mother's children are 3 to 26 and a 60-year-old's are adults.
 */
export const BIRTH_AGES = { first: 19, last: 42 } as const;

/** Youngest mother of a family household. */
export const MIN_PARENT_AGE = 22;

/** Draws a household size: a share of one-person households, otherwise 2 + Poisson, averaging `mean`. */
export function drawSize(rng: Rng, mean: number): number {
	const single = Math.min(0.25, Math.max(0.05, 0.3 - 0.045 * mean));
	if (rng.chance(single)) return 1;
	const lambda = Math.max(0.2, (mean - single) / (1 - single) - 2);
	return Math.min(14, 2 + rng.poisson(lambda));
}

function sexOf(rng: Rng, femaleShare = 0.49): 'm' | 'f' {
	return rng.chance(femaleShare) ? 'f' : 'm';
}

function single(rng: Rng): Member[] {
	const elderly = rng.chance(0.45);
	const age = elderly ? rng.int(63, 92) : rng.int(19, 62);
	return [{ age, sex: sexOf(rng, elderly ? 0.7 : 0.45) }];
}

function couple(rng: Rng, motherAge: number): Member[] {
	return [
		{ age: motherAge, sex: 'f' },
		{ age: Math.min(95, motherAge + rng.int(0, 6)), sex: 'm' }
	];
}

/**
 * Draws the members of a household of `size` persons: parents, children and sometimes grandparents. Every draw is
 * made whatever the parameter, and ages grow with it, so the share of children falls steadily as it rises.
 */
export function drawMembers(rng: Rng, size: number, demo: Demography): Member[] {
	if (size === 1) return single(rng);
	if (size === 2 && rng.chance(0.7)) {
		const elderly = rng.chance(0.45);
		return couple(rng, elderly ? rng.int(58, 85) : rng.int(21, 57));
	}
	const twoParents = size >= 3 ? rng.chance(0.87) : false;
	const motherAge = Math.floor(MIN_PARENT_AGE + rng.next() * (demo.maxParentAge + 1 - MIN_PARENT_AGE));
	const adults: Member[] = twoParents ? couple(rng, motherAge) : [{ age: motherAge, sex: rng.chance(0.85) ? 'f' : 'm' }];
	const room = size - adults.length - 1;
	if (room > 0 && rng.chance(Math.min(0.55, 0.1 * (size - 2)))) {
		const grand = room > 1 && rng.chance(0.4) ? 2 : 1;
		for (let g = 0; g < grand; g++) adults.push({ age: Math.min(96, motherAge + rng.int(22, 32)), sex: g === 0 ? 'f' : 'm' });
	}
	const children: Member[] = [];
	const lastBirth = Math.min(motherAge, BIRTH_AGES.last);
	for (let k = 0; k < size - adults.length; k++) {
		const birthAge = BIRTH_AGES.first + rng.next() * (lastBirth - BIRTH_AGES.first);
		children.push({ age: Math.max(0, Math.floor(motherAge - birthAge)), sex: sexOf(rng) });
	}
	children.sort((a, b) => b.age - a.age);
	return [...adults, ...children];
}
