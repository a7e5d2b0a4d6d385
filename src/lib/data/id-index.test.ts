import { describe, expect, it } from 'vitest';
import { IdIndex } from './id-index';

describe('IdIndex', () => {
	it('maps every id to the row where it first appears and lists each repeat with that row', () => {
		const index = new IdIndex(['a', 'b', null, 'a', 'c', 'b', 'a', null]);
		expect(index.repeats).toEqual([
			{ row: 3, first: 0 },
			{ row: 5, first: 1 },
			{ row: 6, first: 0 }
		]);
		expect([index.get('a'), index.get('b'), index.get('c'), index.get('d')]).toEqual([0, 1, 4, undefined]);
	});

	it('finds no repeat among distinct ids and skips unknown ones', () => {
		const index = new IdIndex([null, 'x', null, 'y']);
		expect(index.repeats).toEqual([]);
		expect(index.get('y')).toBe(3);
	});

	it('agrees with a plain Map on thousands of ids with repeats, unknowns and lookalikes', () => {
		const ids = Array.from({ length: 20_000 }, (_, i) => (i % 97 === 0 ? null : `hh-${(i * 7919) % 15_000}${i % 3 ? '' : 'é'}`));
		const index = new IdIndex(ids);
		const first = new Map<string, number>();
		const repeats: { row: number; first: number }[] = [];
		ids.forEach((id, row) => {
			if (id === null) return;
			if (first.has(id)) repeats.push({ row, first: first.get(id)! });
			else first.set(id, row);
		});
		expect(repeats.length).toBeGreaterThan(1000);
		expect(index.repeats).toEqual(repeats);
		for (const [id, row] of first) expect(index.get(id)).toBe(row);
		for (const absent of ['hh-15000', 'hh-1 ', 'HH-1', '']) expect(index.get(absent)).toBeUndefined();
	});
});
