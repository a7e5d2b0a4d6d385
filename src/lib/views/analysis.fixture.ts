// Test households for the analysis queries (targeting and take-up), with every figure worked out by hand in the tests.
import type { Db } from '$lib/db/db';
import { baselineFor } from '$lib/rules/baseline';
import type { ParamValues } from '$lib/rules/parameter';
import { evaluateInto } from '$lib/sim/simulate';
import { installTestDataset, type TestHousehold, type TestPerson } from '$lib/sim/testing/dataset';

/** The law of 2026 with Almaty's ПМ at 60 000 and the median term off: the line is 0.7 × 60 000 = 42 000 ₸. */
export const LAW: ParamValues = { ...baselineFor(2026), 'indices.pm_regional.almaty': 60_000, 'tsa.poverty_line.median_share': 0 };

const H = (hh_id: string, weight: number, consumption: number | null, extra: Partial<TestHousehold> = {}): TestHousehold => ({
	hh_id,
	region: 'almaty',
	settlement: 'urban',
	weight,
	consumption_monthly: consumption,
	dwellings_owned: 1,
	vehicles_owned: 0,
	...extra
});

/**
 * A–D: one adult of 30 with no income (42 000 ₸ a month each), weights 1–4, consumption 10 000–40 000 ₸.
 * E: one adult with wages of 100 000 (not eligible), weight 10, consumption 200 000. F: no consumption recorded.
 * Notified: A, B, C (A and C applied); not notified: D (applied), F.
 */
export const HOUSEHOLDS: TestHousehold[] = [
	H('A', 1, 10_000, { notified: true, applied: true }),
	H('B', 2, 20_000, { notified: true, applied: false }),
	H('C', 3, 30_000, { notified: true, applied: true }),
	H('D', 4, 40_000, { notified: false, applied: true }),
	H('E', 10, 200_000, { notified: false, applied: false }),
	H('F', 3, null, { notified: false, applied: false })
];

/** One adult per household; E earns 100 000 ₸. */
export const PERSONS: TestPerson[] = HOUSEHOLDS.map((h) => ({
	person_id: `${h.hh_id}1`,
	hh_id: h.hh_id,
	age: 30,
	sex: 'f',
	income_wages: h.hh_id === 'E' ? 100_000 : 0
}));

/** Installs the households and evaluates LAW into `eval_scenario`. */
export async function evaluateAnalysisFixture(db: Db): Promise<void> {
	await installTestDataset(db, HOUSEHOLDS, PERSONS);
	await evaluateInto(db, { name: 'law', year: 2026, params: LAW }, 'eval_scenario');
}
