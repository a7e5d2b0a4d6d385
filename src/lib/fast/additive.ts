// The additive sums behind every contract figure: regions add up to the nation, shares are taken last.
import { SUMS, totalsFromSums, type Sums } from '../sim/measures';
import type { DatasetFigures, Totals } from '../sim/result';

/** The dataset figures and every sum of the measures registry (`SUMS`); they add across regions. */
export type Additive = DatasetFigures & Sums;

const KEYS = ['households', 'persons', 'weighted_households', 'weighted_persons', ...Object.keys(SUMS)] as (keyof Additive)[];

/** An all-zero sum. */
export function zeroAdditive(): Additive {
	return Object.fromEntries(KEYS.map((k) => [k, 0])) as unknown as Additive;
}

/** Adds `b` into `a`. */
export function addInto(a: Additive, b: Additive): void {
	for (let i = 0; i < KEYS.length; i++) a[KEYS[i]] += b[KEYS[i]];
}

/** The dataset figures of a sum. */
export function datasetOf(a: Additive): DatasetFigures {
	return { households: a.households, persons: a.persons, weighted_households: a.weighted_households, weighted_persons: a.weighted_persons };
}

/** The contract's totals of a sum (with `targeting` when the dataset has consumption), as the registry defines them. */
export function totalsOf(a: Additive, targeting: boolean): Totals {
	return totalsFromSums(a, targeting);
}
