// Phase 2 money model: consumption, registered income and the TSA flags, given calibrated parameters.
import type { RegionCode } from '../../src/lib/data/regions';
import type { HouseholdBase } from './household-base';
import type { Indices } from './indices';

/** Calibrated parameters: per-region shifts and global take-up scales. */
export interface Params {
	/** Log consumption shift per region (sets the poverty rate). */
	mu: Record<RegionCode, number>;
	/** Lower-tail stretch of registered income per region (sets the number of TSA-eligible households). */
	k: Record<RegionCode, number>;
	/** Notification scale for households above the line. */
	q: number;
	/** Application probability scale for eligible households. */
	t: number;
	/** Application probability scale for households above the line. */
	v: number;
	/** Depth of the registered-income tail below the line: ratio^depth (sets the amount paid, not the count). */
	depth: number;
}

/** Fixed shape constants of the model (assumptions). */
export const SHAPE = {
	sigmaConsumption: 0.38,
	sigmaIncome: 0.25,
	tailKnee: Math.log(1.4),
	zeroIncomeRatio: 0.12,
	notifyEligible: 0.8
} as const;

/** Share of the modelled market income a rural household without a potential earner gets from its farm. */
export const NO_EARNER_FARM_SHARE = 0.3;

/** Household consumption, ₸/month: per-capita consumption is the regional ПМ × exp(mu + covariate + noise). */
export function consumption(h: HouseholdBase, ix: Indices, mu: number): number {
	const pm = ix.pmRegional[h.stratum.region];
	return Math.round(h.persons.length * pm * Math.exp(mu + h.covariate + SHAPE.sigmaConsumption * h.zConsumption));
}

/** The TSA poverty line of the household's region, ₸ per person per month (the ПМ term; see median check). */
export function povertyLine(h: HouseholdBase, ix: Indices): number {
	return ix.pmShare * ix.pmRegional[h.stratum.region];
}

/** Registered market income of the household (wages, business, farm, property, alimony), ₸/month. */
export function marketIncome(h: HouseholdBase, ix: Indices, incomeLevel: number, k: number, depth: number): number {
	const l =
		Math.log(incomeLevel / ix.pmShare) +
		h.covariate +
		h.incomeCovariate +
		SHAPE.sigmaConsumption * h.zConsumption +
		SHAPE.sigmaIncome * h.zIncome;
	const knee = SHAPE.tailKnee;
	const stretched = Math.exp(l >= knee ? l : knee - (1 + k) * (knee - l));
	const ratio = stretched < 1 ? stretched ** depth : stretched;
	if (ratio < SHAPE.zeroIncomeRatio) return 0;
	const target = ratio * povertyLine(h, ix) * h.persons.length;
	// Without a potential earner only a rural farm brings market income, and less of it.
	const scale = h.hasEarner ? h.reported : h.stratum.settlement === 'rural' ? NO_EARNER_FARM_SHARE : 0;
	return Math.round(Math.max(0, target - h.fixedCounted) * scale);
}

/** Observed TSA flags of one household. */
export interface TsaFlags {
	eligible: boolean;
	notified: boolean;
	applied: boolean;
	paidMonthly: number;
}

/** Notification, application and payment, consistent with the 2025 rule (paid = eligible ∧ applied). */
export function tsaFlags(h: HouseholdBase, ix: Indices, counted: number, p: Params): TsaFlags {
	const size = h.persons.length;
	const line = povertyLine(h, ix);
	const ratio = counted / size / line;
	const eligible = counted / size < line;
	const above = Math.exp(-(ratio - 1) / 0.25);
	const notified = h.uNotify < (eligible ? SHAPE.notifyEligible : p.q * above);
	const settlement = h.stratum.settlement === 'rural' ? 1.1 : 0.92;
	const pApply = eligible
		? p.t * (notified ? 1 : 0.5) * settlement
		: p.v * (notified ? 1 : 0.1) * Math.exp(-(ratio - 1) / 0.3);
	const applied = h.uApply < pApply;
	if (!(eligible && applied)) return { eligible, notified, applied, paidMonthly: 0 };
	const kids = h.persons.filter((x) => x.age >= ix.supplementMinAge && x.age <= ix.supplementMaxAge).length;
	const amount = line * size - counted + ix.supplementMrp * ix.mrp * kids;
	return { eligible, notified, applied, paidMonthly: Math.round(amount * 100) / 100 };
}
