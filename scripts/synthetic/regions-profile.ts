// Per-region inputs of the generator: population, urban share, household size, poverty and TSA-share targets.
import { REGION_CODES, type RegionCode } from '../../src/lib/data/regions';
import { SRC, type Pedigree } from './sources';

/** Total population on 1 Dec 2025 and its urban part (BNS via news). */
export const POPULATION_TOTAL = 20_478_879;
/** Urban population on 1 Dec 2025. */
export const POPULATION_URBAN = 13_013_064;
/** Households in the 2021 census (the weighted household target). */
export const HOUSEHOLDS_TOTAL = 5_600_000;

/** A per-region figure with its pedigree. */
export interface Sourced extends Pedigree {
	value: number;
}

const POP_PUBLISHED: Partial<Record<RegionCode, number>> = {
	almaty: 2_345_012,
	turkestan: 2_148_168,
	astana: 1_630_640,
	almaty_region: 1_592_652,
	shymkent: 1_291_011,
	zhambyl: 1_215_892,
	karaganda: 1_131_438,
	ulytau: 219_200,
	north_kazakhstan: 514_732,
	abai: 596_000
};

// Relative sizes of the regions whose 1 Dec 2025 figure was not found; scaled to the unexplained remainder.
const POP_RELATIVE_GUESS: Partial<Record<RegionCode, number>> = {
	aktobe: 930,
	akmola: 790,
	atyrau: 705,
	east_kazakhstan: 705,
	zhetisu: 700,
	west_kazakhstan: 695,
	kostanay: 825,
	kyzylorda: 835,
	mangystau: 790,
	pavlodar: 750
};

// Urban shares of the oblasts before scaling to the national urban total (assumption; cities are all urban).
const URBAN_GUESS: Record<RegionCode, number> = {
	abai: 0.55,
	akmola: 0.5,
	aktobe: 0.65,
	almaty_region: 0.3,
	atyrau: 0.55,
	east_kazakhstan: 0.65,
	zhambyl: 0.4,
	zhetisu: 0.45,
	west_kazakhstan: 0.52,
	karaganda: 0.85,
	kostanay: 0.55,
	kyzylorda: 0.45,
	mangystau: 0.45,
	pavlodar: 0.72,
	north_kazakhstan: 0.43,
	turkestan: 0.2,
	ulytau: 0.8,
	astana: 1,
	almaty: 1,
	shymkent: 1
};

// Relative mean household size (assumption: larger in the south, smaller in the north and the big cities).
const SIZE_INDEX: Record<RegionCode, number> = {
	abai: 0.95,
	akmola: 0.82,
	aktobe: 1.05,
	almaty_region: 1.15,
	atyrau: 1.2,
	east_kazakhstan: 0.8,
	zhambyl: 1.25,
	zhetisu: 1.05,
	west_kazakhstan: 1.0,
	karaganda: 0.8,
	kostanay: 0.8,
	kyzylorda: 1.3,
	mangystau: 1.3,
	pavlodar: 0.8,
	north_kazakhstan: 0.78,
	turkestan: 1.45,
	ulytau: 0.9,
	astana: 0.95,
	almaty: 0.85,
	shymkent: 1.3
};

const POVERTY_PUBLISHED: Partial<Record<RegionCode, Sourced>> = {
	turkestan: { value: 0.09, source: SRC.povertyQ3_2025, status: 'approximate', note: 'Q3 2025' },
	mangystau: { value: 0.082, source: SRC.povertyQ3_2025, status: 'approximate', note: 'Q3 2025' },
	abai: { value: 0.079, source: SRC.povertyQ3_2025, status: 'approximate', note: 'Q3 2025' },
	astana: { value: 0.027, source: SRC.povertyQ3_2025, status: 'approximate', note: 'Q3 2025' },
	karaganda: { value: 0.033, source: SRC.povertyQ3_2025, status: 'approximate', note: 'Q3 2025' },
	atyrau: { value: 0.033, source: SRC.povertyQ3_2025, status: 'approximate', note: 'Q3 2025' },
	zhambyl: { value: 0.081, source: SRC.povertyQ3_2024, status: 'assumption', note: 'Q3 2024 figure used for 2025' },
	zhetisu: { value: 0.078, source: SRC.povertyQ2_2024, status: 'assumption', note: 'Q2 2024 figure used for 2025' },
	akmola: { value: 0.064, source: SRC.poverty2021, status: 'assumption', note: '2021 figure used for 2025' },
	shymkent: { value: 0.055, source: SRC.poverty2021, status: 'assumption', note: '2021 figure used for 2025' },
	almaty: { value: 0.052, source: SRC.poverty2021, status: 'assumption', note: '2021 figure used for 2025' },
	ulytau: { value: 0.02, source: SRC.povertyQ3_2022, status: 'assumption', note: 'Q3 2022 figure used for 2025' }
};
/** National poverty rate Q3 2025 (persons with consumption below the ПМ). */
export const POVERTY_NATIONAL = 0.053;

const TSA_SHARE_PUBLISHED: Partial<Record<RegionCode, number>> = {
	turkestan: 0.237,
	shymkent: 0.112,
	almaty_region: 0.083,
	kyzylorda: 0.082,
	ulytau: 0.005,
	atyrau: 1.1 / 114.1,
	north_kazakhstan: 1.6 / 114.1
};

