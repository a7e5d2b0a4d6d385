import { describe, expect, it } from 'vitest';
import { openNodeDb } from '$lib/db/node-db';
import { HouseholdIds } from './household-ids';
import { mulberry32 } from './testing/generate';

const bytes = (s: string) => Buffer.from(s, 'utf8');
const byBytes = (a: string, b: string) => Buffer.compare(bytes(a), bytes(b));

/** Random ids over a small alphabet with Cyrillic and accented letters, so prefixes and multi-byte characters meet. */
function randomIds(seed: number, count: number): string[] {
	const next = mulberry32(seed);
	const alphabet = ['A', 'B', '0', '1', '-', 'ж', 'Ә', 'é', 'z'];
	const ids = new Set<string>();
	while (ids.size < count) ids.add(Array.from({ length: 1 + Math.floor(next() * 4) }, () => alphabet[Math.floor(next() * 9)]).join(''));
	return [...ids].sort(byBytes);
}

describe('household ids', () => {
	it('finds every id and every prefix as a scan of the sorted ids does', () => {
		for (const seed of [1, 2, 3]) {
			const sorted = randomIds(seed, 300);
			const ids = HouseholdIds.of(sorted);
			expect(ids.n).toBe(300);
			sorted.forEach((id, r) => {
				expect(ids.at(r)).toBe(id);
				expect(ids.rankOf(id)).toBe(r);
			});
			for (const probe of ['', 'A', 'ж', 'Ә0', 'zz', 'é-', 'q', 'Bжz1', 'ж\u0000']) {
				const expected = sorted.flatMap((id, r) => (id.startsWith(probe) ? [r] : []));
				const { from, to } = ids.withPrefix(probe);
				expect(
					Array.from({ length: to - from }, (_, k) => from + k),
					probe
				).toEqual(expected);
				expect(ids.rankOf(probe)).toBe(sorted.indexOf(probe));
			}
		}
	});

	it('are in the order DuckDB sorts hh_id in (by UTF-8 bytes), and refuse any other', async () => {
		const sorted = randomIds(9, 200);
		const db = await openNodeDb();
		try {
			const rows = await db.query('SELECT x FROM (SELECT unnest(?::VARCHAR[]) AS x) ORDER BY x', [JSON.stringify([...sorted].reverse())]);
			expect(rows.map((r) => r.x)).toEqual(sorted);
		} finally {
			await db.close();
		}
		expect(() => HouseholdIds.of(['b', 'a'])).toThrow(/not ascending at rank 1/);
		expect(() => HouseholdIds.of(['a', 'a'])).toThrow(/not ascending at rank 1/);
		expect(HouseholdIds.of([]).withPrefix('a')).toEqual({ from: 0, to: 0 });
	});
});
