// Household assets, loans, housing costs, card spending and damage events (assumed rates, tied to welfare).
import type { HouseholdBase } from './household-base';
import type { Rng } from './prng';

/** Assets and spending signals of one household. */
export interface Assets {
	dwellings: number;
	vehicles: number;
	landPlots: number;
	deposits: number;
	/** Any outstanding consumer or micro loan (the yes/no column). */
	loan: boolean;
	/** Non-mortgage loans received in the quarter, ₸ (0 when none). */
	loansReceivedQuarter: number;
	housingCosts: number;
	cardSpending: number;
	disaster: boolean;
	fire: boolean;
}

/** Assumed event rates per household and year. */
export const EVENT_RATES = { disaster: 0.004, fire: 0.0025 } as const;

/**
 * Loans (assumption): the chance of a new consumer loan or microcredit in a quarter, its median amount, and the chance
 * of an older loan still outstanding. Informal earners borrow more often (their registered income understates what
 * lenders see). The minister's examples (a 300 000 ₸ and a 3 M ₸ loan, alau.kz 10.09.2025) bracket the amounts.
 */
export const LOANS = { newInQuarter: 0.2, informalExtra: 0.15, medianKzt: 400_000, sigma: 0.9, outstanding: 0.3 } as const;

/**
 * Housing and utility costs (assumption, checked against published bills): median for one person, ₸/month, by
 * settlement, growing with size to the power `sizeElasticity`. A family of three in a 60 m² flat paid 22 007 ₸ in a
 * winter month of 2024 (mgorod.kz; Almaty 27 364 ₸); Numbeo put a 42.5 m² flat at about 15 000 ₸ in September 2025:
 * the urban median for three is 13 000 × 3^0.5 ≈ 22 500 ₸. Villages pay less (own houses, solid fuel, no central heat).
 */
export const HOUSING = {
	medianKzt: { urban: 13_000, rural: 9_000 },
	sizeElasticity: 0.5,
	sigma: 0.35,
	sources: [
		'https://mgorod.kz/news/uralsk-voshel-v-top-5-gorodov-s-samoj-dorogoj-kommunalkoj',
		'https://www.inform.kz/ru/kazahstan-vs-evropa-gde-kommunalnie-platezhi-sedayut-bolshuyu-chast-dohodov-427f96'
	]
} as const;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Draws assets given relative welfare (log consumption per capita over the ПМ) and informal earnings. */
export function drawAssets(rng: Rng, h: HouseholdBase, consumptionMonthly: number, welfare: number, informal: boolean): Assets {
	const rural = h.stratum.settlement === 'rural';
	const size = h.persons.length;
	const uDwelling = rng.next();
	const pNone = Math.min(0.4, Math.max(0.03, 0.13 - 0.08 * welfare + (size === 1 ? 0.08 : 0)));
	const pSecond = Math.min(0.3, Math.max(0.01, 0.05 + 0.1 * welfare));
	const dwellings = uDwelling < pNone ? 0 : uDwelling < pNone + pSecond ? (rng.chance(0.2) ? 3 : 2) : 1;
	const hasCar = rng.chance(logistic(-0.7 + 1.8 * welfare + (rural ? 0.2 : 0)));
	const vehicles = hasCar ? (rng.chance(logistic(-2.6 + 1.5 * welfare)) ? 2 : 1) : 0;
	const landPlots = rng.chance(Math.min(0.6, (rural ? 0.3 : 0.07) + 0.05 * welfare)) ? (rng.chance(0.1) ? 2 : 1) : 0;
	const deposits = rng.chance(logistic(-0.6 + 1.6 * welfare)) ? Math.round(Math.exp(Math.log(250_000) + welfare + 1.1 * rng.normal())) : 0;
	const newLoan = rng.chance(LOANS.newInQuarter + (informal ? LOANS.informalExtra : 0));
	const loansReceivedQuarter = newLoan
		? Math.round(Math.exp(Math.log(LOANS.medianKzt) + 0.5 * welfare + LOANS.sigma * rng.normal()) / 1000) * 1000
		: 0;
	const loan = newLoan || rng.chance(LOANS.outstanding);
	const housingMedian = HOUSING.medianKzt[rural ? 'rural' : 'urban'] * size ** HOUSING.sizeElasticity;
	const housingCosts = Math.round(housingMedian * Math.exp(0.15 * welfare + HOUSING.sigma * rng.normal()));
	const cardShare = informal ? rng.uniform(0.6, 1.4) : rng.uniform(0.25, 0.8);
	return {
		dwellings,
		vehicles,
		landPlots,
		deposits,
		loan,
		loansReceivedQuarter,
		housingCosts,
		cardSpending: Math.round(consumptionMonthly * cardShare),
		disaster: rng.chance(EVENT_RATES.disaster),
		fire: rng.chance(EVENT_RATES.fire)
	};
}
