// Calibration: solves the model's free parameters so the weighted sample reproduces the fit targets (targets.ts).
// The income distribution is fitted to the statistics bureau's poverty rates and the median income alone; the TSA
// caseload fixes only how often eligible families apply, never the incomes.
import { REGION_CODES, type RegionCode } from '../../src/lib/data/regions';
import type { HouseholdBase } from './household-base';
import type { Indices } from './indices';
import { consumption, marketIncome, surveyIncome, tsaFlags, type Params, type Welfare } from './model';
import type { RegionProfile } from './regions-profile';
import { FIT } from './targets';

/** Finds x in [lo, hi] with f(x) ≈ goal for an increasing f (bisection, fixed number of steps). */
export function solveIncreasing(f: (x: number) => number, goal: number, lo: number, hi: number, steps = 50): number {
	for (let i = 0; i < steps; i++) {
		const mid = (lo + hi) / 2;
		if (f(mid) < goal) lo = mid;
		else hi = mid;
	}
	return (lo + hi) / 2;
}

/** Weighted median of `values` with weights `weights`. */
export function weightedMedian(values: ArrayLike<number>, weights: ArrayLike<number>): number {
	const order = Array.from({ length: values.length }, (_, i) => i).sort((i, j) => values[i] - values[j]);
	let total = 0;
	for (let i = 0; i < weights.length; i++) total += weights[i];
	let run = 0;
	for (const i of order) if ((run += weights[i]) >= total / 2) return values[i];
	return values[order[order.length - 1]];
}

function byRegion(households: HouseholdBase[]): Map<RegionCode, HouseholdBase[]> {
	const out = new Map<RegionCode, HouseholdBase[]>(REGION_CODES.map((c) => [c, []]));
	for (const h of households) out.get(h.stratum.region)!.push(h);
	return out;
}

function povertyRate(hs: HouseholdBase[], ix: Indices, mu: number, w: Welfare): number {
	let poor = 0;
	let all = 0;
	for (const h of hs) {
		const n = h.persons.length;
		all += h.weight * n;
		if (consumption(h, ix, mu, w) / n < ix.pmRegional[h.stratum.region]) poor += h.weight * n;
	}
	return poor / all;
}

/** Reports calibration steps done of the expected total (for a progress line). */
export type StepCallback = (done: number, total: number) => void;

/** Regional-shift fits and informal-share fits a calibration makes: 2 rounds × (12 + 20) + 1, then 16 + 1, then 3 scales. */
const CALIBRATION_STEPS = 2 * (12 + 20) + 1 + 16 + 1 + 3;

/** Household size from which the bureau reports poverty as concentrated (5 or more members). */
export const LARGE_HOUSEHOLD = 5;

/** Share of the poor persons (consumption per head below the regional ПМ) who live in households of 5 or more. */
function poorInLarge(households: HouseholdBase[], ix: Indices, mu: Record<RegionCode, number>, w: Welfare): number {
	let poor = 0;
	let large = 0;
	for (const h of households) {
		const n = h.persons.length;
		if (consumption(h, ix, mu[h.stratum.region], w) / n >= ix.pmRegional[h.stratum.region]) continue;
		poor += h.weight * n;
		if (n >= LARGE_HOUSEHOLD) large += h.weight * n;
	}
	return large / poor;
}

/** Per-region consumption shifts that give each region its poverty rate, for a lower-tail width. */
function fitShiftsOnce(groups: Map<RegionCode, HouseholdBase[]>, ix: Indices, profiles: RegionProfile[], w: Welfare) {
	const mu = {} as Record<RegionCode, number>;
	for (const prof of profiles) {
		const hs = groups.get(prof.code)!;
		mu[prof.code] = -solveIncreasing((x) => povertyRate(hs, ix, -x, w), prof.poverty.value, -3, 3, 40);
	}
	return mu;
}

function medianSurveyIncome(households: HouseholdBase[], ix: Indices, mu: Record<RegionCode, number>, w: Welfare): number {
	const values = new Float64Array(households.length);
	const weights = new Float64Array(households.length);
	households.forEach((h, i) => {
		values[i] = surveyIncome(h, consumption(h, ix, mu[h.stratum.region], w)) / h.persons.length;
		weights[i] = h.weight * h.persons.length;
	});
	return weightedMedian(values, weights);
}

/**
 * Solves the size slope (the poor's household sizes), the lower-tail width and per-region shifts (income
 * distribution), each region's informal share (its share of TSA families), then the notification and application
 * scales.
 */
