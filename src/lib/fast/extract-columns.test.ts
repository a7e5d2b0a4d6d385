// The extract built from typed-array columns equals the SQL extract, structure by structure: same households in
// the same order of income, the same region figures, and an index giving the same figures at any slider position.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { baselineFor } from '../rules/baseline';
import type { ParamValue, ParamValues } from '../rules/parameter';
import { resolveScenario } from '../rules/scenario';
import { installTestDataset } from '../sim/testing/dataset';
import { generateHouseholds, mulberry32 as rng } from '../sim/testing/generate';
import { extractStructure, FLAG, NO_APPLIED_NOTICE, type StructureExtract } from './extract';
import { NO_GAP_NOTICE, NO_NOTIFIED_NOTICE } from '../sim/gap';
import { columnsRefusal, extractFromColumns, extractSteps, keptPasses, rememberPasses, warmUpSteps } from './extract-columns';
import { readHouseholdColumns, type HouseholdColumns } from './household-columns';
import { buildPrefixIndex, buildPrefixIndexSliced, EAGER_PM_SHARE, isSummed } from './prefix-index';
import { NO_LOAN_AMOUNTS_NOTICE } from '../sim/loan-amounts';
import { isFastParam } from './structure';
import { mismatches } from './testing/close';

const YEAR = 2026;
const baseline = baselineFor(YEAR);

/** A random structure: every rule a user can switch, each on or off or moved, the ages left at the law. */
function randomStructure(next: () => number): Record<string, ParamValue> {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
	const s: Record<string, ParamValue> = {
		'tsa.poverty_line.median_scope': pick(['region', 'national']),
		'tsa.poverty_line.median_source': pick(['official', 'dataset']),
		'takeup.mode': pick(['full', 'observed']),
		'takeup.observed_min_cell_households': pick([1, 30, 200, 5000]),
		'tsa.assets.non_mortgage_loan_excludes': next() < 0.5,
		'tsa.assets.loan_limit_pm_per_member_quarter': pick([null, 1, 2, 4]),
		'tsa.assets.max_vehicles': pick([null, 0, 1]),
		'tsa.assets.max_dwellings': pick([null, 1]),
		'tsa.assets.max_land_plots': pick([null, 0, 1]),
		'tsa.assets.max_deposits_mrp': pick([null, 50, 200]),
		'tsa.assets.vehicle_exception_large_family': next() < 0.5,
		'tsa.assets.large_family_min_children': pick([3, 4]),
		'tsa.assets.vehicle_exception_disabled_child': next() < 0.5,
		'tsa.poverty_line.median_share': pick([0, 0.4, 0.6]),
		'tsa.poverty_line.pm_share': pick([0.7, 1, 1.3])
	};
	for (const t of ['wages', 'business', 'pension', 'benefits', 'alimony', 'property', 'farm', 'benefits_excluded'])
		if (next() < 0.25) s[`tsa.income.counted.${t}`] = next() < 0.5;
	// A regional ПМ of the structure: it sets the loan limit while loans refuse by amount (a slider otherwise).
	for (const r of REGION_CODES) if (next() < 0.2) s[`indices.pm_regional.${r}`] = pick([45_000, 70_000]);
	for (const r of REGION_CODES) {
		if (next() < 0.3) s[`local.${r}.income_threshold_pm_multiple`] = pick([1, 1.5]);
		if (next() < 0.2) s[`local.${r}.tb_monthly`] = true;
		if (next() < 0.2) s[`local.${r}.tb_months`] = pick([4, 9]);
		if (next() < 0.2) s[`local.${r}.housing_assistance`] = false;
		if (next() < 0.3) s[`local.${r}.housing_max_income_share`] = pick([0.05, 0.1, 0.2]);
		if (next() < 0.3) s[`local.${r}.housing_income_ceiling_pm_multiple`] = pick([1, 2]);
		if (next() < 0.3) s[`local.${r}.housing_norm_kzt_per_person`] = next() < 0.3 ? null : pick([4_000, 20_000]);
	}
	return s;
}

