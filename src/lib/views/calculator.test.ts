import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { installTestDataset } from '$lib/sim/testing/dataset';
import {
	calculate,
	calculatorParams,
	defaultFamily,
	earningsMax,
	familyProblems,
	familyRecords,
	firstEarner,
	newMember,
	traceIn,
	wageSteps,
	type CalcFamily
} from './calculator';

// Turkestan 2026: regional ПМ 62 180 ₸, official median 61 300 ₸, МРП 4 325 ₸. The line is
// max(70 % × 62 180 = 43 526, 35 % × 61 300 = 21 455) = 43 526 ₸ (Order No. 160 as amended by No. 473).
const { law: LAW, scenario: SCENARIO } = calculatorParams(2026, { 'tsa.poverty_line.pm_share': 0.9 });

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	// A loaded dataset beside the calculator: it must stay as it is.
	await installTestDataset(
		db,
		[{ hh_id: 'D1', region: 'almaty', settlement: 'urban', weight: 3, dwellings_owned: 1, vehicles_owned: 0 }],
		[{ person_id: 'd1', hh_id: 'D1', age: 40, sex: 'f', income_wages: 50_000 }]
	);
});
afterAll(async () => db?.close());

/** A couple with children of 8 and 4 in Turkestan, 2026; the father earns `wages` a month. */
function family(wages: number, change: (f: CalcFamily) => void = () => {}): CalcFamily {
	const f = defaultFamily(2026, 'turkestan');
	f.members[0].incomes.income_wages = wages;
	change(f);
	return f;
}

describe('household calculator', () => {
	it('pays a family of 4 with one earner below the line: amount and child supplement', async () => {
		const r = await calculate(db, family(120_000), { law: LAW, scenario: SCENARIO });
		// Per capita 120 000 ÷ 4 = 30 000 < 43 526. Amount (43 526 − 30 000) × 4 = 54 104 ₸;
		// one child aged 1–6 (the 4-year-old): 1 × 1.5 МРП × 4 325 = 6 487.50 ₸; together 60 591.50 ₸ a month.
		expect(r.law.eligible).toBe(true);
		expect(r.law.amount).toBeCloseTo(54_104, 6);
		expect(r.law.supplement).toBeCloseTo(6_487.5, 6);
		expect(r.law.tsaMonthly).toBeCloseTo(60_591.5, 6);
		// Scenario line 90 % × 62 180 = 55 962: (55 962 − 30 000) × 4 = 103 848, + 6 487.50 = 110 335.50 ₸.
		expect(r.scenario.line).toBeCloseTo(55_962, 6);
		expect(r.scenario.tsaMonthly).toBeCloseTo(110_335.5, 6);
		// Housing costs 0 and no other ground: no local assistance.
		expect(r.law.localAnnual).toBe(0);
		const amount = r.law.steps.find((s) => s.path === 'tsa.amount')!;
		expect(amount.text).toBe('amount (43 526 ₸ − 30 000 ₸) × 4 = 54 104 ₸ a month');
	});

	it('pays nothing to the same family above the line', async () => {
		// Per capita 180 000 ÷ 4 = 45 000, at or above 43 526: not eligible, amount and supplement 0.
		const r = await calculate(db, family(180_000), { law: LAW, scenario: SCENARIO });
		expect(r.law.eligible).toBe(false);
		expect(r.law.tsaMonthly).toBe(0);
		expect(r.law.steps.find((s) => s.path === 'tsa.income_test')!.value).toBe(false);
		// Still below the scenario's 55 962: (55 962 − 45 000) × 4 = 43 848, + 6 487.50 = 50 335.50 ₸.
		expect(r.scenario.tsaMonthly).toBeCloseTo(50_335.5, 6);
	});

	it('pays nothing to a family failing an asset test, and the trace names the test', async () => {
		// Loans received in the quarter 3 000 000 ÷ 4 = 750 000 a member, over 2 × 62 180 = 124 360: refused (the minister's example).
		const r = await calculate(
			db,
			family(120_000, (f) => ((f.assets.non_mortgage_loan = true), (f.assets.loans_received_quarter_kzt = 3_000_000))),
			{
				law: LAW,
				scenario: SCENARIO
			}
		);
		expect(r.law.steps.find((s) => s.path === 'tsa.income_test')!.value).toBe(true);
		const loan = r.law.steps.find((s) => s.path === 'tsa.assets.loan_test')!;
		expect(loan.value).toBe(false);
		expect(loan.text).toContain('750 000 ₸ per member, over the limit 2 × regional ПМ 62 180 ₸ = 124 360 ₸: fails');
		expect(r.law.tsaMonthly).toBe(0);
		expect(r.scenario.tsaMonthly).toBe(0);
	});

	it('draws the monthly TSA against the first adult wages from 0, reaching 0 within the axis', async () => {
		const r = await calculate(db, family(120_000), { law: LAW, scenario: SCENARIO }, 'en', 5);
		// Axis end: max(3 × 55 962, 1.5 × 55 962 × 4 = 335 772) rounded up to 340 000; 5 points 85 000 apart.
		expect(r.curve.wages).toEqual([0, 85_000, 170_000, 255_000, 340_000]);
		// At 0: 43 526 × 4 + 6 487.50 = 180 591.50; at 85 000: (43 526 − 21 250) × 4 + 6 487.50 = 95 591.50;
		// at 170 000: (43 526 − 42 500) × 4 + 6 487.50 = 10 591.50; then 0.
		expect(r.curve.law).toEqual([180_591.5, 95_591.5, 10_591.5, 0, 0]);
		// Scenario at 170 000: (55 962 − 42 500) × 4 + 6 487.50 = 60 335.50; at 255 000 (63 750 a person): 0.
		expect(r.curve.scenario[2]).toBeCloseTo(60_335.5, 6);
		expect(r.curve.scenario.slice(3)).toEqual([0, 0]);
	});

	it('explains in Russian with yes / no and decimal commas, and leaves the loaded dataset alone', async () => {
		const r = await calculate(db, family(120_000), { law: LAW, scenario: SCENARIO }, 'ru');
		const text = r.law.steps.map((s) => `${s.label} ${s.text}`).join('\n');
		expect(text).toContain('6 487,50 ₸');
		expect(text).not.toMatch(/\b(true|false|eligible)\b|\d\.\d/);
		// Said again in Kazakh from the same rows: the same values, other words.
		const kk = traceIn(r.law, 'kk');
		expect(kk.map((s) => s.value)).toEqual(r.law.steps.map((s) => s.value));
		expect(kk.find((s) => s.path === 'tsa.eligible')!.text).toBe('АӘК алуға құқығы бар');
		expect(await db.query('SELECT hh_id FROM households')).toEqual([{ hh_id: 'D1' }]);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM persons')).toEqual([{ n: 1 }]);
	});
});

