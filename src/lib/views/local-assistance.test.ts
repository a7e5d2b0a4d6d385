import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { baselineFor } from '$lib/rules/baseline';
import type { ParamValues } from '$lib/rules/parameter';
import { simulate } from '$lib/sim/simulate';
import { installTestDataset, type TestHousehold, type TestPerson } from '$lib/sim/testing/dataset';
import { chunks, inChunks } from './chunked';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { LOCAL_MULTIPLES, localAssistance, localAssistanceFigures, thresholdPath } from './local-assistance';

// The law of 2026: ПМ 50 851 ₸, МРП 4 325 ₸; Almaty's local rules at their defaults (income payment 7 МРП = 30 275 ₸,
// fire 50 МРП = 216 250 ₸, cancer 26 МРП = 112 450 ₸, housing: costs within 9 100 ₸ a member above 10 % of income,
// for families under 1 × ПМ a head). The income test is off by law.
const LAW: ParamValues = baselineFor(2026);
const PM = 50_851;
const MRP = 4_325;
const PATH = thresholdPath('almaty');
const at = (m: number | null): ParamValues => ({ ...LAW, [PATH]: m });

const H = (hh_id: string, weight: number, extra: Partial<TestHousehold> = {}): TestHousehold => ({
	hh_id,
	region: 'almaty',
	settlement: 'urban',
	weight,
	dwellings_owned: 1,
	vehicles_owned: 0,
	...extra
});
/**
 * A: lone adult, no income, housing costs 20 000 (9 100 counted). B: adult + child, wages 90 000 (45 000 a head).
 * C: pensioner, 100 000. D: worker 200 000 + child, fire damage (100 000 a head). E: worker 300 000 with cancer.
 * F: in Astana, no income (never counted for Almaty).
 */
const HOUSEHOLDS: TestHousehold[] = [
	H('A', 10, { housing_costs_monthly: 20_000 }),
	H('B', 20),
	H('C', 30),
	H('D', 5, { fire_damage: true }),
	H('E', 7),
	H('F', 100, { region: 'astana' })
];
const PERSONS: TestPerson[] = [
	{ person_id: 'a1', hh_id: 'A', age: 30, sex: 'f' },
	{ person_id: 'b1', hh_id: 'B', age: 30, sex: 'f', income_wages: 90_000 },
	{ person_id: 'b2', hh_id: 'B', age: 3, sex: 'm' },
	{ person_id: 'c1', hh_id: 'C', age: 70, sex: 'm', income_pension: 100_000 },
	{ person_id: 'd1', hh_id: 'D', age: 35, sex: 'f', income_wages: 200_000 },
	{ person_id: 'd2', hh_id: 'D', age: 8, sex: 'm' },
	{ person_id: 'e1', hh_id: 'E', age: 45, sex: 'm', income_wages: 300_000, ssd: 'cancer' },
	{ person_id: 'f1', hh_id: 'F', age: 30, sex: 'm' }
];

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installTestDataset(db, HOUSEHOLDS, PERSONS);
});
afterAll(async () => db?.close());

const HOUSING_A = 12 * 9_100; // no income: the whole counted costs, a year
const INCOME = 7 * MRP;

describe('local assistance of a region, by ground', () => {
	it('under the law (no income test): housing for A, fire for D, cancer for E', async () => {
		const f = (await localAssistance(db, { region: 'almaty', year: 2026, params: { baseline: LAW, scenario: at(1) } }, []))!;
		expect(f.law.grounds.income).toEqual({ households: 0, annual_cost_kzt: 0 });
		expect(f.law.grounds.housing.households).toBe(10);
		expect(f.law.grounds.housing.annual_cost_kzt).toBeCloseTo(10 * HOUSING_A, 4);
		expect(f.law.grounds.damage).toEqual({ households: 5, annual_cost_kzt: 5 * 50 * MRP });
		expect(f.law.grounds.disease).toEqual({ households: 7, annual_cost_kzt: 7 * 26 * MRP });
		expect(f.law.total.households).toBe(22);
		expect(f.law.total.annual_cost_kzt).toBeCloseTo(10 * HOUSING_A + 5 * 50 * MRP + 7 * 26 * MRP, 4);
	});

	it('the income test at 1 × ПМ (50 851) takes A (0) and B (45 000), not C (100 000); A counts once in all', async () => {
		const f = (await localAssistance(db, { region: 'almaty', year: 2026, params: { baseline: LAW, scenario: at(1) } }, []))!;
		expect(f.scenario.grounds.income).toEqual({ households: 30, annual_cost_kzt: 30 * INCOME });
		expect(f.scenario.total.households).toBe(20 + 22);
		expect(f.scenario.total.annual_cost_kzt).toBeCloseTo(f.law.total.annual_cost_kzt + 30 * INCOME, 4);
	});

	it('sweeps the threshold: C and D (100 000 a head) come in at 2 × ПМ (101 702), not at 1.75 (88 989); B is out below 1 × ПМ', async () => {
		const f = (await localAssistance(db, { region: 'almaty', year: 2026, params: { baseline: LAW, scenario: at(null) } }))!;
		expect(f.sweep.map((p) => p.multiple)).toEqual(LOCAL_MULTIPLES);
		const point = (m: number) => f.sweep.find((p) => p.multiple === m)!.grounds.income.households;
		expect(point(0.75)).toBe(10); // 38 138: A only
		expect(point(1)).toBe(30);
		expect(point(1.75)).toBe(30);
		expect(point(2)).toBe(65);
		expect(point(3)).toBe(65); // 152 553: E's 300 000 stays out
		expect(0.75 * PM).toBeLessThan(45_000);
	});

	it('equals simulate’s local figures for the region at the scenario and along the sweep', async () => {
		for (const m of [0.5, 1, 2.5]) {
			const f = (await localAssistance(db, { region: 'almaty', year: 2026, params: { baseline: LAW, scenario: at(m) } }, [m]))!;
			const sim = await simulate(db, { name: 's', year: 2026, params: at(m) });
			expect(f.scenario.total.households).toBeCloseTo(sim.by_region.almaty.local.eligible_households, 6);
			expect(f.scenario.total.annual_cost_kzt).toBeCloseTo(sim.by_region.almaty.local.annual_cost_kzt, 4);
			expect(f.sweep[0].total).toEqual(f.scenario.total);
		}
	});

	it('keeps its answer while only rules it does not read move (a TSA share), not when a local one does', async () => {
		const ask = (scenario: ParamValues) =>
			localAssistanceFigures.sql(
				{ db, tables: EVAL_TABLES },
				{ region: 'almaty', year: 2026, params: { baseline: LAW, scenario }, generation: 1 }
			);
		const first = await ask(at(1));
		expect(await ask({ ...at(1), 'tsa.poverty_line.pm_share': 0.9 })).toBe(first);
		const moved = await ask(at(2));
		expect(moved).not.toBe(first);
		expect(moved!.scenario.grounds.income.households).toBe(65);
	});

	it('asks nothing without a focused region', async () => {
		expect(await localAssistance(db, { region: null, year: 2026, params: { baseline: LAW, scenario: LAW } })).toBeNull();
	});
});

describe('chunks', () => {
	it('splits a grid into runs and stops when a run is superseded', async () => {
		expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
		expect(() => chunks([1], 0)).toThrow();
		expect(await inChunks([1, 2, 3], 2, async (c) => c.map((x) => x * 10))).toEqual([10, 20, 30]);
		expect(await inChunks([1, 2, 3], 2, async (c) => (c[0] === 3 ? null : c))).toBeNull();
	});
});