/** A slider position (fast parameters of `params` only) to read both indexes at. */
function randomPosition(next: () => number, params: ParamValues): Record<string, ParamValue> {
	const p: Record<string, ParamValue> = {
		'tsa.poverty_line.pm_share': 0.5 + next(),
		'tsa.child_supplement.mrp_per_child': 2 * next(),
		'tsa.conditional.compliance_share': next(),
		'tsa.conditional.refusal_months': Math.floor(13 * next()),
		'tsa.conditional.months_before_break': Math.floor(13 * next())
	};
	for (const r of REGION_CODES)
		if (next() < 0.5) {
			const pm = Math.round(40_000 + 60_000 * next());
			if (isFastParam(`indices.pm_regional.${r}`, params)) p[`indices.pm_regional.${r}`] = pm;
		}
	for (const r of [...REGION_CODES, 'national'])
		if (next() < 0.5) p[`tsa.poverty_line.median_income.${r}`] = Math.round(50_000 + 200_000 * next());
	return p;
}

/** The rows of `x` not flagged excluded, with their offsets: what the SQL extract holds. */
function included(x: StructureExtract): { offsets: number[]; pcIncome: Float64Array } {
	const offsets = [0];
	const pc: number[] = [];
	for (let r = 0; r + 1 < x.offsets.length; r++) {
		for (let i = x.offsets[r]; i < x.offsets[r + 1]; i++) if (!(x.flags[i] & FLAG.excluded)) pc.push(x.pcIncome[i]);
		offsets.push(pc.length);
	}
	return { offsets, pcIncome: Float64Array.from(pc) };
}

function expectSameExtract(js: StructureExtract, sql: StructureExtract, params: ParamValues, next: () => number): void {
	const label = JSON.stringify(params).slice(0, 400);
	expect(js.key, label).toBe(sql.key);
	expect(js.notices, label).toEqual(sql.notices);
	const rows = included(js);
	expect(rows.offsets, label).toEqual([...sql.offsets]);
	// Ties in income may come in another order; the incomes themselves, in order, may not.
	expect(rows.pcIncome, label).toEqual(sql.pcIncome);
	expect(mismatches(js.regions, sql.regions), label).toEqual([]);
	expect(js.consumers?.offsets, label).toEqual(sql.consumers?.offsets);
	expect(js.consumers?.cpc, label).toEqual(sql.consumers?.cpc);
	const a = buildPrefixIndex(js);
	const b = buildPrefixIndex(sql);
	for (let k = 0; k < 4; k++) {
		const at = { ...params, ...randomPosition(next, params) };
		expect(mismatches(a.figures(at, baseline), b.figures(at, baseline)), `${label} at ${JSON.stringify(at).slice(0, 200)}`).toEqual([]);
	}
}

