import { describe, expect, it } from 'vitest';
import { provenance } from './provenance';
import { resolveScenario } from './scenario';

describe('provenance', () => {
	const scenario = resolveScenario({ name: 't', year: 2026, params: { 'tsa.poverty_line.pm_share': 0.8 } });
	const p = provenance(scenario);

	it('covers every parameter of the scenario, each with a status and at least one source address', () => {
		expect(Object.keys(p).sort()).toEqual(Object.keys(scenario.params).sort());
		for (const [path, v] of Object.entries(p)) {
			expect(['exact', 'approximate', 'assumption', 'scenario'], path).toContain(v.status);
			expect(v.references.length, path).toBeGreaterThan(0);
			for (const r of v.references) expect(r.href, path).toMatch(/^https?:\/\//);
		}
	});

	it("marks the user's overrides as scenario values and dates the law's", () => {
		expect(p['tsa.poverty_line.pm_share']).toMatchObject({ status: 'scenario', from: null });
		expect(p['tsa.poverty_line.median_share'].from).toBe('2025-01-01');
		expect(p['tsa.assets.non_mortgage_loan_excludes']).toMatchObject({ from: '2025-09-01' });
	});
});
