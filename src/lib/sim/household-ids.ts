// Every household's hh_id, compact: the UTF-8 bytes of all ids in hh_id order and their offsets (the two buffers of an
// Arrow Utf8 vector), decoded one at a time. A national dataset's 5.6 M ids take about 80 MB this way, against several
// hundred as JavaScript strings; being sorted, an id or a prefix is found by binary search.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The hh_ids of a dataset in hh_id order (DuckDB's: by UTF-8 bytes), rank r's id at `at(r)`. */
export class HouseholdIds {
	/** How many ids. */
	readonly n: number;

	/** `bytes` holds id r at `offsets[r] … offsets[r + 1]`; throws unless the ids are strictly ascending. */
	constructor(
		readonly bytes: Uint8Array,
		readonly offsets: Int32Array
	) {
		this.n = offsets.length - 1;
		if (this.n < 0 || offsets[0] !== 0 || offsets[this.n] > bytes.length) throw new Error('household ids: offsets out of range');
		for (let r = 1; r < this.n; r++)
			if (this.compareAt(r - 1, bytes, offsets[r], offsets[r + 1], false) >= 0)
				throw new Error(`household ids: not ascending at rank ${r}`);
	}

	/** The ids of `sorted` (already in hh_id order), encoded into one buffer (no array per id: a national table has millions). */
	static of(sorted: readonly string[]): HouseholdIds {
		const offsets = new Int32Array(sorted.length + 1);
		let bytes = new Uint8Array(Math.max(16, sorted.length * 8));
		for (let r = 0; r < sorted.length; r++) {
			// A UTF-16 unit takes at most 3 bytes of UTF-8.
			const most = offsets[r] + 3 * sorted[r].length;
			if (most > bytes.length) {
				const grown = new Uint8Array(Math.max(most, 2 * bytes.length));
				grown.set(bytes.subarray(0, offsets[r]));
				bytes = grown;
			}
			offsets[r + 1] = offsets[r] + encoder.encodeInto(sorted[r], bytes.subarray(offsets[r])).written;
		}
		return new HouseholdIds(bytes.slice(0, offsets[sorted.length]), offsets);
	}

	/** The id of rank `r`. */
	at(r: number): string {
		return decoder.decode(this.bytes.subarray(this.offsets[r], this.offsets[r + 1]));
	}

	/** The rank of `id`, or −1 when no household has it. */
	rankOf(id: string): number {
		const key = encoder.encode(id);
		const r = this.lowerBound(key);
		return r < this.n && this.compareAt(r, key, 0, key.length, false) === 0 ? r : -1;
	}

	/** The ranks [from, to) of the ids starting with `prefix`. */
	withPrefix(prefix: string): { from: number; to: number } {
		const key = encoder.encode(prefix);
		const from = this.lowerBound(key);
		let lo = from;
		let hi = this.n;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.compareAt(mid, key, 0, key.length, true) === 0) lo = mid + 1;
			else hi = mid;
		}
		return { from, to: lo };
	}

	/** The first rank whose id is not below `key`. */
	private lowerBound(key: Uint8Array): number {
		let lo = 0;
		let hi = this.n;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.compareAt(mid, key, 0, key.length, false) < 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Id `r` against `key[start … end)` by bytes; with `prefixOnly`, an id that starts with the key counts as equal. */
	private compareAt(r: number, key: Uint8Array, start: number, end: number, prefixOnly: boolean): number {
		const a = this.offsets[r];
		const aLength = this.offsets[r + 1] - a;
		const keyLength = end - start;
		const common = Math.min(aLength, keyLength);
		for (let k = 0; k < common; k++) {
			const d = this.bytes[a + k] - key[start + k];
			if (d !== 0) return d;
		}
		if (prefixOnly && aLength >= keyLength) return 0;
		return aLength - keyLength;
	}
}
