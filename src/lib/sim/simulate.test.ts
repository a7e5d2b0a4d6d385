import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { baselineFor } from '../rules/baseline';
import type { ParamValues } from '../rules/parameter';
import { delta } from './delta';
import { evaluationSql } from './evaluation';
import { createEvaluationView } from './evaluation-view';
import { NO_LOAN_AMOUNTS_NOTICE } from './loan-amounts';
import { simulate } from './simulate';
import { NO_GAP_NOTICE } from './gap';
import { installTestDataset, type TestHousehold, type TestPerson } from './testing/dataset';

// Lines: Almaty 0.7 × 60 000 = 42 000; Turkestan 0.7 × 50 000 = 35 000 (median term off). МРП 2026 = 4 325.
const noLocal = Object.fromEntries(
	REGION_CODES.flatMap((r) => ['disaster', 'fire', 'tb', 'cancer', 'hiv', 'income'].map((c) => [`local.${r}.${c}_amount_mrp`, 0]))
);
const params: ParamValues = {
	...baselineFor(2026),
	...noLocal,
	'indices.pm_regional.almaty': 60_000,
	'indices.pm_regional.turkestan': 50_000,
	'tsa.poverty_line.median_share': 0,
	'tsa.conditional.compliance_share': 0.9,
	// A family that breaks its contract is refused for the rest of the year, so the expected share is the 0.9 itself.
	'tsa.conditional.months_before_break': 0,
	'tsa.conditional.refusal_months': 12,
	// Loans refused by the yes/no column: these households have no loan amounts (the notice is tested below).
	'tsa.assets.loan_limit_pm_per_member_quarter': null,
	'local.almaty.disaster_amount_mrp': 50
};
const H = (hh_id: string, region: string, settlement: 'urban' | 'rural', weight: number, extra: Partial<TestHousehold>): TestHousehold => ({
	hh_id,
	region,
	settlement,
	weight,
	dwellings_owned: 1,
	vehicles_owned: 0,
	...extra
});
const households = [
	// A: 1 person, income 0 → 42 000; conditional; notified and applied; disaster 50 МРП; poor (20 000 < 60 000).
	H('A', 'almaty', 'urban', 10, { notified: true, applied: true, disaster_damage: true, consumption_monthly: 20_000 }),
	// B: 2 persons, per capita 10 000 → (42 000 − 10 000) × 2 = 64 000 + 6 487.5; notified, not applied; not poor.
	H('B', 'almaty', 'urban', 20, { notified: true, applied: false, consumption_monthly: 200_000 }),
	// C: pensioner with 100 000: not eligible; poor (30 000).
	H('C', 'almaty', 'rural', 30, { notified: false, applied: false, consumption_monthly: 30_000 }),
	// D: pensioner with 30 000 < 35 000 → 5 000; unconditional; applied without notice; poor (40 000 < 50 000).
	H('D', 'turkestan', 'rural', 40, { notified: false, applied: true, consumption_monthly: 40_000 })
];
const persons: TestPerson[] = [
	{ person_id: 'a1', hh_id: 'A', age: 30, sex: 'f' },
	{ person_id: 'b1', hh_id: 'B', age: 30, sex: 'f', income_wages: 20_000 },
	{ person_id: 'b2', hh_id: 'B', age: 3, sex: 'm' },
	{ person_id: 'c1', hh_id: 'C', age: 70, sex: 'm', income_pension: 100_000 },
	{ person_id: 'd1', hh_id: 'D', age: 65, sex: 'f', income_pension: 30_000 }
];
const scenario = (p: ParamValues) => ({ name: 'test', year: 2026, params: p });

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installTestDataset(db, households, persons);
});
afterAll(async () => {
	await db.close();
});

