// Published figures the generator answers to: `fit` ones are solved for, `validation` ones are held out and only checked.
import { SRC, type Pedigree } from './sources';
import { HOUSEHOLDS_TOTAL, POPULATION_TOTAL, POVERTY_NATIONAL } from './regions-profile';

/** Whether a figure is solved for (`fit`) or held out of the fit and only compared (`validation`). */
export type Role = 'fit' | 'validation';

/** One target. `tolerance` is relative (share of the value) unless `absolute` is set. */
export interface Target extends Pedigree {
	id: string;
	label: string;
	value: number;
	tolerance: number;
	absolute?: boolean;
	role: Role;
}

const SURVEY_GROWTH_2022_2025 = 119_879 / (283_600 / 3 / 1.191);

/** The figures the calibration solves for (besides each region's poverty rate, population and household counts). */
export const FIT = {
	medianIncome: {
		value: Math.round(63_000 * SURVEY_GROWTH_2022_2025),
		source: `${SRC.medianIncome2022}; uprated by survey income per capita Q2 2022 → Q2 2025 (${SRC.surveyIncome2023}; ${SRC.surveyIncome2025})`,
		status: 'approximate',
		note: 'National Bank: 2022 median per-capita income 63 000 ₸/month, × 1.51 survey income growth to Q2 2025'
	},
	childrenShare: {
		value: 0.34,
		source: SRC.children2025,
		status: 'approximate',
		note: 'children under 18: 6 902 492 in 2025, 34 % of the population (Minister of Education, from the statistics bureau); 34.1 % on 1 January 2024 (bureau)'
	},
	poorInLargeHouseholds: {
		value: 889_200 / (889_200 + 86_600 + 35_600 + 14_600 + 1_400),
		source: SRC.poorBySize2024,
		status: 'approximate',
		note: 'persons in households below the ПМ by household size (BNS via Ranking.kz, 2024): 889 200 of 1 027 400 in households of 5 or more'
	},
	notified: { value: 157_000, source: SRC.notifiedApplied2024, status: 'approximate', note: '2024 figure used for 2025' },
	notifiedApplied: {
		value: 88_900,
		source: SRC.notifiedApplied2024,
		status: 'approximate',
		note: 'of the notified, those who applied (2024)'
	},
	familyAmount: {
		value: Math.round(10.4e9 / 4 / 43_400),
		source: SRC.tsaMay2025,
		status: 'approximate',
		note: '10.4 bn ₸ paid from January to April 2025 over 4 months and 43 400 families: TSA and supplement per family per month'
	},
	standingFamilies: {
		value: 43_400,
		source: SRC.tsaMay2025,
		status: 'approximate',
		note: 'families receiving TSA on 1 May 2025: the dataset is one quarter, a standing caseload'
	}
} as const satisfies Record<string, Pedigree & { value: number }>;

