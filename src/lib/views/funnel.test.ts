import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { installDataset } from '$lib/data/dataset';
import { readDatasetFolder } from '$lib/data/load-folder-node';
import { resolveScenario } from '$lib/rules/scenario';
import { evaluateInto, simulate } from '$lib/sim/simulate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { sumSql } from '$lib/sim/aggregate';
import { funnelFromRows, funnelFromTotals, funnelSql, observedColumns, observedFigures, type Funnel } from './funnel';

// tests/fixtures/good: h1 astana w 120.5 notified, applied, paid 25 000; h2 turkestan w 300 notified, not applied,
// not paid; h3 turkestan w 250 and h4 mangystau w 80 neither. Under the 2026 law only h1 is eligible
// (42 500 per capita < line 46 342.8); at 3 × ПМ h1, h2 and h3 are (h4's 250 000 stays above 219 828).
const law = resolveScenario({ name: 'law', year: 2026, params: {} });
const wide = resolveScenario({ name: 'wide', year: 2026, params: { 'tsa.poverty_line.pm_share': 3 } });

let db: Db;
let funnel: Funnel;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('tests/fixtures/good'));
	await evaluateInto(db, law, 'eval_baseline');
	await evaluateInto(db, wide, 'eval_scenario');
	funnel = funnelFromRows(await db.query(funnelSql()));
});
afterAll(async () => db?.close());

describe('funnelSql', () => {
	// Rates learnt under the 2026 law (four records: the nation's rates). Eligible: h1 only, notified and applied, so
	// ν = 1 and ρ = 1. The others (h2, h3, h4, weight 630): h2's 300 notified, none applied, so ν′ = 300 / 630, ρ′ = 0.
	const compliance = async (table: string, id: string) =>
		Number((await db.query(`SELECT compliance_factor AS c FROM ${table} WHERE hh_id = '${id}'`))[0].c);

	it('projects the baseline funnel by hand: h1 eligible, notified and applying at the rates of eligible families', async () => {
		const c1 = await compliance('eval_baseline', 'h1');
		expect(funnel.total.baseline).toEqual({ eligible: 120.5, notified: 120.5, not_notified: 0, applied: 120.5, paid: 120.5 * c1 });
	});

	it("projects the scenario funnel: h2 and h3 become eligible and get the eligible families' rates", async () => {
		// eligible 120.5 + 300 + 250 = 670.5, all notified and applying at ν = ρ = 1; paid after each one's contract share.
		let paid = 0;
		for (const [id, w] of [
			['h1', 120.5],
			['h2', 300],
			['h3', 250]
		] as const)
			paid += w * (await compliance('eval_scenario', id));
		expect(funnel.total.scenario.eligible).toBe(670.5);
		expect(funnel.total.scenario.notified).toBeCloseTo(670.5, 9);
		expect(funnel.total.scenario.applied).toBeCloseTo(670.5, 9);
		expect(funnel.total.scenario.paid).toBeCloseTo(paid, 9);
		expect(funnel.byRegion.turkestan.scenario.eligible).toBe(550);
		expect(funnel.byRegion.turkestan.baseline.eligible).toBe(0);
		expect(funnel.byRegion.mangystau.scenario.eligible).toBe(0);
	});

	it("keeps the observed counts independent of the rules; simulate's gap adds the others at their rates", async () => {
		expect(funnel.total.observed).toEqual({ notified: 420.5, applied: 120.5, gap: 300, paid: 120.5 });
		const sim = await simulate(db, wide);
		// h4 (80) is the only family not eligible under the scenario: notified 80 × 300 / 630, none applying.
		expect(sim.totals.gap.notified_households).toBeCloseTo(funnel.total.scenario.notified + (80 * 300) / 630, 9);
		expect(sim.totals.gap.applied_households).toBeCloseTo(funnel.total.scenario.applied, 9);
		expect(funnel.total.scenario.eligible).toBeCloseTo(sim.totals.tsa.eligible_households, 9);
		for (const [code, row] of Object.entries(funnel.byRegion)) {
			expect(row.scenario.eligible, code).toBeCloseTo(sim.by_region[code].tsa.eligible_households, 9);
			expect(row.scenario.applied, code).toBeCloseTo(sim.by_region[code].gap.applied_households, 9);
		}
	});

	it('gives all 20 regions, zero where the dataset has none, summing to the total', () => {
		const regions = Object.values(funnel.byRegion);
		expect(regions).toHaveLength(20);
		expect(funnel.byRegion.abai.scenario.eligible).toBe(0);
		for (const k of ['eligible', 'notified', 'not_notified', 'applied', 'paid'] as const)
			expect(regions.reduce((a, r) => a + r.scenario[k], 0)).toBeCloseTo(funnel.total.scenario[k], 9);
	});
});

