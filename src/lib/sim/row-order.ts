// Rows in SQL's `ORDER BY key, hh_id` order (NULLs last) for the figures that rank households without SQL: deciles
// and the Gini coefficient over evaluated households (evaluated-columns.ts).
import { orderByGroupThenKey } from '../fast/radix-order';

/**
 * The rows with `keep[i]` (every row when absent) ordered by `key` ascending, ties by `idRank`, NaN (NULL) last in
 * idRank order: SQL's `ORDER BY key, hh_id` with DuckDB's NULLS LAST.
 */
export function rowsInOrder(key: ArrayLike<number>, idRank: Uint32Array, keep?: Uint8Array): Uint32Array {
	const n = key.length;
	const byId = new Uint32Array(n);
	for (let i = 0; i < n; i++) byId[idRank[i]] = i;
	let valued = 0;
	let nulls = 0;
	let negativeZero = false;
	for (let j = 0; j < n; j++) {
		const i = byId[j];
		if (keep && !keep[i]) continue;
		const x = key[i];
		if (x !== x) nulls++;
		else {
			valued++;
			if (x === 0 && 1 / x < 0) negativeZero = true;
		}
	}
	const rows = new Uint32Array(valued);
	const tail = new Uint32Array(nulls);
	for (let j = 0, a = 0, b = 0; j < n; j++) {
		const i = byId[j];
		if (keep && !keep[i]) continue;
		if (key[i] !== key[i]) tail[b++] = i;
		else rows[a++] = i;
	}
	// SQL holds −0 equal to 0 (ties then go by hh_id); the radix sort's bit order puts it first.
	const sortKey = negativeZero ? Float64Array.from(key, (x) => x + 0) : key;
	const sorted = orderByGroupThenKey(rows, sortKey, new Uint8Array(n));
	const out = new Uint32Array(valued + nulls);
	out.set(sorted);
	out.set(tail, valued);
	return out;
}

/**
 * The rows of `order` (in rowsInOrder's order of `from`) in rowsInOrder's order of `to`: only the rows whose value
 * changed are sorted, then merged with the others (income after assistance differs from before for few families);
 * `order` itself when none changed.
 */
export function rowsReordered(order: Uint32Array, from: ArrayLike<number>, to: ArrayLike<number>, idRank: Uint32Array): Uint32Array {
	const same = (i: number) => from[i] === to[i] || (from[i] !== from[i] && to[i] !== to[i]);
	const moved = new Uint8Array(to.length);
	let count = 0;
	for (let j = 0; j < order.length; j++) {
		if (same(order[j])) continue;
		moved[order[j]] = 1;
		count++;
	}
	if (count === 0) return order;
	const changed = rowsInOrder(to, idRank, moved);
	const out = new Uint32Array(order.length);
	// Before: NaN (NULL) last, then ties by idRank.
	const before = (a: number, b: number) => {
		const x = to[a];
		const y = to[b];
		if (x !== x) return y !== y && idRank[a] < idRank[b];
		return y !== y || x < y || (x === y && idRank[a] < idRank[b]);
	};
	let j = 0;
	let k = 0;
	for (let o = 0; o < out.length; o++) {
		while (j < order.length && moved[order[j]]) j++;
		const a = j < order.length ? order[j] : -1;
		if (k < count && (a < 0 || before(changed[k], a))) out[o] = changed[k++];
		else {
			out[o] = a;
			j++;
		}
	}
	return out;
}
