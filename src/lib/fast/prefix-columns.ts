// The prefix-sum columns of the index: what each household adds, by which of its flags, summed over a region's
// rows below the line. Sums are kept only at every `blockSize`-th row of each region (block prefixes); the rows
// between the last block start and the line are added on the fly. With blocks of 32 the columns cost 5 bytes per
// indexed household instead of 168, which is what lets the index hold a national dataset, for ≤ 31 rows of
// arithmetic per region per slider move.
import { FLAG, type StructureExtract } from './extract';

/**
 * Column order. w = weight, n = size, y = pc_income, c = supplement children, t = take-up; `u_` unconditional
 * households only, `k_` conditional ones (their expected share is × compliance), `na_` not applied,
 * `q_` with consumption (targeting rows), `b_` in the poorest quintile.
 */
export const COLUMNS = [
	'w', 'wn', 'wny', 'wc',
	'u_wt', 'u_wtn', 'u_wtny', 'u_wtc',
	'k_wt', 'k_wtn', 'k_wtny', 'k_wtc',
	'na_wn', 'na_wny', 'na_wc',
	'q_wn', 'q_wny', 'q_wc',
	'b_wn', 'b_wny', 'b_wc'
] as const;

/** A column's name. */
export type Column = (typeof COLUMNS)[number];

/** Column name → its position. */
export const COL = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<Column, number>;

const WIDTH = COLUMNS.length;

/** Rows per block: the default trades 5 bytes per household against ≤ 31 rows added per region and move. */
export const DEFAULT_BLOCK_SIZE = 32;

/** Adds household `i`'s contribution to every column into `acc` (the one place the columns are defined). */
function addRow(x: StructureExtract, i: number, acc: Float64Array): void {
	const w = x.weight[i];
	const wn = w * x.size[i];
	const wny = wn * x.pcIncome[i];
	const wc = w * x.kids[i];
	const t = x.takeup[i];
	const f = x.flags[i];
	acc[COL.w] += w;
	acc[COL.wn] += wn;
	acc[COL.wny] += wny;
	acc[COL.wc] += wc;
	const p = f & FLAG.unconditional ? COL.u_wt : COL.k_wt;
	acc[p] += w * t;
	acc[p + 1] += wn * t;
	acc[p + 2] += wny * t;
	acc[p + 3] += wc * t;
	if (!(f & FLAG.applied)) {
		acc[COL.na_wn] += wn;
		acc[COL.na_wny] += wny;
		acc[COL.na_wc] += wc;
	}
	if (f & FLAG.consumer) {
		acc[COL.q_wn] += wn;
		acc[COL.q_wny] += wny;
		acc[COL.q_wc] += wc;
	}
	if (f & FLAG.bottom) {
		acc[COL.b_wn] += wn;
		acc[COL.b_wny] += wny;
		acc[COL.b_wc] += wc;
	}
}

/** Every column's sum over the first rows of a region, from block prefixes plus the rows after the last block start. */
export class BlockPrefix {
	/** Bytes held by the block sums. */
	readonly bytes: number;
	// sums[(blockStart[r] + j) · WIDTH + c] = column c summed over region r's rows offsets[r] .. offsets[r] + j·size − 1.
	private readonly sums: Float64Array;
	private readonly blockStart: Int32Array;

	/** One pass over the extract; `blockSize` 1 keeps a full prefix per row. */
	constructor(
		private readonly x: StructureExtract,
		private readonly blockSize = DEFAULT_BLOCK_SIZE
	) {
		if (!Number.isInteger(blockSize) || blockSize < 1) throw new Error(`block size must be a positive integer, got ${blockSize}`);
		const regions = x.offsets.length - 1;
		this.blockStart = new Int32Array(regions + 1);
		for (let r = 0; r < regions; r++) this.blockStart[r + 1] = this.blockStart[r] + Math.floor((x.offsets[r + 1] - x.offsets[r]) / blockSize) + 1;
		this.sums = new Float64Array(this.blockStart[regions] * WIDTH);
		const acc = new Float64Array(WIDTH);
		for (let r = 0; r < regions; r++) {
			acc.fill(0);
			const lo = x.offsets[r];
			let block = this.blockStart[r];
			for (let i = lo; i < x.offsets[r + 1]; i++) {
				addRow(x, i, acc);
				if ((i - lo + 1) % blockSize === 0) this.sums.set(acc, ++block * WIDTH);
			}
		}
		this.bytes = this.sums.byteLength + this.blockStart.byteLength;
	}

	/** Writes into `out` every column summed over region `r`'s rows before absolute row `k` (offsets[r] ≤ k ≤ offsets[r + 1]). */
	sumsBefore(r: number, k: number, out: Float64Array): Float64Array {
		const lo = this.x.offsets[r];
		const j = Math.floor((k - lo) / this.blockSize);
		out.set(this.sums.subarray((this.blockStart[r] + j) * WIDTH, (this.blockStart[r] + j + 1) * WIDTH));
		for (let i = lo + j * this.blockSize; i < k; i++) addRow(this.x, i, out);
		return out;
	}
}

/** A scratch row of column sums for `BlockPrefix.sumsBefore`. */
export function columnSums(): Float64Array {
	return new Float64Array(WIDTH);
}
