import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { REGION_CODES } from '$lib/data/regions';
import { parameterAt } from '$lib/rules/baseline';
import { valueProblem } from '$lib/rules/parameter';
import { resolveScenario } from '$lib/rules/scenario';
import { simulate } from '$lib/sim/simulate';
import { installTestDataset } from '$lib/sim/testing/dataset';
import { generateHouseholds } from '$lib/sim/testing/generate';
import { effectVariants, errorDelta, onValue, queryTestEffects, TEST_SWITCHES } from './test-effects';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	const { households, persons } = generateHouseholds(400, 11);
	await installTestDataset(db, households, persons);
});
afterAll(async () => db?.close());

// The 2026 law refuses loans; the scenario also refuses any car and raises the line.
const scenario = resolveScenario({ name: 'tests', year: 2026, params: { 'tsa.assets.max_vehicles': 0, 'tsa.poverty_line.pm_share': 0.9 } });

describe('asset and spending test effects', () => {
	it('switches each test with a value its parameter accepts, the scenario’s own when it has the test on', () => {
		for (const sw of TEST_SWITCHES) {
			const param = parameterAt(sw.path)!;
			expect(valueProblem(param, sw.on)).toBeNull();
			expect(valueProblem(param, sw.off)).toBeNull();
		}
		const vehicle = TEST_SWITCHES.find((s) => s.test === 'vehicle')!;
		expect(onValue(vehicle, scenario.params)).toBe(0);
		expect(onValue(vehicle, { ...scenario.params, 'tsa.assets.max_vehicles': null })).toBe(1);
		const variants = effectVariants(scenario);
		expect(variants).toHaveLength(1 + TEST_SWITCHES.length);
		expect(variants[0].params['tsa.assets.non_mortgage_loan_excludes']).toBe(false);
		expect(variants[0].params['tsa.poverty_line.pm_share']).toBe(0.9);
		expect(variants[1].params['tsa.assets.non_mortgage_loan_excludes']).toBe(true);
		expect(variants[1].params['tsa.assets.max_vehicles']).toBeNull();
	});

	it('equals simulate for every test alone and for none, nationally and by region', async () => {
		const effects = (await queryTestEffects(db, scenario))!;
		expect(effects).toHaveLength(TEST_SWITCHES.length * (1 + REGION_CODES.length));
		const variants = effectVariants(scenario);
		const none = await simulate(db, variants[0]);
		for (const [i, sw] of TEST_SWITCHES.entries()) {
			const sim = await simulate(db, variants[i + 1]);
			const nat = effects.find((e) => e.test === sw.test && e.region === null)!;
			expect(nat.inclusion_error).toBeCloseTo(sim.totals.targeting!.inclusion_error!, 12);
			expect(nat.exclusion_error).toBeCloseTo(sim.totals.targeting!.exclusion_error!, 12);
			expect(nat.none.exclusion_error).toBeCloseTo(none.totals.targeting!.exclusion_error!, 12);
			const almaty = effects.find((e) => e.test === sw.test && e.region === 'almaty');
			if (almaty) expect(almaty.exclusion_error ?? -1).toBeCloseTo(sim.by_region.almaty.targeting!.exclusion_error ?? -1, 12);
		}
		// A test can only remove eligible households: the poor left out never fall.
		for (const e of effects.filter((x) => x.region === null))
			expect(errorDelta(e.exclusion_error, e.none.exclusion_error)!).toBeGreaterThanOrEqual(0);
	});

	it('has no change when either side is unknown', () => {
		expect(errorDelta(0.3, 0.1)).toBeCloseTo(0.2, 12);
		expect(errorDelta(null, 0.1)).toBeNull();
		expect(errorDelta(0.1, null)).toBeNull();
	});
});
