// Income deciles weighted by persons, said twice: in SQL over a table and as a loop over rows already in income order.
// A household falls in the tenth of persons where its first member stands; decile 1 is the poorest.

/**
 * Each household's decile (1 = poorest) of `income` over every household of `source` (a table or subquery with
 * hh_id, weight and size), weighted by persons: a household falls in the tenth of persons where its first member
 * stands, ties in hh_id order.
 */
export function decilesSql(source: string, income: string): string {
	return `SELECT hh_id, least(10, 1 + floor(10 * (sum(weight * size) OVER (ORDER BY ${income}, hh_id ROWS UNBOUNDED PRECEDING) - weight * size)
		/ sum(weight * size) OVER ()))::INTEGER AS decile
	FROM ${source}`;
}

/**
 * `decilesSql` over the rows of `order` (row indices in the order of `ORDER BY income, hh_id`, see rowsInOrder):
 * each row's decile 1–10, 0 for a row not in `order` or whose weight × size is NULL (SQL's NULL decile).
 */
export function personDeciles(order: Uint32Array, weight: ArrayLike<number>, size: ArrayLike<number>, n: number): Uint8Array {
	let total = 0;
	for (let j = 0; j < order.length; j++) {
		const ws = weight[order[j]] * size[order[j]];
		if (ws === ws) total += ws;
	}
	const decile = new Uint8Array(n);
	let running = 0;
	for (let j = 0; j < order.length; j++) {
		const i = order[j];
		const ws = weight[i] * size[i];
		if (ws !== ws) continue;
		running += ws;
		// As SQL: the running sum including the row, less the row (not the sum before it: the rounding differs).
		const d = Math.min(10, 1 + Math.floor((10 * (running - ws)) / total));
		decile[i] = d === d ? d : 0;
	}
	return decile;
}
