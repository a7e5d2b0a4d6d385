// The radix order equals a comparison sort by (group, key), negatives, zeros, ties and subsets included.
import { describe, expect, it } from 'vitest';
import { orderByGroupThenKey, orderingSteps } from './radix-order';
import { mulberry32 as rng } from '../sim/testing/generate';

describe('orderByGroupThenKey', () => {
	it('sorts a subset of rows by group then key, as a comparison sort does', () => {
		const next = rng(42);
		const n = 50_000;
		const key = Float64Array.from({ length: n }, () => {
			const u = next();
			if (u < 0.1) return 0;
			if (u < 0.15) return -0;
			if (u < 0.3) return Math.round(next() * 10); // many ties
			if (u < 0.4) return -next() * 1e6;
			return next() * 10 ** (1 + Math.floor(next() * 8));
		});
		const group = Uint8Array.from({ length: n }, () => Math.floor(next() * 21));
		const rows = Uint32Array.from({ length: n }, (_, i) => i).filter(() => next() < 0.7);
		const radix = orderByGroupThenKey(rows, key, group);
		// −0 sorts before +0 (its bits differ); the rules never tell them apart.
		const byKey = (x: number, y: number) => (x !== y ? x - y : Object.is(x, y) ? 0 : Object.is(x, -0) ? -1 : 1);
		const expected = [...rows].sort((a, b) => group[a] - group[b] || byKey(key[a], key[b]) || a - b);
		expect(radix.length).toBe(rows.length);
		expect([...radix].map((i) => [group[i], key[i]])).toEqual(expected.map((i) => [group[i], key[i]]));
		// Stable: equal (group, key) keep the input order.
		expect([...radix]).toEqual(expected);
	});

	it('handles no rows and one group', () => {
		expect(orderByGroupThenKey(new Uint32Array(0), new Float64Array(0), new Uint8Array(0)).length).toBe(0);
		const key = Float64Array.of(3, 1, 2);
		expect([...orderByGroupThenKey(Uint32Array.of(0, 1, 2), key, new Uint8Array(3))]).toEqual([1, 2, 0]);
	});

	it('gives the same order when taken in steps, one pass at a time', () => {
		const next = rng(7);
		const n = 5000;
		const key = Float64Array.from({ length: n }, () => (next() - 0.3) * 1e6);
		const group = Uint8Array.from({ length: n }, () => Math.floor(next() * 5));
		const rows = Uint32Array.from({ length: n }, (_, i) => i);
		const steps = orderingSteps(rows, key, group);
		let yields = 0;
		let r = steps.next();
		for (; !r.done; r = steps.next()) yields++;
		expect(yields).toBeGreaterThan(2);
		expect(Array.from(r.value)).toEqual(Array.from(orderByGroupThenKey(rows, key, group)));
	});
});
