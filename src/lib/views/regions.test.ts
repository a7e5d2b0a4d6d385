import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '$lib/data/regions';
import type { SimulationResult, Totals } from '$lib/sim/result';
import { MEASURE_PROGRAMME, REGION_MEASURES, regionRows } from './regions';

/** A result whose every region has TSA and local figures made from its index `k`. */
function result(scale: number): SimulationResult {
	const totals = (k: number): Totals =>
		({
			tsa: { eligible_persons: 10 * k, expected_annual_cost_kzt: 1000 * k * scale },
			gap: { gap_households: 3 * k },
			local: { eligible_households: (20 - k) * scale, annual_cost_kzt: 500 * (20 - k) * scale }
		}) as Totals;
	return { by_region: Object.fromEntries(REGION_CODES.map((r, k) => [r, totals(k + 1)])) } as unknown as SimulationResult;
}

describe('the regions view’s measures', () => {
	it('colours by local assistance as well as TSA, each measure with its programme', () => {
		expect(REGION_MEASURES.filter((m) => MEASURE_PROGRAMME[m] === 'local')).toEqual(['local_cost', 'local_households']);
		const rows = regionRows(result(1), result(2), 'local_cost', () => 100);
		expect(rows).toHaveLength(20);
		expect(rows[0]).toEqual({ region: REGION_CODES[0], baseline: 500 * 19, scenario: 500 * 19 * 2 });
		const helped = regionRows(result(1), result(1), 'local_households', () => 100);
		expect(helped.map((r) => r.scenario)).toEqual([...helped.map((r) => r.scenario)].sort((a, b) => b - a));
		expect(helped.at(-1)).toEqual({ region: REGION_CODES[19], baseline: 0, scenario: 0 });
	});

	it('keeps the TSA measures as they were', () => {
		const rows = regionRows(result(1), result(1), 'coverage', () => 100);
		expect(rows[0]).toEqual({ region: REGION_CODES[19], baseline: 2, scenario: 2 });
		expect(regionRows(result(1), result(1), 'expected_cost', () => 1)[0].scenario).toBe(20_000);
	});
});
