// Household assets, loans, card spending and damage events (assumed rates, tied to welfare and under-reporting).
import type { HouseholdBase } from './household-base';
import { SHAPE } from './model';
import type { Rng } from './prng';

/** Assets and spending signals of one household. */
export interface Assets {
	dwellings: number;
	vehicles: number;
	landPlots: number;
	deposits: number;
	loan: boolean;
	cardSpending: number;
	disaster: boolean;
	fire: boolean;
}

/** Assumed event rates per household and year. */
export const EVENT_RATES = { disaster: 0.004, fire: 0.0025 } as const;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Draws assets given relative welfare; under-reporters look richer in assets and spending than their income. */
export function drawAssets(rng: Rng, h: HouseholdBase, consumptionMonthly: number): Assets {
	const hidden = h.reported < 1;
	const welfare = h.covariate + SHAPE.sigmaConsumption * h.zConsumption + (hidden ? 0.5 : 0);
	const rural = h.stratum.settlement === 'rural';
	const uDwelling = rng.next();
	const pNone = Math.min(0.4, Math.max(0.03, 0.13 - 0.08 * welfare + (h.persons.length === 1 ? 0.08 : 0)));
	const pSecond = Math.min(0.3, Math.max(0.01, 0.05 + 0.1 * welfare));
	const dwellings = uDwelling < pNone ? 0 : uDwelling < pNone + pSecond ? (rng.chance(0.2) ? 3 : 2) : 1;
	const hasCar = rng.chance(logistic(-0.7 + 1.8 * welfare + (rural ? 0.2 : 0)));
	const vehicles = hasCar ? (rng.chance(logistic(-2.6 + 1.5 * welfare)) ? 2 : 1) : 0;
	const landPlots = rng.chance(Math.min(0.6, (rural ? 0.3 : 0.07) + 0.05 * welfare)) ? (rng.chance(0.1) ? 2 : 1) : 0;
	const deposits = rng.chance(logistic(-0.6 + 1.6 * welfare))
		? Math.round(Math.exp(Math.log(250_000) + welfare + 1.1 * rng.normal()))
		: 0;
	const loan = rng.chance(hidden ? 0.6 : 0.33);
	const cardShare = hidden ? rng.uniform(0.9, 1.6) : rng.uniform(0.25, 0.8);
	return {
		dwellings,
		vehicles,
		landPlots,
		deposits,
		loan,
		cardSpending: Math.round(consumptionMonthly * cardShare),
		disaster: rng.chance(EVENT_RATES.disaster),
		fire: rng.chance(EVENT_RATES.fire)
	};
}
