// Published TSA figures by year that the embedded dataset is compared with under the law of their year.

/** One published figure: its value, which simulation output it checks, its role, source and status. */
export interface CalibrationTarget {
	label: string;
	year: number;
	value: number;
	/** Key of `totals.tsa` in the simulation result that this figure is compared with. */
	output: 'assigned_in_year_households' | 'assigned_in_year_persons' | 'expected_annual_cost_kzt';
	/** Allowed relative difference. */
	tolerance: number;
	/**
	 * `fit`: a rulebook parameter was set so this figure is met (takeup.administrative_factor for the families of
	 * 2023 and 2024); `validation`: held out, only checked.
	 */
	role: 'fit' | 'validation';
	source: string;
	status: 'exact' | 'approximate';
}

const MINISTRY_2023 =
	'https://kapital.kz/gosudarstvo/124597/v-kazakhstane-iz-sostoyaniya-bednosti-vyshli-58-tysyach-semey-poluchavshikh-asp.html';
const MINISTRY_2024_2025 = 'https://alau.kz/est-kredit-ostaneshsja-bez-asp-chislo-poluchatelej-rk-sokratilos/';

const target = (
	year: number,
	output: CalibrationTarget['output'],
	value: number,
	role: CalibrationTarget['role'],
	source: string
): CalibrationTarget => ({
	label: `${output === 'expected_annual_cost_kzt' ? 'TSA paid, ₸' : output === 'assigned_in_year_households' ? 'families assigned' : 'persons assigned'} ${year}`,
	year,
	value,
	output,
	tolerance: 0.25,
	role,
	source,
	status: 'approximate'
});

/** The ministry's yearly figures (families and persons assigned at any time in the year, tenge paid), 2023–2025. */
export const TSA_YEAR_TARGETS: readonly CalibrationTarget[] = [
	target(2023, 'assigned_in_year_households', 114_100, 'fit', MINISTRY_2023),
	target(2023, 'assigned_in_year_persons', 598_400, 'validation', MINISTRY_2023),
	target(2023, 'expected_annual_cost_kzt', 59.4e9, 'validation', MINISTRY_2023),
	target(2024, 'assigned_in_year_households', 78_100, 'fit', MINISTRY_2024_2025),
	target(2024, 'assigned_in_year_persons', 413_700, 'validation', MINISTRY_2024_2025),
	target(2024, 'expected_annual_cost_kzt', 39.5e9, 'validation', MINISTRY_2024_2025),
	target(2025, 'assigned_in_year_households', 54_400, 'validation', MINISTRY_2024_2025),
	target(2025, 'assigned_in_year_persons', 292_700, 'validation', MINISTRY_2024_2025),
	target(2025, 'expected_annual_cost_kzt', 33.4e9, 'validation', MINISTRY_2024_2025)
];
