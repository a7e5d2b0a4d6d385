// The local-assistance figures from the evaluated households' columns equal their SQL, on the fixture and the
// embedded survey, under the law against every shared scenario and against changes of the local rules themselves (a
// region's income threshold switched on, a local amount raised), for several focused regions (some absent from the
// fixture) and none; the columns are read back from SQL's tables and made by the column kernel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { mismatches } from '$lib/fast/testing/close';
import { resolveScenario, type ResolvedScenario } from '$lib/rules/scenario';
import { DATASETS, evaluateBothWays, FOCUS, installFolder, LAW, SCENARIOS } from './evaluated-pairs.fixture';
import { distinctQuarters } from '$lib/sim/year';
import { localAssistanceFigures } from './local-assistance';
import { LOCAL_MULTIPLES, thresholdPath, type LocalAssistanceFigures } from './local-grounds';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

/** Changes of the local rules themselves: thresholds switched on or moved, and amounts changed. */
const LOCAL_SCENARIOS: ResolvedScenario[] = [
	resolveScenario({
		name: 'local income thresholds at 1.5 × ПМ (Turkestan) and 0.8 × ПМ (Astana)',
		year: 2026,
		params: { [thresholdPath('turkestan')]: 1.5, [thresholdPath('astana')]: 0.8 }
	}),
	resolveScenario({
		name: 'local amounts: fire 80 МРП, cancer 40 МРП, housing share 4 % in Turkestan; Astana income payment 12 МРП',
		year: 2026,
		params: {
			'local.turkestan.fire_amount_mrp': 80,
			'local.turkestan.cancer_amount_mrp': 40,
			'local.turkestan.housing_max_income_share': 0.04,
			[thresholdPath('astana')]: 1,
			'local.astana.income_amount_mrp': 12
		}
	})
];

describe.each(DATASETS.map((folder, generation) => [folder, generation] as const))(
	'local assistance from the columns on %s',
	(folder, generation) => {
		beforeAll(() => installFolder(db, folder), 60_000);

		it.each([...SCENARIOS, ...LOCAL_SCENARIOS].map((s) => [s.name, s] as const))(
			'equals SQL under %s, focused on each region and none',
			async (_, scenario) => {
				const both = await evaluateBothWays(db, scenario);
				let helped = 0;
				for (const region of FOCUS) {
					const inputs = { region, year: 2026, params: { baseline: LAW.params, scenario: scenario.params }, generation };
					const sql = await localAssistanceFigures.sql({ db, tables: EVAL_TABLES }, inputs);
					if (region === null) expect(sql).toBeNull();
					else expect(sql?.sweep.map((p) => p.multiple)).toEqual(LOCAL_MULTIPLES);
					for (const [how, households] of Object.entries(both))
						expect(mismatches(localAssistanceFigures.columns(households, inputs), sql), `${how}, ${region}`).toEqual([]);
					helped += sql?.sweep[LOCAL_MULTIPLES.length - 1].total.households ?? 0; // at 3 × ПМ someone is helped
				}
				expect(helped).toBeGreaterThan(0);
			},
			120_000
		);
	}
);

describe('the local changes on the embedded survey', () => {
	beforeAll(() => installFolder(db, 'datasets/embedded'), 60_000);

	/** The figures from the kernel's columns, focused on `region`. */
	const figures = async (scenario: ResolvedScenario, region: 'turkestan' | 'astana') => {
		const inputs = { region, year: 2026, params: { baseline: LAW.params, scenario: scenario.params }, generation: 9 };
		const { kernel } = await evaluateBothWays(db, scenario);
		return localAssistanceFigures.columns(kernel, inputs) as LocalAssistanceFigures;
	};

	it('a threshold switched on helps families the law does not; the sweep passes through the scenario', async () => {
		const f = await figures(LOCAL_SCENARIOS[0], 'turkestan');
		expect(f.law.grounds.income.households).toBe(0);
		expect(f.scenario.grounds.income.households).toBeGreaterThan(0);
		expect(mismatches(f.sweep[5], { ...f.scenario, variant: 5, multiple: 1.5 })).toEqual([]);
	}, 60_000);

	it('equals SQL in a year whose quarters have different laws (2024: four), the threshold owned by the scenario', async () => {
		const { read, kernel } = await evaluateBothWays(db, LAW);
		const law = resolveScenario({ name: 'law 2024', year: 2024, params: {} });
		for (const threshold of [null, 1.25]) {
			const scenario = resolveScenario({
				name: '2024',
				year: 2024,
				params: { [thresholdPath('turkestan')]: threshold, 'local.turkestan.income_amount_mrp': 9 }
			});
			expect(distinctQuarters(2024, scenario.params)).toHaveLength(4);
			const inputs = {
				region: 'turkestan' as const,
				year: 2024,
				params: { baseline: law.params, scenario: scenario.params },
				generation: 10
			};
			const sql = await localAssistanceFigures.sql({ db, tables: EVAL_TABLES }, inputs);
			expect(sql!.sweep[11].grounds.income.households).toBeGreaterThan(0);
			for (const [how, households] of Object.entries({ read, kernel }))
				expect(mismatches(localAssistanceFigures.columns(households, inputs), sql), how).toEqual([]);
		}
	}, 60_000);

	it('a raised amount costs more per family helped', async () => {
		const f = await figures(LOCAL_SCENARIOS[1], 'turkestan');
		const perFamily = (h: { households: number; annual_cost_kzt: number }) => h.annual_cost_kzt / h.households;
		expect(f.scenario.grounds.damage.households).toBe(f.law.grounds.damage.households);
		expect(perFamily(f.scenario.grounds.damage)).toBeGreaterThan(perFamily(f.law.grounds.damage));
	}, 60_000);
});