/** Every national target with its role; regional ones are built from the region profiles (manifest.ts). */
export const NATIONAL_TARGETS: Target[] = [
	{
		id: 'population',
		label: 'population, 1 Dec 2025',
		value: POPULATION_TOTAL,
		tolerance: 0.01,
		source: SRC.population2025,
		status: 'approximate',
		role: 'fit'
	},
	{
		id: 'households',
		label: 'households (2021 census)',
		value: HOUSEHOLDS_TOTAL,
		tolerance: 0.03,
		source: SRC.households2021,
		status: 'approximate',
		role: 'fit'
	},
	{
		id: 'children_population',
		label: 'children under 18, share of the population (2025)',
		value: FIT.childrenShare.value,
		tolerance: 0.01,
		absolute: true,
		...pedigree(FIT.childrenShare),
		role: 'fit'
	},
	{
		id: 'poor_in_large_households',
		label: 'share of persons below the ПМ who live in households of 5 or more (2024)',
		value: FIT.poorInLargeHouseholds.value,
		tolerance: 0.03,
		absolute: true,
		...pedigree(FIT.poorInLargeHouseholds),
		role: 'fit'
	},
	{
		id: 'poverty_rate',
		label: 'poverty rate Q3 2025 (consumption per capita below the regional ПМ)',
		value: POVERTY_NATIONAL,
		tolerance: 0.01,
		absolute: true,
		source: SRC.povertyQ3_2025,
		status: 'approximate',
		role: 'fit'
	},
	{
		id: 'median_income',
		label: 'median survey income per capita, 2025, ₸/month',
		value: FIT.medianIncome.value,
		tolerance: 0.05,
		...pedigree(FIT.medianIncome),
		role: 'fit'
	},
	{
		id: 'notified_households',
		label: 'households notified of possible TSA eligibility',
		value: FIT.notified.value,
		tolerance: 0.05,
		...pedigree(FIT.notified),
		role: 'fit'
	},
	{
		id: 'notified_applied_households',
		label: 'notified households that applied',
		value: FIT.notifiedApplied.value,
		tolerance: 0.05,
		...pedigree(FIT.notifiedApplied),
		role: 'fit'
	},
	{
		id: 'family_amount',
		label: 'TSA and supplement per paid family, ₸ a month (2025)',
		value: FIT.familyAmount.value,
		tolerance: 0.05,
		...pedigree(FIT.familyAmount),
		role: 'fit'
	},
	{
		id: 'standing_families',
		label: 'TSA families on 1 May 2025 (standing caseload)',
		value: FIT.standingFamilies.value,
		tolerance: 0.05,
		...pedigree(FIT.standingFamilies),
		role: 'fit'
	},
	{
		id: 'gap_households',
		label: 'notified but did not apply (157 000 − 88 900)',
		value: 68_100,
		tolerance: 0.1,
		source: SRC.notifiedApplied2024,
		status: 'approximate',
		note: 'follows from the two fitted figures',
		role: 'validation'
	},
	{
		id: 'standing_persons',
		label: 'TSA recipients on 1 May 2025 (persons)',
		value: 232_500,
		tolerance: 0.15,
		source: SRC.tsaMay2025,
		status: 'approximate',
		role: 'validation'
	},
	{
		id: 'tsa_family_size',
		label: 'persons per TSA family, 2025 (292 700 / 54 400)',
		value: 292_700 / 54_400,
		tolerance: 0.15,
		source: SRC.tsa2025,
		status: 'approximate',
		role: 'validation'
	},
	{
		id: 'children_share',
		label: 'children among TSA recipients (2023)',
		value: 0.654,
		tolerance: 0.08,
		absolute: true,
		source: SRC.tsaRegions2023,
		status: 'approximate',
		role: 'validation'
	},
	{
		id: 'supplement_children',
		label: 'children 1–6 with the supplement, 1 May 2025',
		value: 74_400,
		tolerance: 0.3,
		source: SRC.tsaMay2025,
		status: 'approximate',
		role: 'validation'
	},
	{
		id: 'poor_households',
		label: 'households below the ПМ, Q3 2025',
		value: 190_484,
		tolerance: 0.2,
		source: SRC.poverty2025Households,
		status: 'approximate',
		role: 'validation'
	},
	{
		id: 'poverty_rate_urban',
		label: 'poverty rate, urban (Q3 2024)',
		value: 0.042,
		tolerance: 0.015,
		absolute: true,
		source: SRC.povertyQ3_2024,
		status: 'approximate',
		role: 'validation'
	},
	{
		id: 'poverty_rate_rural',
		label: 'poverty rate, rural (Q3 2024)',
		value: 0.073,
		tolerance: 0.015,
		absolute: true,
		source: SRC.povertyQ3_2024,
		status: 'approximate',
		role: 'validation'
	},
	{
		id: 'poverty_rate_large_households',
		label: 'poverty rate in households of 5 or more (Q2 2023)',
		value: 0.092,
		tolerance: 0.015,
		absolute: true,
		source: SRC.povertyLargeHouseholds2023,
		status: 'approximate',
		note: 'the bureau: 9.2 %, almost twice the 5.1 % of all households (9.3 % in Q3 2022)',
		role: 'validation'
	},
	{
		id: 'elderly_population',
		label: 'persons aged 60 or more, share of the population (Nov 2023)',
		value: 0.142,
		tolerance: 0.03,
		absolute: true,
		source: SRC.ageGroups2023,
		status: 'approximate',
		note: 'the bureau via sarbaz.kz: 6.74 M aged 0–17, 7.22 M 18–44, 3.19 M 45–59 of 20.0 M; the rest, about 2.85 M, are 60 or more',
		role: 'validation'
	},
	{
		id: 'registered_below_pm',
		label: 'persons whose registered income per capita is below the ПМ (sweep at 100 %: 5–20 %)',
		value: 0.125,
		tolerance: 0.075,
		absolute: true,
		source: SRC.povertyQ3_2025,
		status: 'assumption',
		note: 'the statistics bureau puts about 5 % of people below the ПМ on survey income; registered income is lower for informal earners, so 5–20 % is the plausible band',
		role: 'validation'
	}
];

function pedigree(p: Pedigree): Pedigree {
	return { source: p.source, status: p.status, ...(p.note ? { note: p.note } : {}) };
}
