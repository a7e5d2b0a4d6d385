// The prefix index on a hand-made extract, with the arithmetic written out (no database).
import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import { baselineFor } from '../rules/baseline';
import type { ParamValues } from '../rules/parameter';
import { FLAG, type StructureExtract } from './extract';
import { buildPrefixIndex, lineOf, lowerBound } from './prefix-index';
import type { RegionConstants } from './region-constants';
import { structureKey, structureOf } from './structure';

const baseline = baselineFor(2026);
const params: ParamValues = {
	...baseline,
	'indices.pm_regional.almaty': 84_000,
	'indices.pm_regional.turkestan': 100_000,
	'tsa.poverty_line.pm_share': 0.5,
	'tsa.poverty_line.median_share': 0.5,
	'indices.mrp': 4_000, // supplement 1.5 × 4 000 = 6 000 per child
	'tsa.child_supplement.mrp_per_child': 1.5,
	'tsa.conditional.compliance_share': 0.5,
	// A family that breaks its contract is refused for the whole year, so a conditional family's share is the 0.5 itself.
	'tsa.conditional.months_before_break': 0,
	'tsa.conditional.refusal_months': 12,
	// Loans refused by the yes/no column: the regional ПМ sets no loan limit and stays a slider.
	'tsa.assets.loan_limit_pm_per_member_quarter': null,
	// The medians of this table are the dataset's (its region constants); the official ones are tested below.
	'tsa.poverty_line.median_source': 'dataset'
};
const A = REGION_CODES.indexOf('almaty');
const T = REGION_CODES.indexOf('turkestan');
const { unconditional: U, applied: AP, consumer: Q, bottom: B } = FLAG;

// Almaty: line = max(0.5 × 84 000, 0.5 × 60 000) = 42 000. Turkestan: max(0.5 × 100 000, 0.5 × 140 000) = 70 000.
const rows = [
	// h1 almaty: (42 000 − 10 000) × 3 = 96 000 + 1 child × 6 000 = 102 000; × weight 2 = 204 000. Poor (20 000 < 84 000).
	{ r: A, pc: 10_000, w: 2, n: 3, kids: 1, t: 1, flags: U | Q | B, cpc: 20_000 },
	// h2 almaty: (42 000 − 30 000) × 2 = 24 000; conditional, take-up 0.5, applied; not poor (90 000).
	{ r: A, pc: 30_000, w: 1, n: 2, kids: 0, t: 0.5, flags: AP | Q, cpc: 90_000 },
	// h3 almaty: exactly at the line, so NOT eligible («ниже»); poor (10 000).
	{ r: A, pc: 42_000, w: 5, n: 1, kids: 0, t: 1, flags: Q, cpc: 10_000 },
	// h4 almaty: above the line.
	{ r: A, pc: 50_000, w: 1, n: 1, kids: 0, t: 1, flags: 0, cpc: 0 },
	// h5 turkestan: (70 000 − 69 999) × 1 = 1 + 2 × 6 000 = 12 001; unconditional, not applied, no consumption.
	{ r: T, pc: 69_999, w: 1, n: 1, kids: 2, t: 1, flags: U, cpc: 0 }
].sort((a, b) => a.r - b.r || a.pc - b.pc);

