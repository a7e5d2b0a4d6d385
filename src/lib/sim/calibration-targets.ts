// Published TSA caseload figures the embedded dataset must reproduce under the law of their year.

/** One published figure: its value, which simulation output it checks, its source and status. */
export interface CalibrationTarget {
	label: string;
	year: number;
	value: number;
	/** Key of `totals.tsa` in the simulation result that this figure is compared with. */
	output: 'expected_households' | 'expected_persons' | 'expected_annual_cost_kzt';
	/** Allowed relative difference. */
	tolerance: number;
	source: string;
	status: 'exact' | 'approximate';
}

const MINISTRY_2025 =
	'https://kaz.zakon.kz/kogam-tynysy/6075205-r-balaa-osymsha-tlem-azastanda-ay-sayyn-15-aek-kmderge-tlened.html';

/** TSA in 2025 (ministry press service, 22.01.2026, via news): families, persons and tenge paid. */
export const TSA_2025_TARGETS: readonly CalibrationTarget[] = [
	{ label: 'TSA families 2025', year: 2025, value: 54_400, output: 'expected_households', tolerance: 0.15, source: MINISTRY_2025, status: 'approximate' },
	{ label: 'TSA persons 2025', year: 2025, value: 292_700, output: 'expected_persons', tolerance: 0.15, source: MINISTRY_2025, status: 'approximate' },
	{ label: 'TSA paid 2025, ₸', year: 2025, value: 33.4e9, output: 'expected_annual_cost_kzt', tolerance: 0.15, source: MINISTRY_2025, status: 'approximate' }
];
