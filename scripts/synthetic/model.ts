// Phase 2 money model: consumption, survey income, registered income and the TSA flags, given calibrated parameters.
//
// Welfare is one latent draw per household. Consumption per capita ("income used for consumption", the statistics
// bureau's poverty measure) is the regional ПМ × exp(mu + covariates + a split-normal draw): a thin lower tail (pensions
// and benefits put a floor under most households) and a long upper one. Survey income is consumption over the
// consumption share of income. Registered income is what the TSA means test sees: all of it for most households, a
// share of it for households whose main earnings are informal. Nothing in this file is solved against a TSA caseload:
// the caseload fixes only the take-up scale (see calibrate.ts).
import type { RegionCode } from '../../src/lib/data/regions';
import type { HouseholdBase } from './household-base';
import type { Indices } from './indices';

/** Calibrated parameters: per-region consumption shifts, the lower-tail width, notification and application scales. */
export interface Params {
	/** Log consumption shift per region (fitted to the region's poverty rate). */
	mu: Record<RegionCode, number>;
	/** Share of informal households that declare no market income (fitted to the average TSA amount per family). */
	undeclared: number;
	/** Multiplier of the informal share per region (fitted to the region's share of TSA families). */
	kappa: Record<RegionCode, number>;
	/** Width of the lower half of log consumption (fitted to the national median per-capita income). */
	sigmaLow: number;
	/** Slope of log consumption per head on log household size (fitted to the share of the poor in households of 5 or more). */
	sizeSlope: number;
	/** Notification probability of a household at or below the line (fitted to the households notified). */
	q: number;
	/** Application probability scale of notified households (fitted to the notified households that applied). */
	a: number;
	/** Application probability scale of households not notified (fitted to the standing TSA caseload). */
	t: number;
}

/** Fixed shape constants of the model (assumptions, recorded in the manifest). */
export const SHAPE = {
	/** Width of the upper half of log consumption per capita. */
	sigmaHigh: 0.6,
	/** Spread of survey income around consumption / consumption share (savings, lumpy spending). */
	sigmaSaving: 0.12,
	/** How fast notification falls off above the line: exp(−(ratio − 1) / notifyDecay). */
	notifyDecay: 0.35,
	/** Applications of households above the line relative to those below, among the not notified. */
	applyAboveLine: 0.12,
	/** How fast applications of notified households fall off above the line: exp(−(ratio − 1) / applyDecay). */
	applyDecay: 1
} as const;

/** Share of survey income spent on consumption: BNS, Q2 2024 (286 352 of 330 386 ₸ per capita a quarter). */
export const CONSUMPTION_SHARE = {
	value: 286_352 / 330_386,
	source: 'https://stat.gov.kz/ru/industries/labor-and-income/stat-life/publications/212562/',
	status: 'approximate'
} as const;

/** Informal main earnings: share of households with an earner, by settlement, and the share of income they register. */
export const INFORMAL = {
	share: { urban: 0.1, rural: 0.18 },
	registeredShare: [0.4, 1] as [number, number],
	status: 'assumption',
	note: 'about 1.1 M of 9.2 M employed work informally (BNS labour survey, ≈ 12 %), more in villages; how much of their income an application declares is not published'
} as const;

/** True when household `h`'s main earnings are informal, with the region's multiplier `kappa`. */
export function isInformal(h: HouseholdBase, kappa: number): boolean {
	return h.uInformal < Math.min(0.9, INFORMAL.share[h.stratum.settlement] * kappa);
}

/** Share of its market income household `h` registers, given the region's informal multiplier and the undeclared share. */
export function registeredShare(h: HouseholdBase, kappa: number, undeclared: number): number {
	if (!isInformal(h, kappa)) return 1;
	return h.uUndeclared < undeclared ? 0 : h.registeredIfInformal;
}

/** Share of the modelled market income a rural household without a potential earner gets from its farm. */
export const NO_EARNER_FARM_SHARE = 0.3;

const split = (z: number, low: number) => (z < 0 ? low * z : SHAPE.sigmaHigh * z);

/** The welfare shape that calibration solves for besides the regional shifts. */
export type Welfare = Pick<Params, 'sigmaLow' | 'sizeSlope'>;

/** Household consumption, ₸/month: per-capita consumption is the regional ПМ × exp(mu + covariates + split draw). */
export function consumption(h: HouseholdBase, ix: Indices, mu: number, w: Welfare): number {
	const pm = ix.pmRegional[h.stratum.region];
	const covariates = h.covariate + w.sizeSlope * h.sizeTerm;
	return Math.round(h.persons.length * pm * Math.exp(mu + covariates + split(h.zConsumption, w.sigmaLow)));
}

/** Survey income of the household, ₸/month: consumption over the consumption share, with a saving draw. */
export function surveyIncome(h: HouseholdBase, consumptionMonthly: number): number {
	return (consumptionMonthly / CONSUMPTION_SHARE.value) * Math.exp(SHAPE.sigmaSaving * h.zIncome);
}

/** The TSA poverty line of the household's region under the reference year's law, ₸ per person per month. */
export function povertyLine(h: HouseholdBase, ix: Indices): number {
	return ix.line[h.stratum.region];
}

/** Registered market income (wages, business, farm, property, alimony), ₸/month, given survey income. */
export function marketIncome(h: HouseholdBase, survey: number, kappa: number, undeclared: number): number {
	// Large families declare less per head than they live on (more dependants per earner, more in kind).
	const declared = survey * Math.exp(h.incomeCovariate);
	const market = Math.max(0, declared - h.fixedCounted);
	const scale = h.hasEarner ? registeredShare(h, kappa, undeclared) : h.stratum.settlement === 'rural' ? NO_EARNER_FARM_SHARE : 0;
	return Math.round(market * scale);
}

/** Observed TSA flags of one household. */
export interface TsaFlags {
	eligible: boolean;
	notified: boolean;
	applied: boolean;
	paidMonthly: number;
}

/** Probability that the Digital Family Card notifies a household at registered income `ratio` × the line. */
export function notifyProbability(ratio: number, q: number): number {
	return Math.min(1, q * Math.exp(-Math.max(0, ratio - 1) / SHAPE.notifyDecay));
}

/** Notification, application and payment, consistent with the reference year's rule (paid = eligible ∧ applied). */
export function tsaFlags(h: HouseholdBase, ix: Indices, counted: number, p: Params): TsaFlags {
	const size = h.persons.length;
	const line = povertyLine(h, ix);
	const ratio = counted / size / line;
	const eligible = counted / size < line;
	const notified = h.uNotify < notifyProbability(ratio, p.q);
	const rural = h.stratum.settlement === 'rural' ? 1.1 : 0.95;
	const pApply = notified
		? p.a * (eligible ? 1 : Math.exp(-(ratio - 1) / SHAPE.applyDecay))
		: p.t * rural * (eligible ? 1 : SHAPE.applyAboveLine * Math.exp(-(ratio - 1) / 0.3));
	const applied = h.uApply < pApply;
	if (!(eligible && applied)) return { eligible, notified, applied, paidMonthly: 0 };
	const kids = h.persons.filter((x) => x.age >= ix.supplementMinAge && x.age <= ix.supplementMaxAge).length;
	const amount = line * size - counted + ix.supplementMrp * ix.mrp * kids;
	return { eligible, notified, applied, paidMonthly: Math.round(amount * 100) / 100 };
}
