// The prefix-sum columns of the index: what each household adds, by which of its flags, summed over a region's
// rows below the line. Sums are kept only at every `blockSize`-th row of each region (block prefixes); the rows
// between the last block start and the line are added on the fly. With blocks of 32 the columns cost 6.5 bytes per
// indexed household instead of 208, which is what lets the index hold a national dataset, for ≤ 31 rows of
// arithmetic per region per slider move.
import { FLAG, gapCell, type StructureExtract } from './extract';

/**
 * Column order. w = weight, n = size, y = pc_income, c = supplement children, t = take-up; `u_` unconditional
 * households only, `k_` conditional ones (their expected share is × compliance), `q_` with consumption (targeting
 * rows), `b_` in the poorest quintile. The card's gap (gap.ts): `g_wv` = w × (ν − ν′) and `g_wa` = w × (ν × ρ − ν′ × ρ′),
 * what an eligible row adds to the region's funnel at the others' rates; the funnel of the eligible: `f_wv` = w × ν and
 * `u_wa`, `k_wa` = w × ν × ρ of unconditional and conditional rows (paid is × the compliance share); `x_` weighted by
 * 1 − observed take-up (the unclaimed tenge).
 */
export const COLUMNS = [
	'w',
	'wn',
	'wny',
	'wc',
	'u_wt',
	'u_wtn',
	'u_wtny',
	'u_wtc',
	'k_wt',
	'k_wtn',
	'k_wtny',
	'k_wtc',
	'g_wv',
	'g_wa',
	'f_wv',
	'u_wa',
	'k_wa',
	'x_wn',
	'x_wny',
	'x_wc',
	'q_wn',
	'q_wny',
	'q_wc',
	'b_wn',
	'b_wny',
	'b_wc'
] as const;

/** A column's name. */
export type Column = (typeof COLUMNS)[number];

/** Column name → its position. */
export const COL = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<Column, number>;

const WIDTH = COLUMNS.length;

/** Rows summed between two pauses of a sliced build (a few tens of milliseconds). */
const STEP_ROWS = 100_000;

/** Rows per block: the default trades 5 bytes per household against ≤ 31 rows added per region and move. */
export const DEFAULT_BLOCK_SIZE = 32;

/**
 * Adds the contributions of rows [from, to) to every column of `acc`, row after row (the one place the columns are
 * defined); with `unlike`, only those of the rows whose flags differ from it. The running sums are kept in locals,
 * not in `acc`: a national index is built in a third of the time.
 */
function addRows(x: StructureExtract, r: number, from: number, to: number, acc: Float64Array, unlike: Uint8Array | null = null): void {
	const { weight, size, pcIncome, kids, takeup, flags, settlement, gapRates } = x;
	const { notify, respond, notifyOther, respondOther, takeup: observed } = gapRates;
	let w_ = acc[COL.w],
		wn_ = acc[COL.wn],
		wny_ = acc[COL.wny],
		wc_ = acc[COL.wc];
	let u_wt = acc[COL.u_wt],
		u_wtn = acc[COL.u_wtn],
		u_wtny = acc[COL.u_wtny],
		u_wtc = acc[COL.u_wtc];
	let k_wt = acc[COL.k_wt],
		k_wtn = acc[COL.k_wtn],
		k_wtny = acc[COL.k_wtny],
		k_wtc = acc[COL.k_wtc];
	let g_wv = acc[COL.g_wv],
		g_wa = acc[COL.g_wa],
		f_wv = acc[COL.f_wv],
		u_wa = acc[COL.u_wa],
		k_wa = acc[COL.k_wa],
		x_wn = acc[COL.x_wn],
		x_wny = acc[COL.x_wny],
		x_wc = acc[COL.x_wc];
	let q_wn = acc[COL.q_wn],
		q_wny = acc[COL.q_wny],
		q_wc = acc[COL.q_wc];
	let b_wn = acc[COL.b_wn],
		b_wny = acc[COL.b_wny],
		b_wc = acc[COL.b_wc];
	for (let i = from; i < to; i++) {
		const f = flags[i];
		if (f & FLAG.excluded || (unlike !== null && unlike[i] === f)) continue;
		const w = weight[i];
		const wn = w * size[i];
		const wny = wn * pcIncome[i];
		const wc = w * kids[i];
		const t = takeup[i];
		w_ += w;
		wn_ += wn;
		wny_ += wny;
		wc_ += wc;
		if (f & FLAG.unconditional) ((u_wt += w * t), (u_wtn += wn * t), (u_wtny += wny * t), (u_wtc += wc * t));
		else ((k_wt += w * t), (k_wtn += wn * t), (k_wtny += wny * t), (k_wtc += wc * t));
		const cell = gapCell(gapRates, r, settlement[i]);
		g_wv += w * (notify[cell] - notifyOther[cell]);
		g_wa += w * (respond[cell] - respondOther[cell]);
		f_wv += w * notify[cell];
		if (f & FLAG.unconditional) u_wa += w * respond[cell];
		else k_wa += w * respond[cell];
		const unclaimed = 1 - observed[cell];
		((x_wn += wn * unclaimed), (x_wny += wny * unclaimed), (x_wc += wc * unclaimed));
		if (f & FLAG.consumer) ((q_wn += wn), (q_wny += wny), (q_wc += wc));
		if (f & FLAG.bottom) ((b_wn += wn), (b_wny += wny), (b_wc += wc));
	}
	((acc[COL.w] = w_), (acc[COL.wn] = wn_), (acc[COL.wny] = wny_), (acc[COL.wc] = wc_));
	((acc[COL.u_wt] = u_wt), (acc[COL.u_wtn] = u_wtn), (acc[COL.u_wtny] = u_wtny), (acc[COL.u_wtc] = u_wtc));
	((acc[COL.k_wt] = k_wt), (acc[COL.k_wtn] = k_wtn), (acc[COL.k_wtny] = k_wtny), (acc[COL.k_wtc] = k_wtc));
	((acc[COL.g_wv] = g_wv), (acc[COL.g_wa] = g_wa), (acc[COL.x_wn] = x_wn), (acc[COL.x_wny] = x_wny), (acc[COL.x_wc] = x_wc));
	((acc[COL.f_wv] = f_wv), (acc[COL.u_wa] = u_wa), (acc[COL.k_wa] = k_wa));
	((acc[COL.q_wn] = q_wn), (acc[COL.q_wny] = q_wny), (acc[COL.q_wc] = q_wc));
	((acc[COL.b_wn] = b_wn), (acc[COL.b_wny] = b_wny), (acc[COL.b_wc] = b_wc));
}