describe('the embedded dataset: columns = SQL for random structures', () => {
	let db: Db;
	let columns: HouseholdColumns;
	beforeAll(async () => {
		db = await openNodeDb();
		await installDataset(db, await readDatasetFolder('datasets/embedded'));
		columns = await readHouseholdColumns(db, baseline);
	}, 120_000);
	afterAll(async () => db?.close());

	it('reads every household once', async () => {
		const [row] = await db.query('SELECT count(*) AS n FROM households');
		expect(columns.n).toBe(Number(row.n));
		expect(columns.settlements).toEqual(['rural', 'urban']);
	});

	it('agrees at the law', async () => {
		const sql = await extractStructure(db, baseline, { baseline });
		const js = extractFromColumns(columns, baseline, { baseline });
		expectSameExtract(js, sql, baseline, rng(1));
		// Laid over the household columns (no copy), the households failing a test flagged, not left out.
		expect(js.weight.buffer).toBe((columns.columns.weight as Float64Array).buffer);
		expect(js.flags.some((f) => f & FLAG.excluded)).toBe(true);
	}, 60_000);

	it('copies the passing households out when income is counted otherwise (another order)', async () => {
		const params = resolveScenario({ name: 's', year: YEAR, params: { 'tsa.income.counted.pension': false } }).params;
		const js = extractFromColumns(columns, params, { baseline });
		expect(js.flags.some((f) => f & FLAG.excluded)).toBe(false);
		expectSameExtract(js, await extractStructure(db, params, { baseline }), params, rng(2));
	}, 60_000);

	const next = rng(20261202);
	const structures = Array.from({ length: 24 }, () => randomStructure(next));
	for (const [k, s] of structures.entries()) {
		it(`agrees for random structure ${k + 1} (${s['takeup.mode']} take-up, ${s['tsa.poverty_line.median_source']} ${s['tsa.poverty_line.median_scope']} median)`, async () => {
			const params = resolveScenario({ name: 's', year: YEAR, params: s }).params;
			const sql = await extractStructure(db, params, { baseline });
			expectSameExtract(extractFromColumns(columns, params, { baseline }), sql, params, rng(k));
		}, 60_000);
	}

	it('agrees after the warm-up and along switches back and forth (the remembered passes are the right ones)', async () => {
		const fresh = await readHouseholdColumns(db, baseline);
		for (const step of warmUpSteps(fresh, baseline, baseline)) while (step());
		const sequence: Record<string, ParamValue>[] = [
			{ 'tsa.assets.max_vehicles': 0 },
			{},
			{ 'tsa.assets.max_vehicles': 0, 'tsa.assets.max_deposits_mrp': 50 },
			{ 'tsa.assets.max_deposits_mrp': 50, 'tsa.income.counted.pension': false },
			{ 'tsa.assets.max_vehicles': 0 },
			{ 'tsa.poverty_line.median_scope': 'national', 'takeup.mode': 'observed' },
			{ 'tsa.poverty_line.median_source': 'dataset', 'takeup.mode': 'observed' },
			{ 'tsa.poverty_line.median_source': 'dataset', 'tsa.poverty_line.median_scope': 'national' },
			{}
		];
		for (const [k, overrides] of sequence.entries()) {
			const params = resolveScenario({ name: 's', year: YEAR, params: overrides }).params;
			expectSameExtract(
				extractFromColumns(fresh, params, { baseline }),
				await extractStructure(db, params, { baseline }),
				params,
				rng(100 + k)
			);
		}
		expect(warmUpSteps(fresh, { ...baseline, 'indices.pension_age.women': 63 }, baseline)).toEqual([]);
	}, 120_000);

	it('remembers the passes a bundle keeps: the extract from them is the SQL one, with nothing costly computed first', async () => {
		const kept = keptPasses(columns, baseline, baseline);
		expect(kept.map((p) => p.slot)).toEqual([
			'income',
			...kept.filter((p) => p.slot.startsWith('test ')).map((p) => p.slot),
			'pass eligible',
			'flags',
			'learnt',
			'regions'
		]);
		expect(kept.filter((p) => p.slot.startsWith('test ')).length).toBeGreaterThanOrEqual(4);
		/** Whether each step computed anything, every step run to its end. */
		const computing = (steps: (() => boolean)[]) =>
			steps.map((step) => {
				let any = false;
				while (step()) any = true;
				return any;
			});
		const seeded = await readHouseholdColumns(db, baseline);
		rememberPasses(seeded, kept);
		const fresh = await readHouseholdColumns(db, baseline);
		// Kept: the income, the tests, the eligibility, the flags, the learnt rates and the region constants; left: the
		// consumers' order and the views of the columns. The local programmes' passes are the warm-up's, after the index.
		const left = computing(extractSteps(seeded, baseline, baseline)).filter(Boolean).length;
		expect(left).toBeLessThanOrEqual(3);
		expect(computing(extractSteps(fresh, baseline, baseline)).filter(Boolean).length).toBeGreaterThan(left + 6);
		expect(computing(warmUpSteps(seeded, baseline, baseline)).filter(Boolean).length).toBe(2);
		expectSameExtract(
			extractFromColumns(seeded, baseline, { baseline }),
			await extractStructure(db, baseline, { baseline }),
			baseline,
			rng(7)
		);
	}, 60_000);

	it('uses a kept pass only under the key the page would compute it under', async () => {
		const kept = keptPasses(columns, baseline, baseline);
		const zeroed = (key: (k: string) => string) =>
			kept.map((p) => (p.slot === 'flags' ? { ...p, key: key(p.key), values: new Uint8Array(columns.n) } : p));
		const same = await readHouseholdColumns(db, baseline);
		rememberPasses(
			same,
			zeroed((k) => k)
		);
		// The flags the extract reads are the kept ones (zero), the structural tests' exclusions laid in.
		expect(extractFromColumns(same, baseline, { baseline }).flags.every((f) => (f & ~FLAG.excluded) === 0)).toBe(true);
		const other = await readHouseholdColumns(db, baseline);
		rememberPasses(
			other,
			zeroed((k) => `${k} OR TRUE`)
		);
		expect([...extractFromColumns(other, baseline, { baseline }).flags]).toEqual([
			...extractFromColumns(columns, baseline, { baseline }).flags
		]);
		expect(() => rememberPasses(other, [{ slot: 'flags', key: 'x', values: new Uint8Array(3) }])).toThrow(/one value per household/);
		expect(() => rememberPasses(other, [{ slot: 'pass housing', key: 'x', values: new Float64Array(columns.n) }])).toThrow(/unknown kind/);
	}, 60_000);

	it("an index whose sums are derived from the law's (a structural test switched) answers as SQL does", async () => {
		const pause = async () => {};
		const lawRows = extractFromColumns(columns, baseline, { baseline });
		const law = await buildPrefixIndexSliced(lawRows, pause);
		expect(isSummed(law)).toBe(true);
		// Tests that exclude few households here (1–9 % of them).
		const switches: Record<string, ParamValue>[] = [
			{ 'tsa.assets.max_land_plots': 1 },
			{ 'tsa.assets.max_deposits_mrp': 1000 },
			{ 'tsa.assets.loan_limit_pm_per_member_quarter': 4 }
		];
		for (const [k, overrides] of switches.entries()) {
			const params = resolveScenario({ name: 's', year: YEAR, params: overrides }).params;
			const rows = extractFromColumns(columns, params, { baseline });
			expect(
				rows.flags.some((f, i) => f !== lawRows.flags[i]),
				`${JSON.stringify(overrides)} changes some household`
			).toBe(true);
			const derived = await buildPrefixIndexSliced(rows, pause, [law]);
			expect(isSummed(derived), JSON.stringify(overrides)).toBe(false);
			const sql = buildPrefixIndex(await extractStructure(db, params, { baseline }));
			const next = rng(300 + k);
			for (let j = 0; j < 4; j++) {
				const at = { ...params, ...randomPosition(next, params) };
				expect(mismatches(derived.figures(at, baseline), sql.figures(at, baseline)), JSON.stringify(overrides)).toEqual([]);
			}
		}
		// A test switched for many households (more than an eighth change) is summed afresh; so is income counted otherwise
		// (the rows come in another order).
		const vehicles = resolveScenario({ name: 's', year: YEAR, params: { 'tsa.assets.max_vehicles': 0 } }).params;
		expect(isSummed(await buildPrefixIndexSliced(extractFromColumns(columns, vehicles, { baseline }), pause, [law]))).toBe(true);
		const other = resolveScenario({ name: 's', year: YEAR, params: { 'tsa.income.counted.pension': false } }).params;
		expect(isSummed(await buildPrefixIndexSliced(extractFromColumns(columns, other, { baseline }), pause, [law]))).toBe(true);
	}, 120_000);

	it("an index summed up to the sweep's top line first, and above it when a line reaches there, answers as SQL does", async () => {
		const params = resolveScenario({ name: 's', year: YEAR, params: { 'tsa.assets.max_vehicles': 0 } }).params;
		const index = await buildPrefixIndexSliced(extractFromColumns(columns, params, { baseline }), async () => {}, [], params);
		const sql = buildPrefixIndex(await extractStructure(db, params, { baseline }));
		const next = rng(400);
		// Lines below, at and far above EAGER_PM_SHARE × ПМ, the highest last (each region's rows are then all summed).
		for (const share of [0.7, EAGER_PM_SHARE, 1.8, 3, 0.9, 6]) {
			const at = { ...params, ...randomPosition(next, params), 'tsa.poverty_line.pm_share': share };
			expect(mismatches(index.figures(at, baseline), sql.figures(at, baseline)), `share ${share}`).toEqual([]);
		}
	}, 60_000);

	it('refuses what only SQL can do: the spending test, other ages', () => {
		expect(columnsRefusal(columns, { ...baseline, 'tsa.spending.max_card_spending_line_share': 1 }, baseline)).toMatch(/card-spending/);
		expect(columnsRefusal(columns, { ...baseline, 'indices.pension_age.women': 63 }, baseline)).toMatch(/ages/);
		expect(columnsRefusal(columns, { ...baseline, 'tsa.able_bodied.elderly_care_age': 70 }, baseline)).toMatch(/ages/);
		expect(columnsRefusal(columns, baseline, baseline)).toBeNull();
		expect(() => extractFromColumns(columns, { ...baseline, 'tsa.able_bodied.min_age': 16 }, { baseline })).toThrow(/no fast path/);
	});
});