describe('simulate', () => {
	it('computes the contract §3 totals', async () => {
		const r = await simulate(db, scenario(params), { baseline: params });
		expect(r.dataset).toEqual({ households: 4, persons: 5, weighted_households: 100, weighted_persons: 120 });
		const entitlement = 10 * 42_000 + 20 * (64_000 + 6_487.5) + 40 * 5_000; // 2 029 750
		expect(r.totals.tsa).toEqual({
			eligible_households: 70,
			eligible_persons: 90,
			supplemented_children: 20,
			monthly_entitlement_kzt: entitlement,
			annual_entitlement_kzt: 12 * entitlement,
			expected_households: 10 * 0.9 + 20 * 0.9 + 40,
			// Persons: A 10 × 1 and B 20 × 2 conditional (× 0.9), D 40 × 1 unconditional.
			expected_persons: 10 * 1 * 0.9 + 20 * 2 * 0.9 + 40,
			expected_annual_cost_kzt: 12 * (0.9 * 420_000 + 0.9 * 1_409_750 + 200_000),
			// Every eligible family at full take-up, × (1 + turnover): assigned at some time in the year.
			assigned_in_year_households: expect.closeTo(70 * (1 + (params['tsa.caseload.turnover'] as number)), 9),
			assigned_in_year_persons: expect.closeTo(90 * (1 + (params['tsa.caseload.turnover'] as number)), 9)
		});
		// The card (gap.ts). Four records: every cell is under the 30-record minimum, so the nation's rates, learnt over
		// the eligible A, B, D (weight 70): notified (A, B) 30 / 70; of those, applied (A) 10 / 30; take-up (A, D) 50 / 70.
		// C is not eligible and was not notified. Notified 70 × 3/7 = 30; applied 70 × 3/7 × 1/3 = 10; gap 20 (the
		// data's own counts: under the law they are learnt under, the rates give them back); unclaimed 12 × 2/7 × entitlement.
		expect(r.totals.gap.notified_households).toBeCloseTo(30, 9);
		expect(r.totals.gap.applied_households).toBeCloseTo(10, 9);
		expect(r.totals.gap.gap_households).toBeCloseTo(20, 9);
		expect(r.totals.gap.unclaimed_annual_kzt).toBeCloseTo((12 * 2 * entitlement) / 7, 3);
		expect(r.totals.local).toEqual({ eligible_households: 10, annual_cost_kzt: 10 * 50 * 4_325 });
		expect(r.by_region.almaty.tsa.eligible_households).toBe(30);
		expect(r.by_region.turkestan.tsa.eligible_households).toBe(40);
		expect(r.by_region.abai.tsa.eligible_households).toBe(0);
		expect(Object.keys(r.by_region)).toEqual([...REGION_CODES]);
	});

	it('measures the impact on poverty and inequality in weighted persons, by hand', async () => {
		const r = await simulate(db, scenario(params), { baseline: params });
		const local = (50 * 4_325) / 12; // A's disaster help, a month
		// Income per capita before and after (TSA × take-up 1 × compliance 0.9 for A and B, 1 for D; A's local help).
		const people = [
			{ w: 10, pm: 60_000, x0: 0, x1: 0.9 * 42_000 + local }, // A
			{ w: 40, pm: 60_000, x0: 10_000, x1: (20_000 + 0.9 * 70_487.5) / 2 }, // B
			{ w: 30, pm: 60_000, x0: 100_000, x1: 100_000 }, // C
			{ w: 40, pm: 50_000, x0: 30_000, x1: 35_000 } // D
		];
		const gini = (x: 'x0' | 'x1'): number => {
			const W = people.reduce((s, p) => s + p.w, 0);
			const mean = people.reduce((s, p) => s + p.w * p[x], 0) / W;
			let d = 0;
			for (const a of people) for (const b of people) d += a.w * b.w * Math.abs(a[x] - b[x]);
			return d / (2 * W * W * mean);
		};
		const gap = (x: 'x0' | 'x1'): number => people.reduce((s, p) => s + (p[x] < p.pm ? p.w * (p.pm - p[x]) : 0), 0);
		const i = r.totals.impact!;
		expect(i.poor_persons_before).toBe(90);
		expect(i.poor_persons_after).toBe(90);
		expect(i.poverty_gap_before_kzt).toBeCloseTo(3_400_000, 6);
		expect(i.poverty_gap_after_kzt).toBeCloseTo(gap('x1'), 6);
		expect(i.poverty_gap_after_kzt).toBeCloseTo(10 * (60_000 - 37_800 - local) + 40 * (60_000 - 41_719.375) + 40 * 15_000, 6);
		expect(i.gini_before).toBeCloseTo(gini('x0'), 12);
		expect(i.gini_before).toBeCloseTo(540e6 / 1_104e6, 12);
		expect(i.gini_after).toBeCloseTo(gini('x1'), 12);
		expect(i.gini_after!).toBeLessThan(i.gini_before!);
		// B's child (20), A and B's adult (10 + 20), D of pension age (40); C (pension age) is not poor.
		expect(i.poor_by_age).toEqual({
			children: { before: 20, after: 20 },
			working_age: { before: 30, after: 30 },
			pension_age: { before: 40, after: 40 }
		});
		expect(r.by_region.turkestan.impact?.poverty_gap_after_kzt).toBeCloseTo(600_000, 6);
		expect(r.by_region.turkestan.impact?.gini_before).toBe(0);
		expect(r.by_region.abai.impact?.gini_before).toBeNull();
	});

	it('measures targeting in weighted persons', async () => {
		const r = await simulate(db, scenario(params), { baseline: params });
		const t = r.totals.targeting!;
		// Poor: A 10, C 30, D 40 = 80; eligible 90 of which B's 40 are not poor.
		expect(t.poor_persons).toBe(80);
		expect(t.inclusion_error).toBeCloseTo(40 / 90, 12);
		expect(t.exclusion_error).toBeCloseTo(30 / 80, 12);
		// Poorest 20 % of 120 persons = 24: A (cum 0) and C (cum 10) start inside it; of their 40 persons, A's 10 are eligible.
		expect(t.poorest_quintile_coverage).toBeCloseTo(0.25, 12);
		expect(t.cgh).toBeCloseTo(420_000 / 2_029_750 / 0.2, 12);
		expect(r.by_region.turkestan.targeting?.exclusion_error).toBe(0);
	});

	it('learns observed take-up per cell with fallbacks', async () => {
		const observed = { ...params, 'takeup.mode': 'observed', 'takeup.observed_min_cell_households': 1 };
		// Almaty urban: 10 of 30 applied → 1/3; Turkestan rural: 1.
		const r1 = await simulate(db, scenario(observed), { baseline: params });
		expect(r1.totals.tsa.expected_households).toBeCloseTo((10 * 0.9) / 3 + (20 * 0.9) / 3 + 40, 9);
		// Min 2 records: Turkestan's cell and region have 1 → national 50 / 70.
		const r2 = await simulate(db, scenario({ ...observed, 'takeup.observed_min_cell_households': 2 }), { baseline: params });
		expect(r2.totals.tsa.expected_households).toBeCloseTo(9 + 40 * (50 / 70), 9);
		expect(r2.notices).toEqual([]);
	});

	it('exposes the per-household evaluation as a view', async () => {
		await createEvaluationView(db, scenario(params), 'ev_test', { baseline: params });
		const rows = await db.query('SELECT hh_id, eligible, tsa_amount FROM ev_test ORDER BY hh_id');
		expect(rows).toEqual([
			{ hh_id: 'A', eligible: true, tsa_amount: 42_000 },
			{ hh_id: 'B', eligible: true, tsa_amount: 64_000 },
			{ hh_id: 'C', eligible: false, tsa_amount: 0 },
			{ hh_id: 'D', eligible: true, tsa_amount: 5_000 }
		]);
	});

	it('runs the observed take-up query in DuckDB (EXPLAIN)', async () => {
		const rows = await db.query(`EXPLAIN ${evaluationSql(params, { baseline: baselineFor(2025), observedTakeup: true })}`);
		expect(rows.length).toBeGreaterThan(0);
	});

	it('gives the difference of two results', async () => {
		const a = await simulate(db, scenario({ ...params, 'tsa.poverty_line.pm_share': 0.8 }), { baseline: params });
		const b = await simulate(db, scenario(params), { baseline: params });
		const d = delta(a, b).totals as { tsa: { eligible_households: number } };
		expect(d.tsa.eligible_households).toBe(a.totals.tsa.eligible_households - b.totals.tsa.eligible_households);
		expect(a.totals.tsa.monthly_entitlement_kzt).toBeGreaterThan(b.totals.tsa.monthly_entitlement_kzt);
	});

	it('pays a conditional family that breaks its contract the months outside its refusal', async () => {
		// 3 months before the break, refused 6: paid 6 of 12, so A and B count 0.9 + 0.1 × 6 / 12 = 0.95.
		const r = await simulate(db, scenario({ ...params, 'tsa.conditional.months_before_break': 3, 'tsa.conditional.refusal_months': 6 }), {
			baseline: params
		});
		expect(r.totals.tsa.expected_households).toBeCloseTo(10 * 0.95 + 20 * 0.95 + 40, 9);
		expect(r.totals.tsa.expected_annual_cost_kzt).toBeCloseTo(12 * (0.95 * 420_000 + 0.95 * 1_409_750 + 200_000), 6);
	});

	it('says when loans refuse by amount but the dataset holds no amount, and not once one is known', async () => {
		const byAmount = { ...params, 'tsa.assets.loan_limit_pm_per_member_quarter': 2 };
		expect((await simulate(db, scenario(byAmount), { baseline: params })).notices).toEqual([NO_LOAN_AMOUNTS_NOTICE]);
		await db.query("UPDATE households SET loans_received_quarter_kzt = 0 WHERE hh_id = 'A'");
		await db.query('DROP TABLE hh');
		expect((await simulate(db, scenario(byAmount), { baseline: params })).notices).toEqual([]);
		await db.query('UPDATE households SET loans_received_quarter_kzt = NULL');
		await db.query('DROP TABLE hh');
	});

	it('takes the line’s median from the dataset only when asked, with a notice on a dataset that is not the whole population', async () => {
		// Almaty's official median 200 000: line max(0.35 × 200 000 = 70 000, 42 000) = 70 000, whatever the data.
		const withMedian = { ...params, 'tsa.poverty_line.median_share': 0.35, 'tsa.poverty_line.median_income.almaty': 200_000 };
		const official = await simulate(db, scenario(withMedian), { baseline: params });
		expect(official.notices).toEqual([]);
		expect(official.by_region.almaty.tsa.monthly_entitlement_kzt).toBe(70_000 * 10 + ((70_000 - 10_000) * 2 + 6_487.5) * 20);
		// The dataset's Almaty median: persons A 10 (0 ₸), B 40 (10 000 ₸), C 30 (100 000 ₸); half of 80 is reached at B,
		// so 10 000, and the ПМ term binds.
		const fromData = await simulate(db, scenario({ ...withMedian, 'tsa.poverty_line.median_source': 'dataset' }), { baseline: params });
		expect(fromData.notices).toEqual([expect.stringMatching(/median_source is "dataset" but the dataset stands for 0\.00 M persons/)]);
		expect(fromData.by_region.almaty.tsa.monthly_entitlement_kzt).toBe(42_000 * 10 + ((42_000 - 10_000) * 2 + 6_487.5) * 20);
	});

	it('falls back to full take-up with a notice when `applied` is absent (runs last: reinstalls the data)', async () => {
		await installTestDataset(
			db,
			households.map((h) => ({ ...h, applied: null })),
			persons
		);
		const r = await simulate(db, scenario({ ...params, 'takeup.mode': 'observed' }), { baseline: params });
		expect(r.notices[0]).toMatch(/no `applied` column/);
		expect(r.totals.tsa.expected_households).toBeCloseTo(67, 9);
		// The reload was noticed: `hh` was rebuilt, so no household counts as having applied; no gap figure is known.
		expect(r.notices).toContain(NO_GAP_NOTICE);
		expect(r.totals.gap).toEqual({ notified_households: 0, applied_households: 0, gap_households: 0, unclaimed_annual_kzt: 0 });
	});
});