const none: RegionConstants = {
	households: 0,
	persons: 0,
	weighted_households: 0,
	weighted_persons: 0,
	other_notified: 0,
	other_applied: 0,
	local_eligible_households: 0,
	local_annual_per_mrp: 0,
	local_eligible_households_fixed: 0,
	local_annual_fixed_kzt: 0,
	bottom_persons: 0,
	median: Number.NaN
};
const regions = REGION_CODES.map((_, i): RegionConstants => {
	// The card at the rates of families not eligible (ν′ 0.125, ν′ × ρ′ 0.0625) over all 9: 1.125 and 0.5625.
	if (i === A)
		return {
			...none,
			households: 4,
			persons: 7,
			weighted_households: 9,
			weighted_persons: 14,
			other_notified: 1.125,
			other_applied: 0.5625,
			local_eligible_households: 2,
			local_annual_per_mrp: 50,
			local_eligible_households_fixed: 1,
			local_annual_fixed_kzt: 30_000,
			bottom_persons: 6,
			median: 60_000
		};
	if (i === T) return { ...none, households: 1, persons: 1, weighted_households: 1, weighted_persons: 1, median: 140_000 };
	return none;
});
const offsets = new Int32Array(REGION_CODES.length + 1);
for (const row of rows) offsets[row.r + 1]++;
for (let k = 0; k < REGION_CODES.length; k++) offsets[k + 1] += offsets[k];
const consumerOffsets = new Int32Array(REGION_CODES.length + 1).map((_, k) => (k > A ? 3 : 0));
const extract: StructureExtract = {
	key: structureKey(params, baseline),
	structure: structureOf(params, baseline),
	notices: [],
	offsets,
	pcIncome: Float64Array.from(rows, (x) => x.pc),
	weight: Float64Array.from(rows, (x) => x.w),
	size: Int32Array.from(rows, (x) => x.n),
	kids: Int32Array.from(rows, (x) => x.kids),
	takeup: Float64Array.from(rows, (x) => x.t),
	flags: Uint8Array.from(rows, (x) => x.flags),
	// One settlement: cell 2r for every row. Almaty: ν 0.5, ν × ρ 0.25, ν′ 0.125, ν′ × ρ′ 0.0625, observed take-up 0.75;
	// Turkestan: 0 and take-up 0.
	settlement: new Uint8Array(rows.length),
	gapRates: {
		stride: 2,
		notify: new Float64Array(2 * REGION_CODES.length).map((_, k) => (k === 2 * A ? 0.5 : 0)),
		respond: new Float64Array(2 * REGION_CODES.length).map((_, k) => (k === 2 * A ? 0.25 : 0)),
		notifyOther: new Float64Array(2 * REGION_CODES.length).map((_, k) => (k === 2 * A ? 0.125 : 0)),
		respondOther: new Float64Array(2 * REGION_CODES.length).map((_, k) => (k === 2 * A ? 0.0625 : 0)),
		takeup: new Float64Array(2 * REGION_CODES.length).map((_, k) => (k === 2 * A ? 0.75 : k === 2 * T ? 0 : 1))
	},
	cpc: Float64Array.from(rows, (x) => x.cpc),
	regions,
	// Almaty's households with consumption by cpc: h3 (wp 5), h1 (wp 6), h2 (wp 2).
	consumers: { offsets: consumerOffsets, cpc: Float64Array.of(10_000, 20_000, 90_000), wp: Float64Array.of(5, 6, 2) }
};
const index = buildPrefixIndex(extract);

