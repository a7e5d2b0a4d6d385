import { describe, expect, it } from 'vitest';
import { baselineFor } from '../rules/baseline';
import type { ParamValue } from '../rules/parameter';
import { fastPathSupported, inStructure, isFastParam, structureKey, structureOf } from './structure';

const base = baselineFor(2026);
const key = (p: Record<string, unknown>, baseline = base) => structureKey({ ...base, ...p } as typeof base, baseline);

describe('structureKey', () => {
	it('ignores the fast sliders', () => {
		// Loans by the yes/no column (no limit), so that the regional ПМ is a slider too (see below).
		const byYesNo = { 'tsa.assets.loan_limit_pm_per_member_quarter': null };
		expect(
			key({
				...byYesNo,
				'tsa.poverty_line.pm_share': 1.1,
				'tsa.poverty_line.median_share': 0,
				'indices.pm_regional.turkestan': 90_000,
				'indices.mrp': 5_000,
				'tsa.child_supplement.mrp_per_child': 3,
				'tsa.conditional.compliance_share': 0.2,
				'tsa.conditional.refusal_months': 3,
				'tsa.conditional.months_before_break': 0,
				'tsa.caseload.turnover': 0.3,
				'tsa.poverty_line.median_income.karaganda': 200_000,
				'tsa.poverty_line.median_income.national': 50_000
			})
		).toBe(key(byYesNo));
	});
	it('changes with an asset test, counted income, supplement ages or take-up mode', () => {
		for (const p of [
			{ 'tsa.assets.max_vehicles': 1 },
			{ 'tsa.income.counted.pension': false },
			{ 'tsa.child_supplement.max_age': 7 },
			{ 'takeup.mode': 'observed' },
			{ 'tsa.poverty_line.median_scope': 'national' },
			{ 'tsa.poverty_line.median_source': 'dataset' }
		])
			expect(key(p)).not.toBe(key({}));
	});
	it('treats МРП as structure while the deposit limit (in МРП) is on', () => {
		const on = { 'tsa.assets.max_deposits_mrp': 200 };
		expect(isFastParam('indices.mrp', base)).toBe(true);
		expect(isFastParam('indices.mrp', { ...base, ...on })).toBe(false);
		expect(key({ ...on, 'indices.mrp': 5_000 })).not.toBe(key(on));
	});
	it('treats each region’s ПМ as structure while loans refuse by amount (the limit is in regional ПМ)', () => {
		const pm = { 'indices.pm_regional.abai': 70_000 };
		expect(isFastParam('indices.pm_regional.abai', base)).toBe(false);
		expect(key(pm)).not.toBe(key({}));
		const offs: Record<string, ParamValue>[] = [
			{ 'tsa.assets.loan_limit_pm_per_member_quarter': null },
			{ 'tsa.assets.non_mortgage_loan_excludes': false }
		];
		for (const off of offs) {
			expect(isFastParam('indices.pm_regional.abai', { ...base, ...off })).toBe(true);
			expect(key({ ...off, ...pm })).toBe(key(off));
		}
		expect(isFastParam('indices.pm_regional.abai', baselineFor(2025))).toBe(true);
	});
	it("includes the baseline in either take-up mode (the card's rates are learnt under it even at full take-up)", () => {
		const other = { ...base, 'tsa.poverty_line.pm_share': 0.9 };
		expect(key({}, other)).not.toBe(key({}));
		expect(key({ 'takeup.mode': 'observed' }, other)).not.toBe(key({ 'takeup.mode': 'observed' }));
	});
	it('has no fast path while the spending test is on', () => {
		expect(fastPathSupported(base)).toBe(true);
		expect(fastPathSupported({ ...base, 'tsa.spending.max_card_spending_line_share': 1 })).toBe(false);
	});
	it('derives again when a structural value changes, and not when only a slider moves', () => {
		const on = { ...base, 'tsa.assets.max_deposits_mrp': 200 };
		expect(isFastParam('indices.mrp', { ...base, 'indices.mrp': 1 })).toBe(true);
		expect(isFastParam('indices.mrp', { ...on, 'indices.mrp': 1 })).toBe(false);
		expect(isFastParam('indices.mrp', { ...base, 'indices.mrp': 2 })).toBe(true);
		expect(isFastParam('indices.mrp', { ...on, 'indices.mrp': 2, 'tsa.poverty_line.pm_share': 0.5 })).toBe(false);
	});
	it('inStructure answers as comparing keys does', () => {
		const built = structureOf(base, base);
		const other = { ...base, 'tsa.poverty_line.pm_share': 0.9 };
		const cases: [Record<string, unknown>, typeof base][] = [
			[{ 'indices.pm_regional.abai': 70_000, 'indices.mrp': 5_000 }, base],
			[{ 'tsa.assets.max_vehicles': 1 }, base],
			[{ 'tsa.assets.max_deposits_mrp': 200 }, base],
			[{ 'takeup.mode': 'observed' }, base],
			[{}, other]
		];
		for (const [p, b] of cases) expect(inStructure(built, { ...base, ...p } as typeof base, b)).toBe(key(p, b) === key({}));
		const observed = { ...base, 'takeup.mode': 'observed' };
		expect(inStructure(structureOf(observed, base), observed, base)).toBe(true);
		expect(inStructure(structureOf(observed, base), observed, other)).toBe(false);
	});
});
