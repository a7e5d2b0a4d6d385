import { describe, expect, it } from 'vitest';
import { baselineFor } from '../rules/baseline';
import { quarterParams, quartersNotice, REFERENCE_QUARTER } from '../rules/quarters';
import { resolveScenario } from '../rules/scenario';
import type { Totals } from './result';
import { distinctQuarters, yearFigures, type QuarterFigures } from './year';

function totals(standing: number, cost: number): Totals {
	return {
		tsa: {
			eligible_households: standing,
			eligible_persons: 4 * standing,
			supplemented_children: 0,
			monthly_entitlement_kzt: cost / 12,
			annual_entitlement_kzt: cost,
			expected_households: standing,
			expected_persons: 4 * standing,
			expected_annual_cost_kzt: cost,
			assigned_in_year_households: 1.13 * standing,
			assigned_in_year_persons: 1.13 * 4 * standing
		},
		gap: { notified_households: 1, applied_households: 1, gap_households: 0, unclaimed_annual_kzt: cost / 2 },
		funnel: { notified_households: 0.5, applied_households: 0.25, paid_households: 0.2 },
		local: { eligible_households: 1, annual_cost_kzt: 400 }
	};
}
const quarter = (standing: number, cost: number): QuarterFigures => ({
	totals: totals(standing, cost),
	by_region: { almaty: totals(standing, cost) }
});
const params = baselineFor(2025); // turnover 0.13

describe('a year from its quarters', () => {
	it('is the standing figures × (1 + turnover) when every quarter is the same', () => {
		const q = quarter(100, 1200);
		const year = yearFigures([q, q, q, q], params);
		expect(year.totals.tsa.expected_annual_cost_kzt).toBeCloseTo(1200, 9);
		expect(year.totals.tsa.assigned_in_year_households).toBeCloseTo(113, 9);
		expect(year.totals.tsa.eligible_households).toBe(100);
	});

	it("adds the quarters' costs, keeps the reference quarter's standing figures and counts each rise as entrants", () => {
		const year = yearFigures([quarter(80, 800), quarter(80, 800), quarter(100, 1200), quarter(60, 400)], params);
		expect(year.totals.tsa.expected_annual_cost_kzt).toBeCloseTo((800 + 800 + 1200 + 400) / 4, 9);
		expect(year.totals.gap.unclaimed_annual_kzt).toBeCloseTo((400 + 400 + 600 + 200) / 4, 9);
		expect(year.totals.tsa.eligible_households).toBe(100);
		// 80 at the start, 20 more in the third quarter, turnover on the mean of 80
		expect(year.totals.tsa.assigned_in_year_households).toBeCloseTo(100 + 0.13 * 80, 9);
		expect(year.by_region.almaty.tsa.assigned_in_year_households).toBeCloseTo(100 + 0.13 * 80, 9);
	});
});

describe('the law of each quarter', () => {
	it("is the scenario's own parameters in the reference quarter, and the dated law elsewhere with the scenario's changes", () => {
		const s = resolveScenario({ name: 's', year: 2025, params: { 'tsa.poverty_line.pm_share': 0.9 } });
		const q = quarterParams(2025, s.params);
		expect(q[REFERENCE_QUARTER]).toBe(s.params);
		for (const p of q) expect(p['tsa.poverty_line.pm_share']).toBe(0.9);
		// The loan test by amount applies from 1 September 2025: the fourth quarter only.
		expect(q[3]['tsa.assets.loan_limit_pm_per_member_quarter']).toBe(2);
		expect(q[REFERENCE_QUARTER]['tsa.assets.loan_limit_pm_per_member_quarter']).not.toBe(2);
		// Each quarter has its own previous quarter's ПМ and income; the fourth also the loan test.
		expect(distinctQuarters(2025, s.params).map((d) => d.quarters)).toEqual([[2], [0], [1], [3]]);
	});

	it('is one law all year in 2026, when no later ПМ figure is known', () => {
		expect(distinctQuarters(2026, baselineFor(2026)).map((d) => d.quarters)).toEqual([[2, 0, 1, 3]]);
		expect(quartersNotice(2026)).toBeNull();
	});

	it('says when quarters precede the rulebook (2023, before the Social Code)', () => {
		expect(quartersNotice(2023)).toMatch(/2023-07-01/);
	});
});