export function calibrate(households: HouseholdBase[], ix: Indices, profiles: RegionProfile[], onStep?: StepCallback): Params {
	let steps = 0;
	const step = () => onStep?.(++steps, CALIBRATION_STEPS);
	const fitShifts = (...args: Parameters<typeof fitShiftsOnce>) => {
		step();
		return fitShiftsOnce(...args);
	};
	const groups = byRegion(households);
	// The size slope sets where the poor live, the width the median; each moves the other a little, so two rounds.
	let sigmaLow = 0.08;
	let sizeSlope = -0.1;
	for (let round = 0; round < 2; round++) {
		const width = sigmaLow;
		sizeSlope = -solveIncreasing(
			(x) =>
				poorInLarge(households, ix, fitShifts(groups, ix, profiles, { sigmaLow: width, sizeSlope: -x }), {
					sigmaLow: width,
					sizeSlope: -x
				}),
			FIT.poorInLargeHouseholds.value,
			-0.3,
			0.6,
			12
		);
		const slope = sizeSlope;
		sigmaLow = solveIncreasing(
			(s) =>
				medianSurveyIncome(households, ix, fitShifts(groups, ix, profiles, { sigmaLow: s, sizeSlope: slope }), {
					sigmaLow: s,
					sizeSlope: slope
				}),
			FIT.medianIncome.value,
			0.02,
			0.8,
			20
		);
	}
	const welfare = { sigmaLow, sizeSlope };
	const mu = fitShifts(groups, ix, profiles, welfare);
	const survey = new Map(households.map((h) => [h, surveyIncome(h, consumption(h, ix, mu[h.stratum.region], welfare))]));
	const countedOf = (h: HouseholdBase, kappa: number, undeclared: number) =>
		h.fixedCounted + marketIncome(h, survey.get(h)!, kappa, undeclared);
	const fitKappa = (undeclared: number) => {
		step();
		const eligible = (hs: HouseholdBase[], k: number) =>
			hs.reduce((s, h) => s + (countedOf(h, k, undeclared) < ix.line[h.stratum.region] * h.persons.length ? h.weight : 0), 0);
		// Each region's informal share is scaled so that its share of the eligible families is its share of TSA families.
		const pool = profiles.reduce((s, p) => s + eligible(groups.get(p.code)!, 1), 0);
		const kappa = {} as Record<RegionCode, number>;
		for (const prof of profiles)
			kappa[prof.code] = solveIncreasing((k) => eligible(groups.get(prof.code)!, k), prof.tsaShare.value * pool, 0, 8, 30);
		return kappa;
	};
	// The undeclared share sets how deep below the line eligible families are, so the average amount per family.
	const averageAmount = (undeclared: number) => {
		const kappa = fitKappa(undeclared);
		let families = 0;
		let money = 0;
		for (const h of households) {
			const counted = countedOf(h, kappa[h.stratum.region], undeclared);
			const line = ix.line[h.stratum.region];
			if (counted >= line * h.persons.length) continue;
			const kids = h.persons.filter((x) => x.age >= ix.supplementMinAge && x.age <= ix.supplementMaxAge).length;
			families += h.weight;
			money += h.weight * (line * h.persons.length - counted + ix.supplementMrp * ix.mrp * kids);
		}
		return money / families;
	};
	const undeclared = solveIncreasing(averageAmount, FIT.familyAmount.value, 0, 1, 16);
	const kappa = fitKappa(undeclared);
	const counted = households.map((h) => countedOf(h, kappa[h.stratum.region], undeclared));
	const params: Params = { mu, kappa, sigmaLow, sizeSlope, undeclared, q: 0.5, a: 0.5, t: 0.5 };
	const total = (pick: (f: ReturnType<typeof tsaFlags>) => boolean, p: Params) =>
		households.reduce((s, h, i) => s + (pick(tsaFlags(h, ix, counted[i], p)) ? h.weight : 0), 0);
	step();
	params.q = solveIncreasing((q) => total((f) => f.notified, { ...params, q }), FIT.notified.value, 0, 5);
	step();
	params.a = solveIncreasing((a) => total((f) => f.notified && f.applied, { ...params, a }), FIT.notifiedApplied.value, 0, 1);
	step();
	params.t = solveIncreasing((t) => total((f) => f.paidMonthly > 0, { ...params, t }), FIT.standingFamilies.value, 0, 1);
	return params;
}
