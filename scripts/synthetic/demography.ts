// Household composition: ages and sexes of the members of a household of a given size (modelling assumptions).
import type { Rng } from './prng';

/** Age and sex of one member. */
export interface Member {
	age: number;
	sex: 'm' | 'f';
}

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

/** Draws the members of a household of `size` persons: parents, children and sometimes grandparents. */
export function drawMembers(rng: Rng, size: number): Member[] {
	if (size === 1) return single(rng);
	if (size === 2 && rng.chance(0.7)) {
		const elderly = rng.chance(0.45);
		return couple(rng, elderly ? rng.int(58, 85) : rng.int(21, 57));
	}
	const twoParents = size >= 3 ? rng.chance(0.87) : false;
	const motherAge = rng.int(22, 50);
	const adults: Member[] = twoParents ? couple(rng, motherAge) : [{ age: motherAge, sex: rng.chance(0.85) ? 'f' : 'm' }];
	let room = size - adults.length - 1;
	if (room > 0 && rng.chance(Math.min(0.55, 0.1 * (size - 2)))) {
		const grand = room > 1 && rng.chance(0.4) ? 2 : 1;
		for (let g = 0; g < grand; g++)
			adults.push({ age: Math.min(96, motherAge + rng.int(22, 32)), sex: g === 0 ? 'f' : 'm' });
		room -= grand;
	}
	const children: Member[] = [];
	const oldest = Math.max(0, Math.min(26, motherAge - 19));
	for (let k = 0; k < size - adults.length; k++) children.push({ age: rng.int(0, oldest), sex: sexOf(rng) });
	children.sort((a, b) => b.age - a.age);
	return [...adults, ...children];
}
