import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { resolveScenario } from '$lib/rules/scenario';
import { simulate } from '$lib/sim/simulate';
import { installTestDataset } from '$lib/sim/testing/dataset';
import { generateHouseholds } from '$lib/sim/testing/generate';
import { frontierFor, queryFrontier } from './frontier';
import { SWEEP_PATH, SWEEP_SHARES } from './sweep';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	const { households, persons } = generateHouseholds(400, 7);
	await installTestDataset(db, households, persons);
});
afterAll(async () => db?.close());

// Observed take-up and a vehicle test, so cost uses take-up and compliance and the errors move with an asset test.
const scenario = resolveScenario({ name: 'frontier', year: 2026, params: { 'takeup.mode': 'observed', 'tsa.assets.max_vehicles': 1 } });

describe('cost–exclusion frontier', () => {
	it('equals simulate’s cost and errors at each share, nationally and in every region', async () => {
		const shares = [0.4, 0.7, 1.25];
		const points = await queryFrontier(db, scenario, shares);
		for (const share of shares) {
			const sim = await simulate(db, { ...scenario, params: { ...scenario.params, [SWEEP_PATH]: share } });
			const nat = points.find((p) => p.region === null && p.share === share)!;
			expect(nat.expected_annual_cost_kzt).toBeCloseTo(sim.totals.tsa.expected_annual_cost_kzt, 4);
			expect(nat.annual_entitlement_kzt).toBeCloseTo(sim.totals.tsa.annual_entitlement_kzt, 4);
			expect(nat.exclusion_error).toBeCloseTo(sim.totals.targeting!.exclusion_error!, 12);
			expect(nat.inclusion_error).toBeCloseTo(sim.totals.targeting!.inclusion_error!, 12);
			for (const p of points.filter((x) => x.share === share && x.region !== null)) {
				const t = sim.by_region[p.region!].targeting!;
				expect(p.exclusion_error ?? -1).toBeCloseTo(t.exclusion_error ?? -1, 12);
				expect(p.expected_annual_cost_kzt).toBeCloseTo(sim.by_region[p.region!].tsa.expected_annual_cost_kzt, 4);
			}
		}
	});

	it('has the sweep’s 23 points; a higher line costs more and leaves fewer poor out', async () => {
		const nat = frontierFor(await queryFrontier(db, scenario), null);
		expect(nat.map((p) => p.share)).toEqual([...SWEEP_SHARES]);
		expect(nat[22].expected_annual_cost_kzt).toBeGreaterThan(nat[0].expected_annual_cost_kzt);
		expect(nat[22].exclusion_error!).toBeLessThan(nat[0].exclusion_error!);
		for (let i = 1; i < nat.length; i++) expect(nat[i].exclusion_error!).toBeLessThanOrEqual(nat[i - 1].exclusion_error! + 1e-12);
	});
});
