// Running weighted totals of the generated files: the "achieved" side of the calibration report.
import { REGION_CODES, type RegionCode } from '../../src/lib/data/regions';
import type { Finished } from './finalize';
import type { Indices } from './indices';

/** Weighted totals for one region (or the nation). */
export interface Totals {
	households: number;
	persons: number;
	poorPersons: number;
	notified: number;
	applied: number;
	paidFamilies: number;
	paidPersons: number;
	annualKzt: number;
	supplementChildren: number;
}

const emptyTotals = (): Totals => ({
	households: 0, persons: 0, poorPersons: 0, notified: 0, applied: 0, paidFamilies: 0, paidPersons: 0, annualKzt: 0, supplementChildren: 0
});

// Log-spaced histogram of per-capita counted income (1 % bins) to find weighted medians without storing rows.
const BINS = 1400;
const binOf = (x: number) => Math.max(0, Math.min(BINS - 1, Math.floor(Math.log(Math.max(x, 1)) / Math.log(1.01))));
const binValue = (b: number) => 1.01 ** (b + 0.5);

/** Accumulates totals and per-capita income histograms while households are written. */
export class Tally {
	readonly national = emptyTotals();
	readonly regions = new Map<RegionCode, Totals>(REGION_CODES.map((c) => [c, emptyTotals()]));
	private readonly hist = new Map<string, Float64Array>();

	/** Adds one finished household of `region`. */
	add(region: RegionCode, f: Finished, ix: Indices): void {
		const w = f.weight;
		const poor = f.consumption / f.size < ix.pmRegional[region];
		for (const t of [this.national, this.regions.get(region)!]) {
			t.households += w;
			t.persons += w * f.size;
			if (poor) t.poorPersons += w * f.size;
			if (f.flags.notified) t.notified += w;
			if (f.flags.applied) t.applied += w;
			if (f.flags.paidMonthly > 0) {
				t.paidFamilies += w;
				t.paidPersons += w * f.size;
				t.annualKzt += w * 12 * f.flags.paidMonthly;
				t.supplementChildren += w * f.supplementChildren;
			}
		}
		const bin = binOf(f.counted / f.size);
		for (const key of [`${region}:hh`, `${region}:p`, 'all:hh', 'all:p']) {
			let h = this.hist.get(key);
			if (!h) this.hist.set(key, (h = new Float64Array(BINS)));
			h[bin] += key.endsWith(':p') ? w * f.size : w;
		}
	}

	/** Weighted median per-capita counted income of `scope` (a region code or 'all'), by households or persons. */
	median(scope: RegionCode | 'all', by: 'hh' | 'p'): number {
		const h = this.hist.get(`${scope}:${by}`);
		if (!h) return 0;
		const half = h.reduce((a, b) => a + b, 0) / 2;
		let run = 0;
		for (let b = 0; b < BINS; b++) if ((run += h[b]) >= half) return binValue(b);
		return binValue(BINS - 1);
	}
}
