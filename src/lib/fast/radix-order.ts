// Orders rows by (group, numeric key) with an LSD radix sort: linear in the rows, under a second for national data
// (5.6 M rows), where a comparison sort of an index array takes several.

/** `rows` reordered by `group[row]` then `key[row]`, both ascending (stable; keys must not be NaN). */
export function orderByGroupThenKey(rows: Uint32Array, key: ArrayLike<number>, group: Uint8Array): Uint32Array {
	const steps = orderingSteps(rows, key, group);
	for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** `orderByGroupThenKey` in steps: it yields after each pass over the rows (a few tens of milliseconds each, nationally). */
export function* orderingSteps(rows: Uint32Array, key: ArrayLike<number>, group: Uint8Array): Generator<void, Uint32Array> {
	const m = rows.length;
	const hi = new Uint32Array(m);
	const lo = new Uint32Array(m);
	const g = new Uint8Array(m);
	const scratch = new Float64Array(1);
	const bits = new Uint32Array(scratch.buffer);
	for (let j = 0; j < m; j++) {
		scratch[0] = key[rows[j]];
		// IEEE order to unsigned order: negative numbers have every bit flipped, others only the sign bit.
		if (bits[1] & 0x80000000) ((hi[j] = ~bits[1] >>> 0), (lo[j] = ~bits[0] >>> 0));
		else ((hi[j] = (bits[1] ^ 0x80000000) >>> 0), (lo[j] = bits[0]));
		g[j] = group[rows[j]];
	}
	yield;
	// Digits of 11 bits (10 for a word's top): each pass scatters the rows into at most 2048 runs, which the processor's
	// caches hold, where 16-bit digits' 65 536 runs missed them. Each pass's digit counts do not depend on the order:
	// all are counted in one pass over the rows as they are.
	const passes = [
		...[0, 11, 22].map((shift) => ({ word: 'lo' as const, shift, mask: shift === 22 ? 0x3ff : 0x7ff })),
		...[0, 11, 22].map((shift) => ({ word: 'hi' as const, shift, mask: shift === 22 ? 0x3ff : 0x7ff })),
		{ word: 'g' as const, shift: 0, mask: 0xff }
	].map((p) => ({ ...p, count: new Uint32Array(p.mask + 2) }));
	const [c0, c1, c2, c3, c4, c5, c6] = passes.map((p) => p.count);
	for (let j = 0; j < m; j++) {
		const l = lo[j];
		const h = hi[j];
		c0[(l & 0x7ff) + 1]++;
		c1[((l >>> 11) & 0x7ff) + 1]++;
		c2[(l >>> 22) + 1]++;
		c3[(h & 0x7ff) + 1]++;
		c4[((h >>> 11) & 0x7ff) + 1]++;
		c5[(h >>> 22) + 1]++;
		c6[g[j] + 1]++;
	}
	yield;
	// Each pass moves the rows' digits with them, so that every pass reads them in order (reading them through the
	// order took most of the time: one cache miss per row and pass).
	let state = { order: new Uint32Array(m), lo, hi, g };
	for (let j = 0; j < m; j++) state.order[j] = j;
	let spare = { order: new Uint32Array(m), lo: new Uint32Array(m), hi: new Uint32Array(m), g: new Uint8Array(m) };
	const moving = passes.filter((p) => !p.count.some((c) => c === m)); // one digit value throughout: no move
	for (const [k, { word, shift, mask, count }] of moving.entries()) {
		for (let d = 0; d + 1 < count.length; d++) count[d + 1] += count[d];
		const [from, to] = [state, spare];
		const digits = from[word];
		// Only the words a later pass reads move with the rows (once the low word's passes are done it stays behind).
		const later = new Set(moving.slice(k + 1).map((p) => p.word));
		const [withLo, withHi, withG] = [later.has('lo'), later.has('hi'), later.has('g')];
		for (let j = 0; j < m; j++) {
			const at = count[(digits[j] >>> shift) & mask]++;
			to.order[at] = from.order[j];
			if (withLo) to.lo[at] = from.lo[j];
			if (withHi) to.hi[at] = from.hi[j];
			if (withG) to.g[at] = from.g[j];
		}
		[state, spare] = [to, from];
		yield;
	}
	const order = state.order;
	const out = new Uint32Array(m);
	for (let j = 0; j < m; j++) out[j] = rows[order[j]];
	return out;
}
