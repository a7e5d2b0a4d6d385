// Sweeps evaluate a grid a few points at a time: each run of points is its own query, so none grows with the grid.

/** `items` in runs of `size` (the last may be shorter). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
	if (!(size >= 1)) throw new Error(`chunk size must be at least 1, got ${size}`);
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

/** Runs `query` over `items` `size` at a time, in order, and joins the answers; null as soon as one is null (superseded). */
export async function inChunks<I, T>(
	items: readonly I[],
	size: number,
	query: (chunk: I[]) => Promise<readonly T[] | null>
): Promise<T[] | null> {
	const out: T[] = [];
	for (const chunk of chunks(items, size)) {
		const got = await query(chunk);
		if (got === null) return null;
		out.push(...got);
	}
	return out;
}
