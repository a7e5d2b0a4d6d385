// Test support: compares two figure trees number by number within a relative tolerance, naming the first mismatch.

/** Paths (a.b.c) where `actual` and `expected` differ by more than `rel` × max(1, |a|, |b|), or in shape or nullness. */
export function mismatches(actual: unknown, expected: unknown, rel = 1e-9, path = ''): string[] {
	if (typeof expected === 'number' && typeof actual === 'number') {
		const tol = rel * Math.max(1, Math.abs(actual), Math.abs(expected));
		return Math.abs(actual - expected) <= tol ? [] : [`${path}: ${actual} ≠ ${expected}`];
	}
	if (expected === null || actual === null || typeof expected !== 'object' || typeof actual !== 'object')
		return actual === expected ? [] : [`${path}: ${String(actual)} ≠ ${String(expected)}`];
	const a = actual as Record<string, unknown>;
	const e = expected as Record<string, unknown>;
	const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
	return [...keys].flatMap((k) => mismatches(a[k], e[k], rel, path ? `${path}.${k}` : k));
}

/** `figures` without `impact` (national and by region): the part the fast index answers (impact needs the rows). */
export function indexPart<T extends { totals: object; by_region: Record<string, object> }>(figures: T): T {
	const drop = (t: object): object => Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'impact'));
	return {
		...figures,
		totals: drop(figures.totals),
		by_region: Object.fromEntries(Object.entries(figures.by_region).map(([r, t]) => [r, drop(t)]))
	};
}
