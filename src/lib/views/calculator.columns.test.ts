// The calculator without SQL equals the calculator through DuckDB: seeded random typed families (ages, sexes,
// disability, studies, care, disease, every income kind, assets and loans) in every year, under the law and
// scenarios that move the line, switch a test off, or put the line on the dataset's median (regional or national),
// read from the evaluated households' columns (read back from SQL's tables, and made by the column kernel).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { REGION_CODES } from '$lib/data/regions';
import { SUPPORTED_YEARS } from '$lib/rules/baseline';
import type { ParamValue } from '$lib/rules/parameter';
import { mulberry32 } from '$lib/sim/testing/generate';
import { typedFeatureRow } from '$lib/sim/typed-features';
import { datasetMedianFor, installTypedHouseholds, typedFeatureRows } from '$lib/sim/typed-households';
import { datasetMedianFromColumns } from './calculator-median';
import {
	calculate,
	calculateTyped,
	calculatorParams,
	familyRecords,
	INCOME_KINDS,
	newMember,
	type CalcFamily,
	type CalcMember,
	type Disease
} from './calculator';
import { evaluateBothWays, installFolder, SCENARIOS, type EvaluatedBothWays } from './evaluated-pairs.fixture';

const OVERRIDES: Record<string, Record<string, ParamValue>> = {
	law: {},
	'line at 0.9 × ПМ, vehicle test off': { 'tsa.poverty_line.pm_share': 0.9, 'tsa.assets.max_vehicles': null },
	"the dataset's regional median": { 'tsa.poverty_line.median_source': 'dataset', 'tsa.poverty_line.median_share': 0.6 },
	"the dataset's national median": {
		'tsa.poverty_line.median_source': 'dataset',
		'tsa.poverty_line.median_scope': 'national',
		'tsa.poverty_line.median_share': 0.45
	}
};

/** A seeded random family: 1 to 8 members of any age, some with a status, incomes of every kind, some assets. */
function randomFamily(seed: number): CalcFamily {
	const next = mulberry32(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
	const some = (p: number, max: number) => (next() < p ? Math.round(next() * max) : 0);
	const members = Array.from({ length: 1 + Math.floor(next() * 8) }, (): CalcMember => {
		const m = newMember(Math.floor(next() * 90), pick(['m', 'f'] as const));
		m.disability_group = some(0.15, 3);
		m.student_fulltime = m.age >= 16 && m.age <= 25 && next() < 0.4;
		m.carer = next() < 0.1;
		m.ssd = pick<Disease>(['none', 'none', 'none', 'tb', 'cancer', 'hiv']);
		for (const k of INCOME_KINDS)
			m.incomes[k] = some(k === 'income_wages' ? 0.35 : 0.1, k === 'income_wages' ? 90_000 : 40_000) + (next() < 0.1 ? 0.5 : 0);
		return m;
	});
	return {
		region: pick(REGION_CODES),
		settlement: pick(['urban', 'rural'] as const),
		year: pick(SUPPORTED_YEARS),
		members,
		assets: {
			dwellings_owned: some(0.8, 1),
			vehicles_owned: some(0.15, 2),
			land_plots_owned: some(0.1, 2),
			deposits_kzt: some(0.1, 300_000),
			non_mortgage_loan: next() < 0.2,
			loans_received_quarter_kzt: some(0.2, 300_000),
			housing_costs_monthly: some(0.5, 60_000),
			card_spending_monthly: some(0.3, 150_000),
			disaster_damage: next() < 0.1,
			fire_damage: next() < 0.1
		}
	};
}

const FAMILIES = Array.from({ length: 20 }, (_, i) => randomFamily(20261206 + i));

let db: Db;
let both: EvaluatedBothWays;
beforeAll(async () => {
	db = await openNodeDb();
	await installFolder(db, 'datasets/embedded');
	both = await evaluateBothWays(db, SCENARIOS[0]);
}, 120_000);
afterAll(async () => db?.close());

describe('the calculator without SQL', () => {
	it("counts a typed family's features as the feature SQL does", async () => {
		for (const [i, family] of FAMILIES.entries())
			for (const { law } of [calculatorParams(family.year, {}), calculatorParams(2023, {})]) {
				const { household, persons } = familyRecords(family, 'calc');
				await installTypedHouseholds(db, [household], persons);
				const [sql] = await typedFeatureRows(db, law);
				expect(typedFeatureRow(household, persons, law), `family ${i}`).toEqual(sql);
			}
	}, 60_000);

	it("reads the dataset's median from the columns as SQL reads it from hh", async () => {
		for (const overrides of Object.values(OVERRIDES)) {
			const { scenario } = calculatorParams(2026, overrides);
			let known = 0;
			for (const region of REGION_CODES) {
				const sql = await datasetMedianFor(db, scenario, region);
				if (sql !== null) known++;
				for (const [how, h] of Object.entries(both)) expect(datasetMedianFromColumns(h, scenario, region), `${how} ${region}`).toBe(sql);
			}
			// The embedded survey has every region: a median for each when the line reads the dataset's, else none (official).
			expect(known).toBe(overrides['tsa.poverty_line.median_source'] === 'dataset' ? REGION_CODES.length : 0);
		}
	}, 60_000);

	it.each(Object.entries(OVERRIDES))(
		'equals the SQL calculator under %s',
		async (_, overrides) => {
			let paid = 0;
			for (const [i, family] of FAMILIES.entries()) {
				const params = calculatorParams(family.year, overrides);
				const sql = await calculate(db, family, params, 'en', 7);
				for (const [how, h] of Object.entries(both)) {
					const ts = calculateTyped(family, params, (p, region) => datasetMedianFromColumns(h, p, region), 'en', 7);
					for (const side of ['law', 'scenario'] as const) {
						const { steps, source, ...figures } = ts[side];
						expect(figures, `${how} family ${i} ${side}`).toEqual(
							Object.fromEntries(Object.keys(figures).map((k) => [k, sql[side][k as keyof typeof figures]]))
						);
						expect(steps, `${how} family ${i} ${side}`).toEqual(sql[side].steps);
						expect(source.context, `${how} family ${i} ${side}`).toEqual(sql[side].source.context);
					}
					expect(ts.curve, `${how} family ${i}`).toEqual(sql.curve);
				}
				if (sql.scenario.tsaMonthly > 0) paid++;
			}
			// The families are varied enough that some are paid and some not.
			expect(paid).toBeGreaterThan(0);
			expect(paid).toBeLessThan(FAMILIES.length);
		},
		120_000
	);

	it('refuses a family out of range as SQL does', () => {
		const family = randomFamily(1);
		family.members[0].age = 130;
		expect(() => calculateTyped(family, calculatorParams(2026, {}), () => null)).toThrow(/Out of range: age/);
	});
});
