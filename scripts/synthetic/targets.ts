// National calibration targets (weighted) with their sources, statuses and tolerances.
import { SRC, type Pedigree } from './sources';
import { HOUSEHOLDS_TOTAL, POPULATION_TOTAL, POVERTY_NATIONAL } from './regions-profile';

/** One calibration target. `tolerance` is relative (share of the value) unless `absolute` is set. */
export interface Target extends Pedigree {
	id: string;
	label: string;
	value: number;
	tolerance: number;
	absolute?: boolean;
}

/** TSA families paid in 2025 (weighted). */
export const TSA_FAMILIES = 54_400;
/** TSA recipients (persons) in 2025. */
export const TSA_PERSONS = 292_700;
/** TSA paid in 2025, ₸ a year. */
export const TSA_ANNUAL_KZT = 33.4e9;
/** Households notified by the Digital Family Card (seed 004, 2024). */
export const NOTIFIED = 157_000;
/** Households that applied (seed 004, 2024). */
export const APPLIED = 88_900;
/** Children receiving the 1.5 МРП supplement in 2025. */
export const SUPPLEMENT_CHILDREN = 91_100;
/** Assumed share of eligible families that apply (no take-up estimate was found); sets the eligible pool. */
export const TAKEUP_ASSUMED = 0.55;

/** The national targets; regional ones are built from the region profiles. */
export const NATIONAL_TARGETS: Target[] = [
	{ id: 'population', label: 'population, 1 Dec 2025', value: POPULATION_TOTAL, tolerance: 0.01, source: SRC.population2025, status: 'approximate' },
	{ id: 'households', label: 'households (2021 census)', value: HOUSEHOLDS_TOTAL, tolerance: 0.03, source: SRC.households2021, status: 'approximate' },
	{ id: 'poverty_rate', label: 'poverty rate Q3 2025 (consumption per capita below the regional ПМ)', value: POVERTY_NATIONAL, tolerance: 0.01, absolute: true, source: SRC.povertyQ3_2025, status: 'approximate' },
	{ id: 'notified_households', label: 'households notified of possible TSA eligibility', value: NOTIFIED, tolerance: 0.1, source: SRC.notifiedApplied2024, status: 'approximate', note: '2024 figure used for 2025' },
	{ id: 'applied_households', label: 'households that applied for TSA', value: APPLIED, tolerance: 0.1, source: SRC.notifiedApplied2024, status: 'approximate', note: '2024 figure used for 2025' },
	{ id: 'tsa_families', label: 'TSA families paid, 2025', value: TSA_FAMILIES, tolerance: 0.1, source: SRC.tsa2025, status: 'approximate' },
	{ id: 'tsa_persons', label: 'TSA recipients (persons), 2025', value: TSA_PERSONS, tolerance: 0.15, source: SRC.tsa2025, status: 'approximate' },
	{ id: 'tsa_annual_kzt', label: 'TSA paid, ₸ a year (12 × monthly)', value: TSA_ANNUAL_KZT, tolerance: 0.2, source: SRC.tsa2025, status: 'approximate', note: 'the published figure pays some families for part of the year only' },
	{ id: 'supplement_children', label: 'children 1–6 in paid TSA families', value: SUPPLEMENT_CHILDREN, tolerance: 0.25, source: SRC.childSupplement2025, status: 'approximate' }
];
