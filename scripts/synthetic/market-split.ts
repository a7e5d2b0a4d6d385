// Splits a household's registered market income between its members and income sources.
import type { HouseholdBase } from './household-base';
import type { Rng } from './prng';

/** Market income sources of the persons file. */
export type MarketSource = 'wages' | 'business' | 'farm' | 'property' | 'alimony';

/** Market income of one person by source, ₸/month. */
export type MarketIncome = Record<MarketSource, number>;

const URBAN_SOURCES: MarketSource[] = ['wages', 'business', 'property'];
const URBAN_MIX = [0.84, 0.13, 0.03];
const RURAL_SOURCES: MarketSource[] = ['wages', 'farm', 'business', 'property'];
const RURAL_MIX = [0.55, 0.28, 0.15, 0.02];

/** An empty income record. */
export function noMarketIncome(): MarketIncome {
	return { wages: 0, business: 0, farm: 0, property: 0, alimony: 0 };
}

/** Splits `total` (an integer) over earners and sources; the parts sum to `total` exactly. */
export function splitMarket(rng: Rng, h: HouseholdBase, total: number): MarketIncome[] {
	const out = h.persons.map(noMarketIncome);
	if (total <= 0) return out;
	const rural = h.stratum.settlement === 'rural';
	const earners = h.persons.map((p, i) => (p.canEarn ? i : -1)).filter((i) => i >= 0);
	if (earners.length === 0) {
		const adult = h.persons.findIndex((p) => p.age >= 18 && p.pension === 0);
		const oldest = h.persons.reduce((best, p, i) => (p.age > h.persons[best].age ? i : best), 0);
		out[adult >= 0 ? adult : oldest][rural ? 'farm' : 'property'] = total;
		return out;
	}
	const working = [earners[0], ...earners.slice(1).filter(() => rng.chance(0.55))];
	const shares = working.map((_, j) => (j === 0 ? 1.5 : 1) * (0.3 + rng.next()));
	const sum = shares.reduce((a, b) => a + b, 0);
	const adults = h.persons.filter((p) => p.age >= 18).length;
	const loneParent = adults === 1 && h.persons.length > 1;
	let left = total;
	working.forEach((person, j) => {
		const part = j === working.length - 1 ? left : Math.floor((total * shares[j]) / sum);
		left -= part;
		const source = rural ? RURAL_SOURCES[rng.pick(RURAL_MIX)] : URBAN_SOURCES[rng.pick(URBAN_MIX)];
		if (loneParent && rng.chance(0.35)) {
			const alimony = Math.floor(part * rng.uniform(0.2, 0.5));
			out[person].alimony += alimony;
			out[person][source] += part - alimony;
		} else out[person][source] += part;
	});
	return out;
}