describe('the calculator model', () => {
	it('writes the family as dataset records, varying the first adult wages only', () => {
		const f = family(120_000, (x) => x.members.unshift(newMember(10, 'f')));
		expect(firstEarner(f)).toBe(1);
		const { household, persons } = familyRecords(f, 'x', 7);
		expect(household).toMatchObject({ hh_id: 'x', region: 'turkestan', settlement: 'urban', weight: 1, dwellings_owned: 1 });
		expect(persons.map((p) => [p.person_id, p.age, p.income_wages])).toEqual([
			['x-p1', 10, 0],
			['x-p2', 35, 7],
			['x-p3', 33, 0],
			['x-p4', 8, 0],
			['x-p5', 4, 0]
		]);
	});

	it('names the columns out of the dataset range', () => {
		expect(familyProblems(family(1))).toEqual([]);
		const f = family(-1, (x) => ((x.members[1].age = 130), (x.assets.vehicles_owned = 1.5)));
		expect(familyProblems(f).sort()).toEqual(['age', 'income_wages', 'vehicles_owned']);
		expect(familyProblems({ ...f, members: [] })).toContain('persons');
	});

	it('spans about three lines, more for a large family, in even steps', () => {
		expect(earningsMax(43_526, 1)).toBe(140_000);
		expect(earningsMax(43_526, 4)).toBe(270_000);
		expect(wageSteps(300_000, 4)).toEqual([0, 100_000, 200_000, 300_000]);
	});

	it('applies the scenario to the law of the calculator year', () => {
		const p = calculatorParams(2024, { 'tsa.poverty_line.pm_share': 0.9 });
		expect(p.law['tsa.poverty_line.pm_share']).toBe(0.7);
		expect(p.scenario['tsa.poverty_line.pm_share']).toBe(0.9);
		expect(p.law['indices.mrp']).toBe(3_692);
	});
});