/** Where each region's block sums start in a table of them: one per whole block of `blockSize` rows, plus the empty one. */
export function blockStarts(offsets: Int32Array, blockSize: number): Int32Array {
	const regions = offsets.length - 1;
	const starts = new Int32Array(regions + 1);
	for (let r = 0; r < regions; r++) starts[r + 1] = starts[r] + Math.floor((offsets[r + 1] - offsets[r]) / blockSize) + 1;
	return starts;
}

/** Every column's sum over the first rows of a region, from block prefixes plus the rows after the last block start. */
export class BlockPrefix {
	/** Bytes held by the block sums. */
	readonly bytes: number;
	// sums[(blockStart[r] + j) · WIDTH + c] = column c summed over region r's rows offsets[r] .. offsets[r] + j·size − 1.
	private readonly sums: Float64Array;
	private readonly blockStart: Int32Array;
	// filled[r]: region r's block prefixes summed so far (j ≤ filled[r] hold; the rest are summed when first read).
	private readonly filled: Int32Array;

	/** Empty block sums for `x` (`of` or `sliced` fill them); `blockSize` 1 keeps a full prefix per row. */
	private constructor(
		private readonly x: StructureExtract,
		private readonly blockSize = DEFAULT_BLOCK_SIZE
	) {
		if (!Number.isInteger(blockSize) || blockSize < 1) throw new Error(`block size must be a positive integer, got ${blockSize}`);
		const regions = x.offsets.length - 1;
		this.blockStart = blockStarts(x.offsets, blockSize);
		this.sums = new Float64Array(this.blockStart[regions] * WIDTH);
		this.filled = new Int32Array(regions);
		this.bytes = this.sums.byteLength + this.blockStart.byteLength;
	}

	/** The block prefixes of `x`, summed at once (`below` as for `sliced`). */
	static of(x: StructureExtract, blockSize = DEFAULT_BLOCK_SIZE, below: ArrayLike<number> | null = null): BlockPrefix {
		const prefix = new BlockPrefix(x, blockSize);
		for (const _ of prefix.fill(Infinity, below));
		return prefix;
	}

	/**
	 * The block prefixes of `x`, summed in steps of about `stepRows` rows with `pause` awaited between them: of every row,
	 * or of region r's rows before absolute row `below[r]` (those under the highest line soon asked: the others are
	 * summed when a line first reaches them).
	 */
	static async sliced(
		x: StructureExtract,
		pause: () => Promise<void>,
		blockSize = DEFAULT_BLOCK_SIZE,
		stepRows = STEP_ROWS,
		below: ArrayLike<number> | null = null
	): Promise<BlockPrefix> {
		const prefix = new BlockPrefix(x, blockSize);
		for (const _ of prefix.fill(stepRows, below)) await pause();
		return prefix;
	}

