// CSV layout of the two files (contract §1, every column) and stable number formatting.

/** Household columns in file order. */
export const HOUSEHOLD_COLUMNS = [
	'hh_id',
	'region',
	'settlement',
	'weight',
	'consumption_monthly',
	'dwellings_owned',
	'vehicles_owned',
	'land_plots_owned',
	'deposits_kzt',
	'non_mortgage_loan',
	'loans_received_quarter_kzt',
	'housing_costs_monthly',
	'card_spending_monthly',
	'disaster_damage',
	'fire_damage',
	'notified',
	'applied',
	'tsa_paid_monthly'
] as const;

/** Person columns in file order. */
export const PERSON_COLUMNS = [
	'person_id',
	'hh_id',
	'age',
	'sex',
	'disability_group',
	'student_fulltime',
	'carer',
	'ssd',
	'income_wages',
	'income_business',
	'income_pension',
	'income_benefits',
	'income_benefits_excluded',
	'income_alimony',
	'income_property',
	'income_farm'
] as const;

/** A number rounded to at most `digits` decimals, written without exponent or trailing zeros. */
export function fmt(x: number, digits = 2): string {
	const f = 10 ** digits;
	const r = Math.round(x * f) / f;
	return Object.is(r, -0) ? '0' : String(r);
}

/** A boolean as the contract writes it. */
export function bool(b: boolean): string {
	return b ? 'true' : 'false';
}

/** A zero-padded id such as h0000042. */
export function makeId(prefix: string, n: number, width: number): string {
	return prefix + String(n).padStart(width, '0');
}
