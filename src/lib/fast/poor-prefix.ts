// Persons in eligible households who are poor: the one figure with two thresholds of its own (pc_income < line,
// consumption per capita < regional ПМ), both moved by that region's ПМ. The index keeps one prefix per region for
// the ПМ it last saw; a new ПМ for a region rebuilds that region's slice only (one pass over its indexed rows).
import { FLAG, type StructureExtract } from './extract';

/** Prefix sums, in pc_income order, of weight × size over indexed households with consumption per capita < ПМ. */
export class PoorPrefix {
	/** The prefix column (8 bytes per indexed household). */
	readonly prefix: Float64Array;
	private readonly pmSeen: Float64Array;

	/** Allocates the column; each region's slice is filled the first time it is asked for. */
	constructor(private readonly x: StructureExtract) {
		this.prefix = new Float64Array(x.pcIncome.length);
		this.pmSeen = new Float64Array(x.offsets.length - 1).fill(Number.NaN);
	}

	/** Σ weight × size over the first `k` (absolute index) rows of region `r` that are poor at ПМ `pm`. */
	upTo(r: number, pm: number, k: number): number {
		const lo = this.x.offsets[r];
		if (k <= lo) return 0;
		if (this.pmSeen[r] !== pm) this.fill(r, pm);
		return this.prefix[k - 1];
	}

	private fill(r: number, pm: number): void {
		const { offsets, weight, size, flags, cpc } = this.x;
		let acc = 0;
		for (let i = offsets[r]; i < offsets[r + 1]; i++) {
			if ((flags[i] & (FLAG.consumer | FLAG.excluded)) === FLAG.consumer && cpc[i] < pm) acc += weight[i] * size[i];
			this.prefix[i] = acc;
		}
		this.pmSeen[r] = pm;
	}
}
