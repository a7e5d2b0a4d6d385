// Calibration: solves the model's free parameters so the weighted sample reproduces the targets.
import { REGION_CODES, type RegionCode } from '../../src/lib/data/regions';
import type { HouseholdBase } from './household-base';
import type { Indices } from './indices';
import { consumption, marketIncome, tsaFlags, type Params } from './model';
import type { RegionProfile } from './regions-profile';
import { APPLIED, NOTIFIED, TAKEUP_ASSUMED, TSA_ANNUAL_KZT, TSA_FAMILIES } from './targets';

/** Finds x in [lo, hi] with f(x) ≈ goal for an increasing f (bisection, fixed number of steps). */
export function solveIncreasing(f: (x: number) => number, goal: number, lo: number, hi: number, steps = 50): number {
	for (let i = 0; i < steps; i++) {
		const mid = (lo + hi) / 2;
		if (f(mid) < goal) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

function byRegion(households: HouseholdBase[]): Map<RegionCode, HouseholdBase[]> {
	const out = new Map<RegionCode, HouseholdBase[]>(REGION_CODES.map((c) => [c, []]));
	for (const h of households) out.get(h.stratum.region)!.push(h);
	return out;
}

function povertyRate(hs: HouseholdBase[], ix: Indices, mu: number): number {
	let poor = 0;
	let all = 0;
	for (const h of hs) {
		const n = h.persons.length;
		all += h.weight * n;
		if (consumption(h, ix, mu) / n < ix.pmRegional[h.stratum.region]) poor += h.weight * n;
	}
	return poor / all;
}

function eligibleHouseholds(hs: HouseholdBase[], ix: Indices, level: number, k: number): number {
	let total = 0;
	for (const h of hs) {
		const counted = h.fixedCounted + marketIncome(h, ix, level, k, 1);
		if (counted / h.persons.length < ix.pmShare * ix.pmRegional[h.stratum.region]) total += h.weight;
	}
	return total;
}

/** Solves per-region consumption shifts and income tails, then the global notification and take-up scales. */
export function calibrate(households: HouseholdBase[], ix: Indices, profiles: RegionProfile[]): Params {
	const groups = byRegion(households);
	const mu = {} as Record<RegionCode, number>;
	const k = {} as Record<RegionCode, number>;
	for (const prof of profiles) {
		const hs = groups.get(prof.code)!;
		mu[prof.code] = -solveIncreasing((x) => povertyRate(hs, ix, -x), prof.poverty.value, -3, 3);
		const eligibleGoal = (prof.tsaShare.value * TSA_FAMILIES) / TAKEUP_ASSUMED;
		k[prof.code] = solveIncreasing((x) => eligibleHouseholds(hs, ix, prof.incomeLevel, x), eligibleGoal, -0.99, 40);
	}
	const level = new Map(profiles.map((p) => [p.code, p.incomeLevel]));
	const countedAt = (depth: number) =>
		households.map((h) => h.fixedCounted + marketIncome(h, ix, level.get(h.stratum.region)!, k[h.stratum.region], depth));
	let counted = countedAt(1);
	const params: Params = { mu, k, q: 1, t: 0.5, v: 0.1, depth: 1 };
	const total = (pick: (f: ReturnType<typeof tsaFlags>) => boolean) => (p: Params) =>
		households.reduce((s, h, i) => s + (pick(tsaFlags(h, ix, counted[i], p)) ? h.weight : 0), 0);
	params.q = solveIncreasing((q) => total((f) => f.notified)({ ...params, q }), NOTIFIED, 0, 100);
	params.t = solveIncreasing((t) => total((f) => f.paidMonthly > 0)({ ...params, t }), TSA_FAMILIES, 0, 2);
	params.v = solveIncreasing((v) => total((f) => f.applied)({ ...params, v }), APPLIED, 0, 100);
	const annual = (depth: number) => {
		counted = countedAt(depth);
		return households.reduce((s, h, i) => s + h.weight * 12 * tsaFlags(h, ix, counted[i], params).paidMonthly, 0);
	};
	params.depth = solveIncreasing(annual, TSA_ANNUAL_KZT, 0.5, 6, 30);
	return params;
}
