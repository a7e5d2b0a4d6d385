import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { installDataset } from '$lib/data/dataset';
import { readDatasetFolder } from '$lib/data/load-folder-node';
import { resolveScenario } from '$lib/rules/scenario';
import { simulate } from '$lib/sim/simulate';
import { pointsFor, querySweep, sweepKey, sweepSeries, SWEEP_PATH, SWEEP_SHARES, type SweepPoint } from './sweep';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('tests/fixtures/good'));
});
afterAll(async () => db?.close());

// Observed take-up and a loan test make the sum use take-up, compliance and an asset test, not only the line; the
// median term is off so that the swept share alone sets the line (the official median would floor it at low shares).
const scenario = resolveScenario({
	name: 'sweep test',
	year: 2026,
	params: { [SWEEP_PATH]: 0.85, 'takeup.mode': 'observed', 'tsa.assets.max_vehicles': 0, 'tsa.poverty_line.median_share': 0 }
});

describe('threshold sweep', () => {
	it('has 23 shares from 0.40 to 1.50, with the law’s 0.7 exactly on the grid', () => {
		expect(SWEEP_SHARES).toHaveLength(23);
		expect(SWEEP_SHARES[0]).toBe(0.4);
		expect(SWEEP_SHARES[22]).toBe(1.5);
		expect(SWEEP_SHARES).toContain(0.7);
		expect(SWEEP_SHARES).toContain(0.85);
	});

	it('equals simulate at every share, nationally and in every region', async () => {
		const points = await querySweep(db, scenario);
		expect(pointsFor(points, null)).toHaveLength(23);
		for (const share of SWEEP_SHARES) {
			const sim = await simulate(db, { ...scenario, params: { ...scenario.params, [SWEEP_PATH]: share } });
			const nat = points.find((p) => p.region === null && p.share === share)!;
			expect(nat.expected_annual_cost_kzt).toBeCloseTo(sim.totals.tsa.expected_annual_cost_kzt, 4);
			expect(nat.annual_entitlement_kzt).toBeCloseTo(sim.totals.tsa.annual_entitlement_kzt, 4);
			expect(nat.eligible_persons).toBeCloseTo(sim.totals.tsa.eligible_persons, 6);
			expect(nat.weighted_persons).toBeCloseTo(sim.dataset.weighted_persons, 6);
			for (const p of points.filter((x) => x.share === share && x.region !== null)) {
				expect(p.expected_annual_cost_kzt).toBeCloseTo(sim.by_region[p.region!].tsa.expected_annual_cost_kzt, 4);
				expect(p.eligible_persons).toBeCloseTo(sim.by_region[p.region!].tsa.eligible_persons, 6);
			}
		}
	});

	it('grows with the line: more eligible persons and more cost at 1.50 than at 0.40', async () => {
		const nat = pointsFor(await querySweep(db, scenario), null);
		expect(nat[22].eligible_persons).toBeGreaterThan(nat[0].eligible_persons);
		expect(nat[22].annual_entitlement_kzt).toBeGreaterThan(nat[0].annual_entitlement_kzt);
		for (let i = 1; i < nat.length; i++) expect(nat[i].annual_entitlement_kzt).toBeGreaterThanOrEqual(nat[i - 1].annual_entitlement_kzt);
	});

	it('keys the cache on everything but the swept share', () => {
		const other = { ...scenario, params: { ...scenario.params, [SWEEP_PATH]: 0.5 } };
		expect(sweepKey(other, 1)).toBe(sweepKey(scenario, 1));
		expect(sweepKey(scenario, 2)).not.toBe(sweepKey(scenario, 1));
		const loan = { ...scenario, params: { ...scenario.params, 'tsa.assets.non_mortgage_loan_excludes': false } };
		expect(sweepKey(loan, 1)).not.toBe(sweepKey(scenario, 1));
	});
});

describe('the sweep’s cost chart', () => {
	const point = (share: number, expected: number, full: number): SweepPoint => ({
		share,
		region: null,
		expected_annual_cost_kzt: expected,
		annual_entitlement_kzt: full,
		eligible_persons: 0,
		weighted_persons: 0,
		coverage: 0
	});
	const points = [point(0.5, 10, 40), point(0.55, 12, 50)];
	const labels = { expected: 'Expected', full: 'Full', budget: 'Budget' };

	it('draws the expected cost and the full entitlement at each share, labelled, with the budget line', () => {
		const chart = sweepSeries(points, labels, 45);
		expect(chart.xs).toEqual([0.5, 0.55]);
		expect(chart.series.map((s) => [s.key, s.label, s.values])).toEqual([
			['expected_annual_cost_kzt', 'Expected', [10, 12]],
			['annual_entitlement_kzt', 'Full', [40, 50]]
		]);
		expect(chart.extent).toEqual([
			{ x: 0.5, y: 10 },
			{ x: 0.5, y: 40 },
			{ x: 0.55, y: 12 },
			{ x: 0.55, y: 50 }
		]);
		expect(chart.hline).toEqual({ y: 45, label: 'Budget' });
	});

	it('has no budget line without a budget, and nothing to draw without points', () => {
		expect(sweepSeries(points, labels, null).hline).toBeNull();
		const empty = sweepSeries([], labels, 45);
		expect([empty.xs, empty.extent, ...empty.series.map((s) => s.values)]).toEqual([[], [], [], []]);
	});
});
