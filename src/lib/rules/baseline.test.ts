import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import { baselineFor, lawAt, listPaths, parameterAt, SUPPORTED_YEARS } from './baseline';
import { valueProblem } from './parameter';
import { PARAMETERS } from './parameters/index';

type Kind = 'number' | 'integer' | 'boolean' | 'enum';
const CONTRACT: [string, Kind, boolean][] = [
	['indices.pm', 'number', false],
	['indices.mrp', 'number', false],
	...REGION_CODES.map((r): [string, Kind, boolean] => [`indices.pm_regional.${r}`, 'number', false]),
	['tsa.poverty_line.pm_share', 'number', false],
	['tsa.poverty_line.median_share', 'number', false],
	['tsa.child_supplement.mrp_per_child', 'number', false],
	['tsa.assets.non_mortgage_loan_excludes', 'boolean', false],
	['tsa.assets.loan_limit_pm_per_member_quarter', 'number', true],
	['tsa.assets.max_vehicles', 'integer', true],
	['tsa.assets.max_dwellings', 'integer', true],
	['tsa.assets.max_deposits_mrp', 'number', true],
	['takeup.mode', 'enum', false]
];

const LOCAL_FIELDS = [
	'income_threshold_pm_multiple',
	'income_amount_mrp',
	'disaster_amount_mrp',
	'fire_amount_mrp',
	'tb_amount_mrp',
	'tb_monthly',
	'tb_months',
	'cancer_amount_mrp',
	'hiv_amount_mrp',
	'housing_assistance',
	'housing_max_income_share',
	'housing_income_ceiling_pm_multiple'
];
const VOCABULARY = [
	'indices.min_wage',
	'indices.pension_age.men',
	'indices.pension_age.women',
	'tsa.poverty_line.median_scope',
	...['wages', 'business', 'pension', 'benefits', 'alimony', 'property', 'farm', 'benefits_excluded'].map((t) => `tsa.income.counted.${t}`),
	'tsa.child_supplement.min_age',
	'tsa.child_supplement.max_age',
	'tsa.able_bodied.min_age',
	'tsa.able_bodied.student_max_age',
	'tsa.able_bodied.elderly_care_age',
	'tsa.conditional.refusal_months',
	'tsa.conditional.months_before_break',
	'tsa.conditional.compliance_share',
	'tsa.assets.vehicle_exception_large_family',
	'tsa.assets.large_family_min_children',
	'tsa.assets.vehicle_exception_disabled_child',
	'tsa.assets.max_land_plots',
	'tsa.spending.max_card_spending_line_share',
	...REGION_CODES.flatMap((r) => LOCAL_FIELDS.map((f) => `local.${r}.${f}`)),
	'takeup.observed_min_cell_households',
	'budget.tsa_annual_kzt'
];

