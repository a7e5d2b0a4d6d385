import { describe, expect, it } from 'vitest';
import { parameterAt } from '$lib/rules/baseline';
import { formatValue, sliderBounds, statusIn, switchOnValue } from './param-values';

const p = (path: string) => parameterAt(path)!;
const F = { number: (v: number, d = 0) => v.toFixed(d), percent: (s: number) => `${(s * 100).toFixed(0)} %` };
const W = { yes: 'yes', no: 'no', none: 'no test', perMonth: '/month' };

describe('parameter values in the panel', () => {
	it('takes slider bounds from the metadata range, falling back to the hard bounds', () => {
		expect(sliderBounds(p('tsa.poverty_line.pm_share'))).toEqual({ min: 0, max: 1.5, step: 0.01 });
		expect(sliderBounds(p('tsa.assets.max_vehicles'))).toEqual({ min: 0, max: 5, step: 1 });
		expect(sliderBounds(p('local.abai.income_amount_mrp'))).toEqual({ min: 0, max: 100, step: 1 });
		expect(() => sliderBounds(p('takeup.mode'))).toThrow(/not a number/);
	});

	it('reads the status of the dated entry in effect, not only the headline status', () => {
		// indices.mrp is approximate, but its 2023 entry is quoted from egov.kz (exact).
		expect(statusIn(p('indices.mrp'), 2023)).toBe('exact');
		expect(statusIn(p('indices.mrp'), 2026)).toBe('approximate');
		expect(statusIn(p('tsa.conditional.compliance_share'), 2026)).toBe('assumption');
	});

	it('switches a test on at the last value, then its sourced start, then the history, then mid-range', () => {
		expect(switchOnValue(p('tsa.assets.max_vehicles'), 2)).toBe(2);
		// 2020 practice refused families with a car: the history's last number is 0.
		expect(switchOnValue(p('tsa.assets.max_vehicles'), null)).toBe(0);
		// deposits have no numeric history: the middle of 0–1000 in steps of 10.
		expect(switchOnValue(p('tsa.assets.max_deposits_mrp'), null)).toBe(500);
		// the local income test starts at its sourced 1 × ПМ, not the middle of its 0–5 slider.
		expect(switchOnValue(p('local.abai.income_threshold_pm_multiple'), null)).toBe(1);
		expect(switchOnValue(p('local.abai.income_threshold_pm_multiple'), 1.5)).toBe(1.5);
	});

	it('formats values with their units', () => {
		expect(formatValue(p('tsa.poverty_line.pm_share'), 0.7, F, W)).toBe('70 %');
		expect(formatValue(p('indices.pm'), 50851, F, W)).toBe('50851 ₸/month');
		expect(formatValue(p('tsa.child_supplement.mrp_per_child'), 1.5, F, W)).toBe('1.50 МРП');
		expect(formatValue(p('tsa.child_supplement.mrp_per_child'), 1.5, F, { ...W, mrp: 'АЕК' })).toBe('1.50 АЕК');
		expect(formatValue(p('local.abai.income_threshold_pm_multiple'), 2.5, F, { ...W, pm: 'ЕТКД' })).toBe('2.50 × ЕТКД');
		expect(formatValue(p('tsa.assets.max_vehicles'), null, F, W)).toBe('no test');
		expect(formatValue(p('tsa.assets.non_mortgage_loan_excludes'), true, F, W)).toBe('yes');
	});
});
