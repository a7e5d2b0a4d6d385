// Test households for the views-b queries, with every figure worked out by hand in the tests that use them.
import type { Db } from '$lib/db/db';
import { baselineFor } from '$lib/rules/baseline';
import type { ParamValues } from '$lib/rules/parameter';
import { evaluateInto } from '$lib/sim/simulate';
import { installTestDataset, type TestHousehold, type TestPerson } from '$lib/sim/testing/dataset';

/** The law of 2026 with Almaty's ПМ at 60 000 and the median term off: the line is 0.7 × 60 000 = 42 000 ₸. */
export const LAW: ParamValues = { ...baselineFor(2026), 'indices.pm_regional.almaty': 60_000, 'tsa.poverty_line.median_share': 0 };

const H = (hh_id: string, weight: number, extra: Partial<TestHousehold> = {}): TestHousehold => ({
	hh_id,
	region: 'almaty',
	settlement: 'urban',
	weight,
	dwellings_owned: 1,
	vehicles_owned: 0,
	...extra
});

/** A: lone adult, no income. B: adult + child of 3, wages 90 000. C: pensioner, 100 000, a car. D: mother + disabled child of 8, 200 000. E: adult, no income, a car and a loan. */
export const HOUSEHOLDS: TestHousehold[] = [
	H('A', 10),
	H('B', 20),
	H('C', 30, { vehicles_owned: 1 }),
	H('D', 5),
	H('E', 7, { vehicles_owned: 1, non_mortgage_loan: true })
];

/** Members of HOUSEHOLDS. */
export const PERSONS: TestPerson[] = [
	{ person_id: 'a1', hh_id: 'A', age: 30, sex: 'f' },
	{ person_id: 'b1', hh_id: 'B', age: 30, sex: 'f', income_wages: 90_000 },
	{ person_id: 'b2', hh_id: 'B', age: 3, sex: 'm' },
	{ person_id: 'c1', hh_id: 'C', age: 70, sex: 'm', income_pension: 100_000 },
	{ person_id: 'd1', hh_id: 'D', age: 35, sex: 'f', income_wages: 200_000 },
	{ person_id: 'd2', hh_id: 'D', age: 8, sex: 'm', disability_group: 1 },
	{ person_id: 'e1', hh_id: 'E', age: 40, sex: 'm' }
];

/** Installs the households and evaluates `baseline` and `scenario` into eval_baseline / eval_scenario. */
export async function evaluateFixture(db: Db, baseline: ParamValues, scenario: ParamValues): Promise<void> {
	await installTestDataset(db, HOUSEHOLDS, PERSONS);
	await evaluateInto(db, { name: 'law', year: 2026, params: baseline }, 'eval_baseline', { baseline });
	await evaluateInto(db, { name: 'scenario', year: 2026, params: scenario }, 'eval_scenario', { baseline });
}