/** Everything the generator needs to know about one region. */
export interface RegionProfile {
	code: RegionCode;
	population: Sourced;
	urbanShare: Sourced;
	meanSizeUrban: number;
	meanSizeRural: number;
	poverty: Sourced;
	tsaShare: Sourced;
}

function populations(): Record<RegionCode, Sourced> {
	const published = Object.values(POP_PUBLISHED).reduce((a, b) => a + b, 0);
	const guessTotal = Object.values(POP_RELATIVE_GUESS).reduce((a, b) => a + b, 0);
	const remainder = POPULATION_TOTAL - published;
	const out = {} as Record<RegionCode, Sourced>;
	for (const code of REGION_CODES) {
		const known = POP_PUBLISHED[code];
		out[code] =
			known !== undefined
				? { value: known, source: code === 'abai' ? SRC.populationAbai : SRC.population2025, status: 'approximate' }
				: {
						value: Math.round((remainder * POP_RELATIVE_GUESS[code]!) / guessTotal),
						source: SRC.population2025,
						status: 'assumption',
						note: 'regional figure not found: share of the national remainder by assumed relative size'
					};
	}
	return out;
}

function urbanShares(pop: Record<RegionCode, Sourced>): Record<RegionCode, Sourced> {
	// One logit shift on the oblasts' guesses makes the urban total match the national figure.
	const logit = (p: number) => Math.log(p / (1 - p));
	const share = (code: RegionCode, shift: number) => {
		const g = URBAN_GUESS[code];
		return g >= 1 ? 1 : 1 / (1 + Math.exp(-(logit(g) + shift)));
	};
	const urban = (shift: number) => REGION_CODES.reduce((s, c) => s + pop[c].value * share(c, shift), 0);
	let lo = -3;
	let hi = 3;
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (urban(mid) < POPULATION_URBAN) lo = mid;
		else hi = mid;
	}
	const out = {} as Record<RegionCode, Sourced>;
	for (const code of REGION_CODES)
		out[code] = {
			value: share(code, (lo + hi) / 2),
			source: SRC.population2025,
			status: 'assumption',
			note: 'regional split not found: assumed shares scaled to the national urban total 13 013 064'
		};
	return out;
}

function povertyTargets(pop: Record<RegionCode, Sourced>): Record<RegionCode, Sourced> {
	let knownPoor = 0;
	let restPop = 0;
	for (const code of REGION_CODES) {
		const p = POVERTY_PUBLISHED[code];
		if (p) knownPoor += p.value * pop[code].value;
		else restPop += pop[code].value;
	}
	const rest = (POVERTY_NATIONAL * POPULATION_TOTAL - knownPoor) / restPop;
	const out = {} as Record<RegionCode, Sourced>;
	for (const code of REGION_CODES)
		out[code] = POVERTY_PUBLISHED[code] ?? {
			value: rest,
			source: SRC.povertyQ3_2025,
			status: 'assumption',
			note: 'regional rate not found: common rate that makes the national rate 5.3 %'
		};
	return out;
}

function tsaShares(pop: Record<RegionCode, Sourced>, poverty: Record<RegionCode, Sourced>): Record<RegionCode, Sourced> {
	const known = Object.values(TSA_SHARE_PUBLISHED).reduce((a, b) => a + b, 0);
	let poorRest = 0;
	for (const code of REGION_CODES) if (TSA_SHARE_PUBLISHED[code] === undefined) poorRest += pop[code].value * poverty[code].value;
	const out = {} as Record<RegionCode, Sourced>;
	for (const code of REGION_CODES) {
		const share = TSA_SHARE_PUBLISHED[code];
		out[code] =
			share !== undefined
				? { value: share, source: SRC.tsaRegions2023, status: 'approximate', note: '2023 share of TSA families' }
				: {
						value: ((1 - known) * pop[code].value * poverty[code].value) / poorRest,
						source: SRC.tsaRegions2023,
						status: 'assumption',
						note: 'share not published: remainder split by the number of poor persons'
					};
	}
	return out;
}

/** Builds the 20 region profiles; mean household sizes are scaled so households total 5.6 M. */
export function regionProfiles(): RegionProfile[] {
	const pop = populations();
	const urban = urbanShares(pop);
	const poverty = povertyTargets(pop);
	const tsa = tsaShares(pop, poverty);
	const ruralFactor = 1.12;
	const rawHouseholds = REGION_CODES.reduce((s, c) => {
		const u = urban[c].value;
		return s + (pop[c].value * u) / SIZE_INDEX[c] + (pop[c].value * (1 - u)) / (SIZE_INDEX[c] * ruralFactor);
	}, 0);
	const scale = rawHouseholds / HOUSEHOLDS_TOTAL;
	return REGION_CODES.map((code) => ({
		code,
		population: pop[code],
		urbanShare: urban[code],
		meanSizeUrban: SIZE_INDEX[code] * scale,
		meanSizeRural: SIZE_INDEX[code] * scale * ruralFactor,
		poverty: poverty[code],
		tsaShare: tsa[code]
	}));
}
