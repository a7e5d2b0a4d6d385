import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { REGION_CODES, type RegionCode } from '$lib/data/regions';
import type { ParamValues } from '$lib/rules/parameter';
import { simulate } from '$lib/sim/simulate';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { impactFigures, type DecileChange, type ImpactFigures } from './impact';
import { evaluateFixture, LAW } from './views-b.fixture';

// The views-b households (all in Almaty, ПМ 60 000, line 0.7 × 60 000 = 42 000), with no local assistance and a
// social contract kept by 90 % for good (a breach refuses the rest of the year), so a conditional family's
// expected TSA is 0.9 × its amount. No one was notified or applied: take-up is 1.
// Income per capita before assistance (x0): A 0 (10 persons); B (90 000 ÷ 2) 45 000 (20 × 2 = 40 persons, a child
// among them); C 100 000 (30, of pension age); D (200 000 ÷ 2) 100 000 (5 × 2 = 10); E 0 (7; a car and a loan: no TSA).
const noLocal = Object.fromEntries(
	REGION_CODES.flatMap((r) => ['disaster', 'fire', 'tb', 'cancer', 'hiv', 'income'].map((c) => [`local.${r}.${c}_amount_mrp`, 0]))
);
const law: ParamValues = {
	...LAW,
	...noLocal,
	'tsa.conditional.compliance_share': 0.9,
	'tsa.conditional.months_before_break': 0,
	'tsa.conditional.refusal_months': 12
};
let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

async function figures(share: number, region: RegionCode | null = null): Promise<ImpactFigures> {
	const scenario = { ...law, 'tsa.poverty_line.pm_share': share };
	await evaluateFixture(db, law, scenario);
	return impactFigures.sql({ db, tables: EVAL_TABLES }, { region, law, scenario });
}
const decile = (f: ImpactFigures, key: string): DecileChange => f.deciles.find((d) => d.key === key)!;

/** Gini of (persons, income per capita) pairs by the population definition ΣΣ wᵢwⱼ|xᵢ − xⱼ| / (2 W² x̄). */
function gini(people: [number, number][]): number {
	const W = people.reduce((s, [w]) => s + w, 0);
	const mean = people.reduce((s, [w, x]) => s + w * x, 0) / W;
	let d = 0;
	for (const [wa, xa] of people) for (const [wb, xb] of people) d += wa * wb * Math.abs(xa - xb);
	return d / (2 * W * W * mean);
}

