// Rows in SQL's `ORDER BY key, hh_id` order (NULLs last), sorted whole or re-sorted from another key's order.
import { describe, expect, it } from 'vitest';
import { rowsInOrder, rowsReordered } from './row-order';
import { mulberry32 } from './testing/generate';

/** The order by a comparison sort: key ascending (−0 equal to 0), NaN last, ties by idRank. */
function reference(key: Float64Array, idRank: Uint32Array, keep?: Uint8Array): number[] {
	const rows = [...key.keys()].filter((i) => !keep || keep[i]);
	const k = (i: number) => (Number.isNaN(key[i]) ? Infinity : key[i]);
	const nan = (i: number) => +Number.isNaN(key[i]);
	return rows.sort((a, b) => nan(a) - nan(b) || k(a) - k(b) || idRank[a] - idRank[b]);
}

/** Random keys with ties, NULLs, −0 and negatives, and a shuffled hh_id rank. */
function random(seed: number, n: number) {
	const next = mulberry32(seed);
	const pick = () => [NaN, -0, 0, -5, 1.5, 3, 1e6, next() * 100][Math.floor(next() * 8)];
	const key = Float64Array.from({ length: n }, pick);
	const idRank = Uint32Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[idRank[i], idRank[j]] = [idRank[j], idRank[i]];
	}
	const keep = Uint8Array.from({ length: n }, () => +(next() < 0.8));
	return { key, idRank, keep, next, pick };
}

describe('rows in order', () => {
	it.each([1, 2, 3, 4])('sorts like a comparison sort (seed %i)', (seed) => {
		const { key, idRank, keep } = random(seed, 500);
		expect([...rowsInOrder(key, idRank)]).toEqual(reference(key, idRank));
		expect([...rowsInOrder(key, idRank, keep)]).toEqual(reference(key, idRank, keep));
	});

	it.each([5, 6, 7, 8])('re-sorts only what changed, to the same order (seed %i)', (seed) => {
		const { key, idRank, keep, next, pick } = random(seed, 500);
		const to = key.map((x) => (next() < 0.2 ? pick() : x));
		const order = rowsInOrder(key, idRank, keep);
		expect([...rowsReordered(order, key, to, idRank)]).toEqual(reference(to, idRank, keep));
	});
});
