// Rule test cases as data (PolicyEngine style): households on both sides of every threshold, with the
// arithmetic and the clause. Every case runs through the SQL engine and the TypeScript evaluator.
import type { ParamValue } from '../parameter';
import type { TestHousehold, TestPerson } from '../../sim/testing/dataset';

/** Expected figures of one household (only the keys given are checked). */
export interface Expected {
	eligible?: boolean;
	tsa_amount?: number;
	child_supplement?: number;
	supplemented_children?: number;
	unconditional?: boolean;
	compliance_factor?: number;
	local_annual?: number;
	poverty_line?: number;
}

/** One named case: a small dataset, parameter overrides on the 2026 baseline, and expectations per household. */
export interface RuleCase {
	name: string;
	clause: string;
	/** The arithmetic behind the expectation. */
	arithmetic: string;
	params?: Record<string, ParamValue>;
	households: TestHousehold[];
	persons: TestPerson[];
	expect: Record<string, Expected>;
}

/**
 * Overrides every case starts from: regional ПМ of Almaty 60 000 ₸ and the median term off, so the line is 42 000 ₸;
 * the case's incomes are of the scenario year (the income index of the data equals the year's: no uprating).
 */
export const CASE_DEFAULTS: Record<string, ParamValue> = {
	'indices.pm_regional.almaty': 60_000,
	'tsa.poverty_line.median_share': 0,
	'indices.income_index': 100_000,
	'data.income_index': 100_000
};

/** A household in Almaty with one dwelling and no vehicle, weight 1, plus `extra`. */
export function household(hh_id: string, extra: Partial<TestHousehold> = {}): TestHousehold {
	return { hh_id, region: 'almaty', settlement: 'urban', weight: 1, dwellings_owned: 1, vehicles_owned: 0, ...extra };
}

let counter = 0;
/** A person of household `hh_id` aged `age`, plus `extra`. */
export function person(hh_id: string, age: number, extra: Partial<TestPerson> = {}): TestPerson {
	counter += 1;
	return { person_id: `p${counter}`, hh_id, age, sex: 'f', ...extra };
}