describe('the stages from the registry', () => {
	it("count the registry's notified and applied shares (measures.ts), as the contract's sums do, restating neither", async () => {
		expect(funnelSql()).not.toMatch(/notify_rate|response_rate/);
		const over = (share: 'notified' | 'applied') =>
			sumSql({ term: 'households', share, where: ['eligible'], annual: false, over: 'households' });
		for (const [side, table] of [
			['baseline', 'eval_baseline'],
			['scenario', 'eval_scenario']
		] as const) {
			const [r] = await db.query(`SELECT ${over('notified')} AS notified, ${over('applied')} AS applied FROM ${table}`);
			expect(funnel.total[side].notified, side).toBeCloseTo(Number(r.notified), 9);
			expect(funnel.total[side].applied, side).toBeCloseTo(Number(r.applied), 9);
		}
		expect(funnel.total.scenario.notified).toBeGreaterThan(0);
	});
});

/** tests/fixtures/good without the observed columns (notified, applied, tsa_paid_monthly): a survey with no card data. */
function withoutObservedColumns(): string {
	const dir = mkdtempSync(join(tmpdir(), 'komek-funnel-'));
	const [header, ...rows] = readFileSync('tests/fixtures/good/households.csv', 'utf8').trim().split('\n');
	const keep = header
		.split(',')
		.map((c, i) => (['notified', 'applied', 'tsa_paid_monthly'].includes(c) ? -1 : i))
		.filter((i) => i >= 0);
	const pick = (line: string) => keep.map((i) => line.split(',')[i]).join(',');
	writeFileSync(join(dir, 'households.csv'), [header, ...rows].map(pick).join('\n') + '\n');
	writeFileSync(join(dir, 'persons.csv'), readFileSync('tests/fixtures/good/persons.csv'));
	return dir;
}

describe("the funnel view's figures", () => {
	it('say the good fixture records notified, applied and paid; with the totals they make the funnel of funnelSql', async () => {
		const recorded = (await observedFigures.sql({ db, tables: EVAL_TABLES }, true))!;
		expect(recorded.columns).toEqual({ counts: true, paid: true });
		const shown = funnelFromTotals(await simulate(db, law), await simulate(db, wide), recorded.byArea);
		for (const area of [shown.total, ...Object.values(shown.byRegion)])
			for (const side of ['baseline', 'scenario'] as const) {
				const wanted = (area.region ? funnel.byRegion[area.region] : funnel.total)[side];
				for (const stage of Object.keys(wanted) as (keyof typeof wanted)[])
					expect(area[side][stage], `${area.region} ${side} ${stage}`).toBeCloseTo(wanted[stage], 9);
			}
		expect(shown.total.observed).toEqual(funnel.total.observed);
		expect(await observedFigures.sql({ db, tables: EVAL_TABLES }, false)).toBeNull();
	});

	it('say a dataset without those columns records none of them (the view shows "not in this dataset", not 0)', async () => {
		const bare = await openNodeDb();
		try {
			await installDataset(bare, await readDatasetFolder(withoutObservedColumns()));
			await evaluateInto(bare, law, 'eval_baseline');
			await evaluateInto(bare, wide, 'eval_scenario');
			expect(await observedColumns(bare)).toEqual({ counts: false, paid: false });
			const recorded = (await observedFigures.sql({ db: bare, tables: EVAL_TABLES }, true))!;
			expect(recorded.columns).toEqual({ counts: false, paid: false });
			// Eligibility is still known and still follows the rules: h1 under the law; h1, h2 and h3 at 3 × ПМ.
			const shown = funnelFromTotals(await simulate(bare, law), await simulate(bare, wide), recorded.byArea);
			expect(shown.total.baseline.eligible).toBe(120.5);
			expect(shown.total.scenario.eligible).toBe(670.5);
		} finally {
			await bare.close();
		}
	});
});