describe('generated households (missing consumption, empty cells, no applied column): columns = SQL', () => {
	let db: Db;
	beforeAll(async () => {
		db = await openNodeDb();
		const { households, persons } = generateHouseholds(6_000, 20261202);
		await installTestDataset(db, households, persons);
	}, 120_000);
	afterAll(async () => db?.close());

	it('agrees for random structures', async () => {
		const columns = await readHouseholdColumns(db, baseline);
		const next = rng(99);
		for (let k = 0; k < 8; k++) {
			const params = resolveScenario({ name: 's', year: YEAR, params: randomStructure(next) }).params;
			const sql = await extractStructure(db, params, { baseline });
			expectSameExtract(extractFromColumns(columns, params, { baseline }), sql, params, next);
		}
	}, 120_000);

	it('a dataset median on this partial dataset carries the same notice as SQL; the official one none', async () => {
		const columns = await readHouseholdColumns(db, baseline);
		const params = { ...baseline, 'tsa.poverty_line.median_source': 'dataset' };
		const sql = await extractStructure(db, params, { baseline });
		expect(sql.notices).toEqual([expect.stringMatching(/median_source is "dataset"/)]);
		expectSameExtract(extractFromColumns(columns, params, { baseline }), sql, params, rng(6));
		expect(extractFromColumns(columns, baseline, { baseline }).notices).toEqual([]);
	}, 120_000);

	it("with no household notified, the card's counts are 0 with a notice, the unclaimed tenge still learnt, as in SQL", async () => {
		const notified = await db.query('SELECT hh_id FROM households WHERE notified');
		expect(notified.length).toBeGreaterThan(0);
		await db.query('UPDATE households SET notified = false');
		await db.query('DROP TABLE IF EXISTS hh');
		const columns = await readHouseholdColumns(db, baseline);
		for (const mode of ['full', 'observed']) {
			const params = { ...baseline, 'takeup.mode': mode };
			const sql = await extractStructure(db, params, { baseline });
			expect(sql.notices).toEqual([NO_NOTIFIED_NOTICE]);
			expectSameExtract(extractFromColumns(columns, params, { baseline }), sql, params, rng(4));
			const gap = buildPrefixIndex(sql).figures(params, baseline).totals.gap;
			expect(gap.notified_households).toBe(0);
			expect(gap.gap_households).toBe(0);
			expect(gap.unclaimed_annual_kzt).toBeGreaterThan(0);
		}
	}, 120_000);

	it('with no applied values, observed take-up falls back to full with the same notice', async () => {
		await db.query('UPDATE households SET applied = NULL');
		await db.query('DROP TABLE IF EXISTS hh');
		const columns = await readHouseholdColumns(db, baseline);
		expect(columns.hasApplied).toBe(false);
		const params = { ...baseline, 'takeup.mode': 'observed' };
		const sql = await extractStructure(db, params, { baseline });
		// Take-up falls back to full, and no gap figure is known.
		expect(sql.notices).toEqual([NO_APPLIED_NOTICE, NO_GAP_NOTICE]);
		expectSameExtract(extractFromColumns(columns, params, { baseline }), sql, params, rng(5));
		const gap = buildPrefixIndex(sql).figures(params, baseline).totals.gap;
		expect(gap).toEqual({ notified_households: 0, applied_households: 0, gap_households: 0, unclaimed_annual_kzt: 0 });
	}, 120_000);

	it('with no loan amounts at all, loans refuse by the yes/no column, with the same notice as SQL', async () => {
		expect((await extractStructure(db, baseline, { baseline })).notices).toEqual([NO_GAP_NOTICE]);
		await db.query('UPDATE households SET loans_received_quarter_kzt = NULL');
		await db.query('DROP TABLE IF EXISTS hh');
		const columns = await readHouseholdColumns(db, baseline);
		const sql = await extractStructure(db, baseline, { baseline });
		expect(sql.notices).toEqual([NO_LOAN_AMOUNTS_NOTICE, NO_GAP_NOTICE]);
		expectSameExtract(extractFromColumns(columns, baseline, { baseline }), sql, baseline, rng(8));
		// No notice once loans do not refuse by amount.
		const byYesNo = { ...baseline, 'tsa.assets.loan_limit_pm_per_member_quarter': null };
		expect(extractFromColumns(columns, byYesNo, { baseline }).notices).toEqual([NO_GAP_NOTICE]);
	}, 120_000);
});
