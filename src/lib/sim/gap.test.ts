// The card's gap projected from learnt rates (gap.ts): under the law the rates are learnt under it gives the data's
// own counts back; under a scenario it moves with eligibility; it does not depend on the take-up mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import { datasetParams, learningBaseline } from '../rules/dataset-params';
import type { ParamValue } from '../rules/parameter';
import { resolveScenario } from '../rules/scenario';
import { gapAvailability, gapNotice, NO_GAP_NOTICE, NO_NOTIFIED_NOTICE } from './gap';
import { evaluateInto, simulate } from './simulate';

let db: Db;
let own: Record<string, ParamValue>;
beforeAll(async () => {
	db = await openNodeDb();
	const loaded = await readDatasetFolder('datasets/embedded');
	await installDataset(db, loaded);
	own = datasetParams(loaded.report.manifest?.reference_period).params;
}, 120_000);
afterAll(async () => db?.close());

const law2025 = (extra: Record<string, ParamValue> = {}) => resolveScenario({ name: '2025', year: 2025, params: { ...own, ...extra } });

/** Projected and observed card counts over the eligible households of an evaluation table, nationally and by region. */
async function eligiblePart(table: string) {
	return db.query(`SELECT region, grouping(region) AS is_total,
	sum(weight * gap_notified) FILTER (WHERE eligible) AS projected_notified,
	coalesce(sum(weight) FILTER (WHERE eligible AND notified), 0) AS observed_notified,
	sum(weight * gap_applied) FILTER (WHERE eligible) AS projected_applied,
	coalesce(sum(weight) FILTER (WHERE eligible AND notified AND applied), 0) AS observed_applied,
	sum(weight * gap_notified) AS projected_all, coalesce(sum(weight) FILTER (WHERE notified), 0) AS observed_all,
	sum(weight * gap_applied) AS projected_all_applied, coalesce(sum(weight) FILTER (WHERE notified AND applied), 0) AS observed_all_applied
FROM ${table} GROUP BY GROUPING SETS ((region), ())`);
}

describe('under the law the rates are learnt under, the projection gives the data back', () => {
	it('exactly, cell by cell, when every cell stands on its own (minimum 1 record)', async () => {
		const s = law2025({ 'takeup.observed_min_cell_households': 1 });
		expect(learningBaseline(2025, s.params)['tsa.poverty_line.pm_share']).toBe(s.params['tsa.poverty_line.pm_share']);
		await evaluateInto(db, s, 'gap_test_eval', { baseline: learningBaseline(2025, s.params) });
		const rows = await eligiblePart('gap_test_eval');
		expect(rows.length).toBeGreaterThan(1);
		for (const r of rows) {
			const label = String(r.region ?? 'nation');
			expect(Number(r.projected_notified), label).toBeCloseTo(Number(r.observed_notified), 6);
			expect(Number(r.projected_applied), label).toBeCloseTo(Number(r.observed_applied), 6);
			expect(Number(r.projected_all), label).toBeCloseTo(Number(r.observed_all), 6);
			expect(Number(r.projected_all_applied), label).toBeCloseTo(Number(r.observed_all_applied), 6);
		}
	}, 60_000);

	it('closely with the default 30-record cells (small cells pooled with their region or the nation)', async () => {
		const s = law2025();
		await evaluateInto(db, s, 'gap_test_eval', { baseline: learningBaseline(2025, s.params) });
		const total = (await eligiblePart('gap_test_eval')).find((r) => Number(r.is_total) === 1)!;
		const near = (a: unknown, b: unknown, tolerance: number) => expect(Math.abs(Number(a) / Number(b) - 1)).toBeLessThanOrEqual(tolerance);
		// Eligible families: within 10 % (the pooled cells' own shares differ from their region's).
		near(total.projected_notified, total.observed_notified, 0.1);
		near(total.projected_applied, total.observed_applied, 0.1);
		// Every family (the others at their own cells' rates; few of them are notified per cell, so the response pools): 5 %.
		near(total.projected_all, total.observed_all, 0.05);
		near(total.projected_all_applied, total.observed_all_applied, 0.05);
	}, 60_000);
});

describe('the projection under a scenario', () => {
	it('does not depend on the take-up mode; unclaimed tenge are at the observed take-up', async () => {
		const full = await simulate(db, law2025({ 'takeup.mode': 'full' }));
		const observed = await simulate(db, law2025({ 'takeup.mode': 'observed' }));
		expect(full.totals.gap).toEqual(observed.totals.gap);
		// At observed take-up, the entitlement splits into what take-up claims and what stays unclaimed.
		const t = observed.totals;
		expect(t.gap.unclaimed_annual_kzt).toBeGreaterThan(0);
		expect(t.gap.unclaimed_annual_kzt).toBeLessThan(t.tsa.annual_entitlement_kzt);
	}, 60_000);

	it('a narrower line: fewer eligible, fewer notified, a smaller gap', async () => {
		const law = await simulate(db, law2025({ 'takeup.mode': 'observed' }));
		const narrow = await simulate(db, law2025({ 'takeup.mode': 'observed', 'tsa.poverty_line.pm_share': 0.5 }));
		expect(narrow.totals.gap.notified_households).toBeLessThan(law.totals.gap.notified_households);
		expect(narrow.totals.gap.gap_households).toBeLessThan(law.totals.gap.gap_households);
		expect(narrow.totals.gap.unclaimed_annual_kzt).toBeLessThan(law.totals.gap.unclaimed_annual_kzt);
	}, 60_000);

	it('a wider line makes more families eligible: the card notifies more, more apply, and more stays unclaimed', async () => {
		const law = await simulate(db, law2025({ 'takeup.mode': 'observed' }));
		const wide = await simulate(db, law2025({ 'takeup.mode': 'observed', 'tsa.poverty_line.pm_share': 0.9 }));
		expect(wide.totals.tsa.eligible_households).toBeGreaterThan(law.totals.tsa.eligible_households);
		expect(wide.totals.gap.notified_households).toBeGreaterThan(law.totals.gap.notified_households);
		expect(wide.totals.gap.applied_households).toBeGreaterThan(law.totals.gap.applied_households);
		expect(wide.totals.gap.gap_households).toBeGreaterThan(law.totals.gap.gap_households);
		expect(wide.totals.gap.unclaimed_annual_kzt).toBeGreaterThan(law.totals.gap.unclaimed_annual_kzt);
		for (const t of [law.totals, wide.totals])
			expect(t.gap.gap_households).toBeCloseTo(t.gap.notified_households - t.gap.applied_households, 6);
	}, 60_000);
});

describe('what the data cannot tell', () => {
	it('names the missing figures in one notice each, and views read them back', () => {
		expect(gapNotice({ applied: true, notified: true })).toBeNull();
		expect(gapNotice({ applied: false, notified: true })).toBe(NO_GAP_NOTICE);
		expect(gapNotice({ applied: true, notified: false })).toBe(NO_NOTIFIED_NOTICE);
		expect(gapAvailability([])).toEqual({ counts: true, unclaimed: true });
		expect(gapAvailability([NO_NOTIFIED_NOTICE])).toEqual({ counts: false, unclaimed: true });
		expect(gapAvailability(['other', NO_GAP_NOTICE])).toEqual({ counts: false, unclaimed: false });
	});
});