describe('prefix index on a hand-made table', () => {
	it('computes the TSA figures of each region, leaving out the household exactly at the line', () => {
		const f = index.figures(params, baseline);
		expect(f.by_region.almaty.tsa).toEqual({
			eligible_households: 3, // h1 2 + h2 1
			eligible_persons: 8, // 2 × 3 + 1 × 2
			supplemented_children: 2,
			monthly_entitlement_kzt: 228_000, // 204 000 + 24 000
			annual_entitlement_kzt: 12 * 228_000,
			expected_households: 2.25, // h1 2 × 1 + h2 1 × 0.5 take-up × 0.5 compliance
			expected_persons: 6.5, // 6 + 2 × 0.5 × 0.5
			expected_annual_cost_kzt: 12 * (204_000 + 0.5 * 0.5 * 24_000),
			// Assigned in the year: take-up without the contract share, × (1 + turnover): (2 + 1 × 0.5) and (6 + 2 × 0.5).
			assigned_in_year_households: expect.closeTo(2.5 * (1 + (params['tsa.caseload.turnover'] as number)), 9),
			assigned_in_year_persons: expect.closeTo(7 * (1 + (params['tsa.caseload.turnover'] as number)), 9)
		});
		// The card: eligible h1, h2 (weight 3) at the eligible rates, the other 6 at the others': notified 3 × 0.5 + 6 × 0.125
		// = 2.25, applied 3 × 0.25 + 6 × 0.0625 = 1.125; unclaimed: 12 × (1 − 0.75) × 228 000.
		expect(f.by_region.almaty.gap).toEqual({
			notified_households: 2.25,
			applied_households: 1.125,
			gap_households: 1.125,
			unclaimed_annual_kzt: 12 * 57_000
		});
		// Local: 50 per МРП (one household's МРП categories) + 30 000 ₸ of housing assistance (another household's).
		expect(f.by_region.almaty.local).toEqual({ eligible_households: 2, annual_cost_kzt: 50 * 4_000 + 30_000 });
		// At МРП 0 the МРП categories pay nothing; housing assistance, in tenge, stays.
		expect(index.figures({ ...params, 'indices.mrp': 0 }, baseline).by_region.almaty.local).toEqual({
			eligible_households: 1,
			annual_cost_kzt: 30_000
		});
		expect(f.by_region.turkestan.tsa.monthly_entitlement_kzt).toBe(12_001);
		expect(f.by_region.turkestan.gap.unclaimed_annual_kzt).toBe(12 * 12_001);
		expect(f.totals.tsa.eligible_households).toBe(4);
		expect(f.totals.tsa.monthly_entitlement_kzt).toBe(240_001);
		expect(f.dataset).toEqual({ households: 5, persons: 8, weighted_households: 10, weighted_persons: 15 });
	});

	it('computes targeting: poor at the regional ПМ, shares null where nothing is counted', () => {
		const f = index.figures(params, baseline);
		expect(f.by_region.almaty.targeting).toEqual({
			poor_persons: 11, // h3 5 + h1 6 below 84 000
			inclusion_error: 2 / 8, // of eligible wp 8, h2's 2 are not poor
			exclusion_error: 5 / 11, // h3 is poor and not eligible
			poorest_quintile_coverage: 1, // bottom wp 6, all in h1
			cgh: 204_000 / 228_000 / 0.2
		});
		expect(f.by_region.turkestan.targeting).toEqual({
			poor_persons: 0,
			inclusion_error: null,
			exclusion_error: null,
			poorest_quintile_coverage: null,
			cgh: null
		});
		expect(f.totals.targeting?.exclusion_error).toBe(5 / 11);
	});

	it('moves with a region ПМ: the line and the poverty threshold both follow', () => {
		// Almaty ПМ 98 000: line 49 000, so h3 (42 000) joins with 7 000 × 1 × 5 = 35 000; h2 (cpc 90 000) is now poor.
		const f = index.figures({ ...params, 'indices.pm_regional.almaty': 98_000 }, baseline);
		expect(f.by_region.almaty.tsa.eligible_households).toBe(8);
		// h1 (39 000 × 3 + 6 000) × 2 = 246 000; h2 19 000 × 2 = 38 000; h3 35 000.
		expect(f.by_region.almaty.tsa.monthly_entitlement_kzt).toBe(319_000);
		// h3 (5) becomes eligible: eligible 8 at the eligible rates, h4 (1) at the others'.
		expect(f.by_region.almaty.gap.notified_households).toBe(8 * 0.5 + 0.125);
		expect(f.by_region.almaty.gap.applied_households).toBe(8 * 0.25 + 0.0625);
		// Poor: h3 5 + h1 6 + h2 2 = 13 persons, all in eligible households.
		expect(f.by_region.almaty.targeting?.poor_persons).toBe(13);
		expect(f.by_region.almaty.targeting?.exclusion_error).toBe(0);
		expect(f.by_region.almaty.targeting?.inclusion_error).toBe(0);
		// Back to 84 000: the cached poverty prefix is rebuilt for the old ПМ.
		expect(index.figures(params, baseline).by_region.almaty.targeting?.exclusion_error).toBe(5 / 11);
	});

	it('reads the official median from the parameters (a fast slider), not from the table', () => {
		const official = { ...params, 'tsa.poverty_line.median_source': 'official' };
		const x = buildPrefixIndex({ ...extract, key: structureKey(official, baseline), structure: structureOf(official, baseline) });
		// Almaty official median 100 000: line max(42 000, 50 000) = 50 000; h3 (42 000) joins with 8 000 × 1 × 5 = 40 000.
		const at = (median: number) =>
			x.figures({ ...official, 'tsa.poverty_line.median_income.almaty': median }, baseline).by_region.almaty.tsa;
		expect(at(100_000).eligible_households).toBe(8);
		// h1 (40 000 × 3 + 6 000) × 2 = 252 000; h2 20 000 × 2 = 40 000; h3 40 000.
		expect(at(100_000).monthly_entitlement_kzt).toBe(332_000);
		// Official median 60 000: 30 000 < 42 000, the ПМ term binds as with the table's median.
		expect(at(60_000)).toEqual(index.figures(params, baseline).by_region.almaty.tsa);
		// National scope: the national official median for every region (Turkestan's 140 000 in the table unread).
		const national = { ...official, 'tsa.poverty_line.median_scope': 'national', 'tsa.poverty_line.median_income.national': 100_000 };
		const y = buildPrefixIndex({ ...extract, key: structureKey(national, baseline), structure: structureOf(national, baseline) });
		// Turkestan: line max(50 000, 50 000) = 50 000, h5 (69 999) above it.
		expect(y.figures(national, baseline).by_region.turkestan.tsa.eligible_households).toBe(0);
		expect(y.figures(national, baseline).by_region.almaty.tsa.monthly_entitlement_kzt).toBe(332_000);
	});

	it('pays a conditional family that breaks its contract the months outside the refusal (a fast slider)', () => {
		// 3 months before the break, refused 6: paid 3 + (12 − 3 − 6) = 6 of 12; h2's share 0.5 + 0.5 × 6 / 12 = 0.75.
		const f = index.figures({ ...params, 'tsa.conditional.months_before_break': 3, 'tsa.conditional.refusal_months': 6 }, baseline);
		expect(f.by_region.almaty.tsa.expected_households).toBe(2 + 0.5 * 0.75); // h1 unconditional, h2 take-up 0.5
		expect(f.by_region.almaty.tsa.expected_persons).toBe(6 + 2 * 0.5 * 0.75);
		expect(f.by_region.almaty.tsa.expected_annual_cost_kzt).toBe(12 * (204_000 + 0.5 * 0.75 * 24_000));
		// The entitlement does not move: it counts no compliance.
		expect(f.by_region.almaty.tsa.monthly_entitlement_kzt).toBe(228_000);
	});

	it('refuses parameters of another structure', () => {
		expect(() => index.figures({ ...params, 'tsa.assets.max_vehicles': 1 }, baseline)).toThrow(/another structure/);
	});
});

describe('lowerBound and lineOf', () => {
	it('finds the first value ≥ x, so a value equal to the line is not below it', () => {
		const v = Float64Array.of(1, 2, 2, 3);
		expect(lowerBound(v, 0, 4, 2)).toBe(1);
		expect(lowerBound(v, 0, 4, 2.5)).toBe(3);
		expect(lowerBound(v, 0, 4, 0)).toBe(0);
		expect(lowerBound(v, 0, 4, 9)).toBe(4);
	});
	it('takes the larger term and ignores a missing median, as SQL GREATEST does', () => {
		expect(lineOf(0.7, 60_000, 0.35, 100_000)).toBe(0.7 * 60_000);
		expect(lineOf(0.7, 60_000, 0.35, Number.NaN)).toBe(0.7 * 60_000);
		expect(lineOf(0.7, null, 0.35, Number.NaN)).toBeNull();
	});
});
