// Running weighted totals of the generated files: the "achieved" side of the calibration report.
import { REGION_CODES, type RegionCode } from '../../src/lib/data/regions';
import { LARGE_HOUSEHOLD } from './calibrate';
import type { Finished } from './finalize';
import type { Indices } from './indices';

/** Weighted totals for one region, one settlement type, or the nation. */
export interface Totals {
	households: number;
	persons: number;
	poorPersons: number;
	poorHouseholds: number;
	/** Persons under 18. */
	children: number;
	/** Persons aged 60 or more. */
	elderly: number;
	/** Persons in households of 5 or more, and those of them below the ПМ. */
	largePersons: number;
	poorLargePersons: number;
	registeredBelowPm: number;
	notified: number;
	applied: number;
	notifiedApplied: number;
	paidFamilies: number;
	/** Paid families eligible only through the median term of the line (income at or above pm_share × ПМ). */
	medianTermFamilies: number;
	paidPersons: number;
	paidChildren: number;
	annualKzt: number;
	supplementChildren: number;
}

const emptyTotals = (): Totals => ({
	households: 0,
	persons: 0,
	poorPersons: 0,
	poorHouseholds: 0,
	children: 0,
	elderly: 0,
	largePersons: 0,
	poorLargePersons: 0,
	registeredBelowPm: 0,
	notified: 0,
	applied: 0,
	notifiedApplied: 0,
	paidFamilies: 0,
	medianTermFamilies: 0,
	paidPersons: 0,
	paidChildren: 0,
	annualKzt: 0,
	supplementChildren: 0
});

// Log-spaced histograms (1 % bins) to find weighted medians without storing rows.
const BINS = 1400;
const binOf = (x: number) => Math.max(0, Math.min(BINS - 1, Math.floor(Math.log(Math.max(x, 1)) / Math.log(1.01))));
const binValue = (b: number) => 1.01 ** (b + 0.5);

/** Which per-capita income a median is of: registered (counted) income or survey income. */
export type IncomeKind = 'counted' | 'survey';

/** Accumulates totals and per-capita income histograms while households are written. */
export class Tally {
	readonly national = emptyTotals();
	readonly regions = new Map<RegionCode, Totals>(REGION_CODES.map((c) => [c, emptyTotals()]));
	readonly settlements = { urban: emptyTotals(), rural: emptyTotals() };
	private readonly hist = new Map<string, Float64Array>();

	/** Adds one finished household of `region` and `settlement`. */
	add(region: RegionCode, settlement: 'urban' | 'rural', f: Finished, ix: Indices): void {
		const w = f.weight;
		const pm = ix.pmRegional[region];
		const poor = f.consumption / f.size < pm;
		for (const t of [this.national, this.regions.get(region)!, this.settlements[settlement]]) {
			t.households += w;
			t.persons += w * f.size;
			t.children += w * f.children;
			t.elderly += w * f.elderly;
			if (f.size >= LARGE_HOUSEHOLD) t.largePersons += w * f.size;
			if (poor) {
				t.poorPersons += w * f.size;
				t.poorHouseholds += w;
				if (f.size >= LARGE_HOUSEHOLD) t.poorLargePersons += w * f.size;
			}
			if (f.counted / f.size < pm) t.registeredBelowPm += w * f.size;
			if (f.flags.notified) t.notified += w;
			if (f.flags.applied) t.applied += w;
			if (f.flags.notified && f.flags.applied) t.notifiedApplied += w;
			if (f.flags.paidMonthly > 0) {
				t.paidFamilies += w;
				if (f.counted / f.size >= ix.pmShare * pm) t.medianTermFamilies += w;
				t.paidPersons += w * f.size;
				t.paidChildren += w * f.children;
				t.annualKzt += w * 12 * f.flags.paidMonthly;
				t.supplementChildren += w * f.supplementChildren;
			}
		}
		this.count(`counted:${region}`, f.counted / f.size, w * f.size);
		this.count('counted:all', f.counted / f.size, w * f.size);
		this.count('survey:all', f.surveyPerCapita, w * f.size);
	}

	private count(key: string, x: number, w: number): void {
		let h = this.hist.get(key);
		if (!h) this.hist.set(key, (h = new Float64Array(BINS)));
		h[binOf(x)] += w;
	}

	/** Weighted (by persons) median per-capita income of `kind` in `scope` (a region code or 'all'). */
	median(kind: IncomeKind, scope: RegionCode | 'all'): number {
		const h = this.hist.get(`${kind}:${scope}`);
		if (!h) return 0;
		const half = h.reduce((a, b) => a + b, 0) / 2;
		let run = 0;
		for (let b = 0; b < BINS; b++) if ((run += h[b]) >= half) return binValue(b);
		return binValue(BINS - 1);
	}
}
