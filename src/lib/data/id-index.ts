// Id lookups for tens of millions of rows. A JavaScript Map is refused past 2^24 entries ("Map maximum size
// exceeded": a national persons file has 20 M ids), grows by rehashing into ever larger tables that the garbage
// collector must trace, and costs a `get` plus a `set` to find a repeat. This is one preallocated open-addressing
// table of row numbers: one probe sequence per id, about 4 to 8 bytes per id, and no objects per entry.

const EMPTY = -1;

/** Every non-null id of a column mapped to the 0-based row where it first appears, with every later repeat. */
export class IdIndex {
	/** Rows (0-based) that repeat an earlier id, in file order, each with the row of its first occurrence. */
	readonly repeats: { row: number; first: number }[] = [];
	private readonly slots: Int32Array;
	private readonly mask: number;

	/** Indexes `values`, which it keeps for lookups; a null is an unknown id and is skipped. */
	constructor(private readonly values: readonly (string | null)[]) {
		let size = 16;
		// Linear probing stays short while at most two thirds of the slots are used.
		while (size < values.length * 1.5) size *= 2;
		this.slots = new Int32Array(size).fill(EMPTY);
		this.mask = size - 1;
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			if (v === null) continue;
			const s = this.find(v);
			const first = this.slots[s];
			if (first === EMPTY) this.slots[s] = i;
			else this.repeats.push({ row: i, first });
		}
	}

	/** The 0-based row where `id` first appears, or undefined when it is absent. */
	get(id: string): number | undefined {
		const row = this.slots[this.find(id)];
		return row === EMPTY ? undefined : row;
	}

	/** The slot holding `id`, or the empty slot where it would go. */
	private find(id: string): number {
		let s = hash(id) & this.mask;
		for (;;) {
			const row = this.slots[s];
			if (row === EMPTY || this.values[row] === id) return s;
			s = (s + 1) & this.mask;
		}
	}
}

// FNV-1a over the UTF-16 code units, then murmur3's finaliser so sequential ids spread over the low bits.
function hash(s: string): number {
	let h = 0x811c9dc5;
	for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return h ^ (h >>> 16);
}