describe('parameter vocabulary', () => {
	it.each(CONTRACT)('contract path %s exists as %s (nullable: %s)', (path, type, nullable) => {
		const p = parameterAt(path);
		expect(p, path).toBeDefined();
		expect(p!.kind.type).toBe(type);
		expect(p!.kind.nullable).toBe(nullable);
	});
	it('has every path of the shared vocabulary, and no duplicates', () => {
		const paths = listPaths();
		for (const path of VOCABULARY) expect(paths, path).toContain(path);
		expect(new Set(paths).size).toBe(paths.length);
		expect(parameterAt('takeup.mode')!.kind).toMatchObject({ options: ['full', 'observed'] });
		expect(parameterAt('tsa.poverty_line.median_scope')!.kind).toMatchObject({ options: ['region', 'national'] });
	});
	it('gives every parameter a label, a reference with an address, a status and well-formed dated values', () => {
		for (const p of PARAMETERS) {
			expect(p.label.en && p.label.ru && p.label.kk, p.path).toBeTruthy();
			expect(p.references.length, p.path).toBeGreaterThan(0);
			for (const r of p.references) expect(r.href, p.path).toMatch(/^https?:\/\/\S+$/);
			expect(['exact', 'approximate', 'assumption']).toContain(p.status);
			for (const v of p.values) {
				expect(v.from, p.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(valueProblem(p, v.value), p.path).toBeNull();
			}
			if (p.range) expect(p.range.min < p.range.max && (p.step ?? 0) > 0, p.path).toBe(true);
		}
	});
	it('says "assumption" in the description of assumed values', () => {
		for (const p of PARAMETERS.filter((q) => q.status === 'assumption')) expect(p.description, p.path).toMatch(/assum/i);
	});
});

describe('baselineFor', () => {
	it('gives every path a value in every supported year', () => {
		for (const year of SUPPORTED_YEARS) expect(Object.keys(baselineFor(year))).toEqual(listPaths());
	});
	it('refuses years without a baseline with a clear message', () => {
		expect(() => baselineFor(2022)).toThrow('No baseline for year 2022: supported years are 2023, 2024, 2025, 2026');
		expect(() => baselineFor(2027)).toThrow(/supported years/);
		expect(() => baselineFor(2025.5)).toThrow(/supported years/);
	});
	it('turns the non-mortgage loan refusal on from September 2025: off in 2025, on in 2026', () => {
		expect(baselineFor(2025)['tsa.assets.non_mortgage_loan_excludes']).toBe(false);
		expect(baselineFor(2026)['tsa.assets.non_mortgage_loan_excludes']).toBe(true);
	});
	it('refuses loans by amount from September 2025: over 2 regional ПМ per member per quarter, no limit before', () => {
		for (const year of [2023, 2024, 2025]) expect(baselineFor(year)['tsa.assets.loan_limit_pm_per_member_quarter']).toBeNull();
		expect(baselineFor(2026)['tsa.assets.loan_limit_pm_per_member_quarter']).toBe(2);
	});
	it('adds the median term to the poverty line from 2025 (Order 473), keeping 70 % of ПМ', () => {
		for (const year of [2023, 2024]) expect(baselineFor(year)['tsa.poverty_line.median_share']).toBe(0);
		for (const year of [2025, 2026]) expect(baselineFor(year)['tsa.poverty_line.median_share']).toBe(0.35);
		for (const year of SUPPORTED_YEARS) expect(baselineFor(year)['tsa.poverty_line.pm_share']).toBe(0.7);
	});
	it('reads the indices of each budget law', () => {
		expect([2023, 2024, 2025, 2026].map((y) => baselineFor(y)['indices.mrp'])).toEqual([3450, 3692, 3932, 4325]);
		expect([2023, 2024, 2025, 2026].map((y) => baselineFor(y)['indices.pm'])).toEqual([40567, 43407, 46228, 50851]);
		// The line of 1 July uses the previous quarter's ПМ: May 2025, between the August 2024 and August 2025 figures.
		expect(baselineFor(2025)['indices.pm_regional.mangystau']).toBe(Math.round(66_687 + (273 / 365) * (73_276 - 66_687)));
		expect(baselineFor(2025)['indices.pm_regional.atyrau']).toBe(Math.round(55_731 + (273 / 365) * (62_180 - 55_731)));
		// From 1 October 2025 the line uses the August 2025 figure itself.
		expect(lawAt('2025-10-01').values['indices.pm_regional.mangystau']).toBe(73276);
		expect(baselineFor(2026)['tsa.child_supplement.mrp_per_child']).toBe(1.5);
		expect(baselineFor(2026)['local.west_kazakhstan.tb_monthly']).toBe(true);
		expect(baselineFor(2026)['local.astana.tb_monthly']).toBe(false);
	});
	it('returns a frozen object', () => {
		const base = baselineFor(2026) as Record<string, unknown>;
		expect(Object.isFrozen(base)).toBe(true);
		expect(() => {
			base['indices.mrp'] = 1;
		}).toThrow(TypeError);
		expect(baselineFor(2026)['indices.mrp']).toBe(4325);
	});
});
