// Phase 1 of a household: members, fixed incomes and the latent draws that calibration later turns into money.
import type { RegionCode } from '../../src/lib/data/regions';
import { drawMembers, drawSize, type Demography, type Member } from './demography';
import type { Amount, Indices } from './indices';
import { drawAttributes, type PersonBase } from './person-attributes';
import { INFORMAL } from './model';
import { Rng } from './prng';

/** A household stratum: region × settlement with its mean household size. */
export interface Stratum {
	id: number;
	region: RegionCode;
	settlement: 'urban' | 'rural';
	population: number;
	meanSize: number;
	households: number;
}

/** A household before calibration: everything that does not depend on calibrated parameters. */
export interface HouseholdBase {
	stratum: Stratum;
	index: number;
	persons: PersonBase[];
	/** Counted fixed income (pensions and counted benefits), ₸/month. */
	fixedCounted: number;
	/** Covariate of welfare from composition: CHILDREN_WELFARE_EFFECT × log(share of members who are adults). */
	covariate: number;
	/** Log household size relative to the national mean (its slope in welfare is fitted: Params.sizeSlope). */
	sizeTerm: number;
	/** Extra covariate of registered income only: large families register less income per head. */
	incomeCovariate: number;
	/** Standard normal draws for consumption and registered income. */
	zConsumption: number;
	zIncome: number;
	/** True when some member is of working age (18 up to the pension age). */
	hasEarner: boolean;
	/** Uniform draw: the household's main earnings are informal when it falls below the informal share (model.ts). */
	uInformal: number;
	/** Share of market income an informal household registers, unless it declares none (`uUndeclared`). */
	registeredIfInformal: number;
	/** Uniform draw: an informal household declares no market income when it falls below the undeclared share. */
	uUndeclared: number;
	/** Uniform draws deciding notification and application. */
	uNotify: number;
	uApply: number;
	weight: number;
}

const NATIONAL_MEAN_SIZE = 3.66;
/**
 * Elasticity of consumption per head to the share of members who are adults (assumption): children earn nothing, so a
 * family of two adults and three children lives on less per head than two adults alone, less than in proportion
 * (child benefits, help in kind, economies of scale). Bounded by the survey itself: the bureau's median is only about
 * 1.3 × the ПМ while 5 % are below it, so composition cannot spread welfare much.
 */
export const CHILDREN_WELFARE_EFFECT = 0.25;
/** Slope of log registered income per head on log household size, beyond consumption's (assumption). */
export const INCOME_SIZE_EFFECT = -0.15;
/** Slope of log registered income per head on the share of children (assumption: more dependants per earner). */
export const INCOME_CHILDREN_EFFECT = -0.3;

/** The members of household `index` of `stratum`, from their own stream (so the demographic fit can draw them alone). */
export function drawHouseholdMembers(seed: number, stratum: Stratum, index: number, demo: Demography): Member[] {
	const rng = new Rng(seed, 3, stratum.id, index);
	return drawMembers(rng, drawSize(rng, stratum.meanSize), demo);
}

/** Draws phase 1 of household `index` of `stratum`; the same (seed, stratum, index) always gives the same draw. */
export function drawHouseholdBase(
	seed: number,
	stratum: Stratum,
	index: number,
	ix: Indices,
	amounts: Record<string, Amount>,
	demo: Demography
): HouseholdBase {
	const members = drawHouseholdMembers(seed, stratum, index, demo);
	const size = members.length;
	const rng = new Rng(seed, 1, stratum.id, index);
	const persons = drawAttributes(rng, members, ix, amounts);
	const fixedCounted = persons.reduce((s, p) => s + p.pension + p.benefits, 0);
	const children = persons.filter((p) => p.age < 18).length / size;
	const sizeTerm = Math.log(size) - Math.log(NATIONAL_MEAN_SIZE);
	const covariate = CHILDREN_WELFARE_EFFECT * Math.log(1 - children);
	const incomeCovariate = INCOME_SIZE_EFFECT * sizeTerm + INCOME_CHILDREN_EFFECT * (children - 0.3);
	const hasEarner = persons.some((p) => p.age >= 18 && p.pension === 0);
	const uInformal = hasEarner ? rng.next() : 1;
	const registeredIfInformal = rng.uniform(...INFORMAL.registeredShare);
	const uUndeclared = rng.next();
	return {
		stratum,
		index,
		persons,
		fixedCounted,
		covariate,
		sizeTerm,
		incomeCovariate,
		hasEarner,
		zConsumption: rng.normal(),
		zIncome: rng.normal(),
		uInformal,
		registeredIfInformal,
		uUndeclared,
		uNotify: rng.next(),
		uApply: rng.next(),
		weight: 1
	};
}