	/**
	 * The block prefixes of `x` from those of `base`, when the two extracts differ in their rows' flags alone (a
	 * structural test or a category switched): the base's sums plus, block by block, what the rows whose flags changed
	 * add now and no longer add: a pass over the flags, and the changed rows' arithmetic twice. Null when the extracts
	 * differ otherwise (another income order, take-up or rates), or in more than an eighth of the rows' flags (summing
	 * afresh is then as quick).
	 */
	static derived(base: BlockPrefix, x: StructureExtract): BlockPrefix | null {
		const b = base.x;
		if (!sameRows(b, x)) return null;
		let changed = 0;
		for (let i = 0; i < x.flags.length; i++) if (x.flags[i] !== b.flags[i]) changed++;
		if (changed > x.flags.length / 8) return null;
		const prefix = new BlockPrefix(x, base.blockSize);
		const sums = prefix.sums;
		sums.set(base.sums);
		prefix.filled.set(base.filled); // what the base has not summed yet is summed from x's rows when first read
		const size = base.blockSize;
		const added = new Float64Array(WIDTH);
		const removed = new Float64Array(WIDTH);
		const [now, before] = [x.flags, b.flags];
		for (let r = 0; r < x.offsets.length - 1; r++) {
			added.fill(0);
			removed.fill(0);
			let changed = false;
			let at = prefix.blockStart[r] * WIDTH;
			for (let j = 0, lo = x.offsets[r]; j < base.filled[r]; j++, lo += size) {
				at += WIDTH;
				let i = lo;
				while (i < lo + size && now[i] === before[i]) i++;
				if (i < lo + size) {
					addRows(x, r, i, lo + size, added, before);
					addRows(b, r, i, lo + size, removed, now);
					changed = true;
				}
				if (changed) for (let c = 0; c < WIDTH; c++) sums[at + c] += added[c] - removed[c];
			}
		}
		return prefix;
	}

	/** Sums the blocks region by region (those starting before `below[r]`, or all), yielding after every `stepRows` rows or so. */
	private *fill(stepRows: number, below: ArrayLike<number> | null): Generator<void> {
		const x = this.x;
		const acc = new Float64Array(WIDTH);
		let rows = 0;
		for (let r = 0; r < x.offsets.length - 1; r++) {
			acc.fill(0);
			const end = below === null ? x.offsets[r + 1] : Math.min(below[r], x.offsets[r + 1]);
			for (let lo = x.offsets[r]; lo + this.blockSize <= x.offsets[r + 1] && lo < end; lo += this.blockSize) {
				addRows(x, r, lo, lo + this.blockSize, acc);
				this.sums.set(acc, (this.blockStart[r] + ++this.filled[r]) * WIDTH);
				if ((rows += this.blockSize) >= stepRows) ((rows = 0), yield);
			}
		}
	}

	/** Sums region `r`'s block prefixes up to the `j`-th, from the last one summed (the same sums a whole fill gives). */
	private fillTo(r: number, j: number): void {
		const at = (b: number) => (this.blockStart[r] + b) * WIDTH;
		const acc = this.sums.slice(at(this.filled[r]), at(this.filled[r]) + WIDTH);
		for (let b = this.filled[r]; b < j; b++) {
			const lo = this.x.offsets[r] + b * this.blockSize;
			addRows(this.x, r, lo, lo + this.blockSize, acc);
			this.sums.set(acc, at(b + 1));
		}
		this.filled[r] = j;
	}

	/** Writes into `out` every column summed over region `r`'s rows before absolute row `k` (offsets[r] ≤ k ≤ offsets[r + 1]). */
	sumsBefore(r: number, k: number, out: Float64Array): Float64Array {
		const lo = this.x.offsets[r];
		const j = Math.floor((k - lo) / this.blockSize);
		if (j > this.filled[r]) this.fillTo(r, j);
		out.set(this.sums.subarray((this.blockStart[r] + j) * WIDTH, (this.blockStart[r] + j + 1) * WIDTH));
		addRows(this.x, r, lo + j * this.blockSize, k, out);
		return out;
	}
}

// True when `a` and `b` have the same rows but for their flags: the same regions and the same arrays (an extract's
// views over the household columns are new subarrays of the same buffers each time).
function sameRows(a: StructureExtract, b: StructureExtract): boolean {
	const same = (u: ArrayLike<number> & ArrayBufferView, v: ArrayLike<number> & ArrayBufferView) =>
		u === v || (u.buffer === v.buffer && u.byteOffset === v.byteOffset && u.length === v.length && u.constructor === v.constructor);
	const ga = a.gapRates;
	const gb = b.gapRates;
	return (
		a.flags.length === b.flags.length &&
		a.offsets.length === b.offsets.length &&
		a.offsets.every((o, r) => o === b.offsets[r]) &&
		same(a.weight, b.weight) &&
		same(a.size, b.size) &&
		same(a.pcIncome, b.pcIncome) &&
		same(a.kids, b.kids) &&
		same(a.takeup, b.takeup) &&
		same(a.settlement, b.settlement) &&
		ga.stride === gb.stride &&
		same(ga.notify, gb.notify) &&
		same(ga.respond, gb.respond) &&
		same(ga.notifyOther, gb.notifyOther) &&
		same(ga.respondOther, gb.respondOther) &&
		same(ga.takeup, gb.takeup)
	);
}

/** A scratch row of column sums for `BlockPrefix.sumsBefore`. */
export function columnSums(): Float64Array {
	return new Float64Array(WIDTH);
}
