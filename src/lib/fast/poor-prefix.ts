// Persons in eligible households who are poor: the one figure with two thresholds of its own (pc_income < line,
// consumption per capita < regional ПМ), both moved by that region's ПМ. The index keeps, per region, the running
// sum at every 32nd row for the ПМ it last saw, summed as far as a line has asked, and adds the rows after the last
// block on the fly; a new ПМ for a region sums that region's blocks again, as far as the line asks.
import { FLAG, type StructureExtract } from './extract';
import { blockStarts, DEFAULT_BLOCK_SIZE as BLOCK } from './prefix-columns';

/** Running sums, in pc_income order, of weight × size over included households with consumption per capita < ПМ. */
export class PoorPrefix {
	/** Bytes held by the block sums. */
	readonly bytes: number;
	// sums[blockStart[r] + j]: region r's poor weight × size over its first j · BLOCK rows, for j ≤ filled[r].
	private readonly sums: Float64Array;
	private readonly blockStart: Int32Array;
	private readonly pmSeen: Float64Array;
	private readonly filled: Int32Array;

	/** Allocates the block sums; each region's are summed as far as a line first asks, for the ПМ it is asked at. */
	constructor(private readonly x: StructureExtract) {
		const regions = x.offsets.length - 1;
		this.blockStart = blockStarts(x.offsets, BLOCK);
		this.sums = new Float64Array(this.blockStart[regions]);
		this.pmSeen = new Float64Array(regions).fill(Number.NaN);
		this.filled = new Int32Array(regions);
		this.bytes = this.sums.byteLength + this.blockStart.byteLength;
	}

	/** Σ weight × size over the first `k` (absolute index) rows of region `r` that are poor at ПМ `pm`. */
	upTo(r: number, pm: number, k: number): number {
		const lo = this.x.offsets[r];
		if (k <= lo) return 0;
		if (this.pmSeen[r] !== pm) [this.pmSeen[r], this.filled[r]] = [pm, 0];
		const j = Math.floor((k - lo) / BLOCK);
		if (j > this.filled[r]) this.fillTo(r, j, pm);
		return this.add(this.sums[this.blockStart[r] + j], lo + j * BLOCK, k, pm);
	}

	// Sums region r's blocks from the last one summed up to the j-th (block 0 is the empty sum).
	private fillTo(r: number, j: number, pm: number): void {
		const at = this.blockStart[r];
		const lo = this.x.offsets[r];
		let acc = this.filled[r] === 0 ? 0 : this.sums[at + this.filled[r]];
		this.sums[at] = 0;
		for (let b = this.filled[r]; b < j; b++) this.sums[at + b + 1] = acc = this.add(acc, lo + b * BLOCK, lo + (b + 1) * BLOCK, pm);
		this.filled[r] = j;
	}

	// `acc` plus the poor rows of [from, to), row after row (so a block sum plus its tail is the full running sum).
	private add(acc: number, from: number, to: number, pm: number): number {
		const { weight, size, flags, cpc } = this.x;
		for (let i = from; i < to; i++)
			if ((flags[i] & (FLAG.consumer | FLAG.excluded)) === FLAG.consumer && cpc[i] < pm) acc += weight[i] * size[i];
		return acc;
	}
}