describe('impact on poverty and inequality, law against scenario', () => {
	it('the poverty line at the whole ПМ lifts B out of poverty and narrows A’s gap', async () => {
		const f = await figures(1);
		// Before: A, E (income 0) and B (45 000) are below 60 000: 10 + 7 + 40 = 57 persons; gap 10 × 60 000 +
		// 7 × 60 000 + 40 × 15 000 = 1 620 000 a month. The same "before" under the law and the scenario.
		for (const side of [f.law.nation, f.scenario.nation]) {
			expect(side.poor_persons_before).toBe(57);
			expect(side.poverty_gap_before_kzt).toBeCloseTo(1_620_000, 6);
			expect(side.poor_by_age.children.before).toBe(20);
			expect(side.poor_by_age.working_age.before).toBe(37);
			expect(side.poor_by_age.pension_age.before).toBe(0);
			// Groups 17 @ 0, 40 @ 45 000, 40 @ 100 000: ΣΣ = 2 × (17·40·45 000 + 17·40·100 000 + 40·40·55 000) =
			// 373 200 000; 2 W² x̄ = 2 × 97 × 5 800 000 = 1 125 200 000.
			expect(side.gini_before).toBeCloseTo(373_200_000 / 1_125_200_000, 12);
		}
		// Law after: A gets 0.9 × 42 000 = 37 800 (still poor: gap 22 200); B (45 000 > 42 000) and E get nothing.
		expect(f.law.nation.poor_persons_after).toBe(57);
		expect(f.law.nation.poverty_gap_after_kzt).toBeCloseTo(10 * 22_200 + 7 * 60_000 + 40 * 15_000, 6); // 1 242 000
		expect(f.law.nation.gini_after).toBeCloseTo(
			gini([
				[7, 0],
				[10, 37_800],
				[40, 45_000],
				[40, 100_000]
			]),
			12
		);
		// Scenario after (line 60 000): A 0.9 × 60 000 = 54 000 (gap 6 000); B ((60 000 − 45 000) × 2 + 1.5 × 4 325) ×
		// 0.9 = 32 838.75, so (90 000 + 32 838.75) ÷ 2 = 61 419.375 ≥ 60 000: B's 40 persons, its child among them, leave.
		const s = f.scenario.nation;
		expect(s.poor_persons_after).toBe(17);
		expect(s.poverty_gap_after_kzt).toBeCloseTo(10 * 6_000 + 7 * 60_000, 6); // 480 000
		expect(s.poor_by_age).toEqual({
			children: { before: 20, after: 0 },
			working_age: { before: 37, after: 17 },
			pension_age: { before: 0, after: 0 }
		});
		expect(s.gini_after).toBeCloseTo(
			gini([
				[7, 0],
				[10, 54_000],
				[40, 61_419.375],
				[40, 100_000]
			]),
			12
		);
		expect(s.gini_after!).toBeLessThan(f.law.nation.gini_after!);
		expect(f.law.region).toBeNull();
	});

	it('the scenario’s figures are the command line’s for the same scenario', async () => {
		const scenario = { ...law, 'tsa.poverty_line.pm_share': 1 };
		const f = await figures(1);
		const cli = await simulate(db, { name: 'scenario', year: 2026, params: scenario }, { baseline: law });
		expect(f.scenario.nation).toEqual(cli.totals.impact);
	});

	it('winners and losers by decile of income before assistance: everyone who gains, nobody who loses', async () => {
		const f = await figures(1);
		// Person-weighted deciles of x0: A (0, 10 persons) 1; E (0, 7) 1 + ⌊10·10/97⌋ = 2; B (45 000, 40) 1 + ⌊10·17/97⌋
		// = 2; C (100 000, 30) 1 + ⌊10·57/97⌋ = 6; D (100 000, 10) 1 + ⌊10·87/97⌋ = 9.
		// Decile 1: A gains 54 000 − 37 800 = 16 200 on 37 800.
		expect(decile(f, '1')).toMatchObject({ persons: 10, gain_share: 1, lose_share: 0 });
		expect(decile(f, '1').income_change).toBeCloseTo(16_200 / 37_800, 12);
		// Decile 2: E (7 persons) no change, B (40) gains; family incomes weighted by families: law 20 × 90 000 =
		// 1 800 000, scenario 20 × 122 838.75 = 2 456 775.
		expect(decile(f, '2').persons).toBe(47);
		expect(decile(f, '2').gain_share).toBeCloseTo(40 / 47, 12);
		expect(decile(f, '2').income_change).toBeCloseTo(656_775 / 1_800_000, 12);
		expect(decile(f, '6')).toEqual({ key: '6', persons: 30, gain_share: 0, lose_share: 0, income_change: 0 });
		expect(decile(f, '9')).toEqual({ key: '9', persons: 10, gain_share: 0, lose_share: 0, income_change: 0 });
		expect(decile(f, '3')).toEqual({ key: '3', persons: 0, gain_share: 0, lose_share: 0, income_change: null });
		// All: 50 of 97 persons gain; income 6 178 000 → 10 × 54 000 + 2 456 775 + 30 × 100 000 + 5 × 200 000 = 6 996 775.
		expect(decile(f, 'all').persons).toBe(97);
		expect(decile(f, 'all').gain_share).toBeCloseTo(50 / 97, 12);
		expect(decile(f, 'all').income_change).toBeCloseTo((6_996_775 - 6_178_000) / 6_178_000, 12);
		expect(f.deciles.map((d) => d.key)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'all']);
	});

	it('a lower line (30 000) makes A a loser: 0.9 × 30 000 = 27 000 against 37 800', async () => {
		const f = await figures(0.5);
		expect(decile(f, '1')).toMatchObject({ persons: 10, gain_share: 0, lose_share: 1 });
		expect(decile(f, '1').income_change).toBeCloseTo(-10_800 / 37_800, 12);
		expect(decile(f, 'all').lose_share).toBeCloseTo(10 / 97, 12);
		expect(decile(f, 'all').gain_share).toBe(0);
		// A stays poor with a wider gap: 10 × 33 000 + 7 × 60 000 + 40 × 15 000.
		expect(f.scenario.nation.poverty_gap_after_kzt).toBeCloseTo(1_350_000, 6);
	});

	it('with a region focused: its own figures, and only its persons in the national deciles', async () => {
		const almaty = await figures(1, 'almaty');
		expect(almaty.scenario.region).toEqual(almaty.scenario.nation);
		expect(almaty.law.region?.poor_persons_after).toBe(57);
		const astana = await figures(1, 'astana');
		expect(astana.scenario.region).toMatchObject({ poor_persons_before: 0, poor_persons_after: 0, gini_before: null, gini_after: null });
		expect(astana.scenario.nation.poor_persons_after).toBe(17);
		expect(astana.deciles.every((d) => d.persons === 0 && d.income_change === null)).toBe(true);
	});
});
