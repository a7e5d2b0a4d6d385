import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { installDataset } from '$lib/data/dataset';
import { readDatasetFolder } from '$lib/data/load-folder-node';
import { resolveScenario } from '$lib/rules/scenario';
import { evaluateInto, simulate } from '$lib/sim/simulate';
import { funnelFromRows, funnelSql, type Funnel } from './funnel';

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

	it('projects the scenario funnel: h2 and h3 become eligible and get the eligible families\' rates', async () => {
		// eligible 120.5 + 300 + 250 = 670.5, all notified and applying at ν = ρ = 1; paid after each one's contract share.
		let paid = 0;
		for (const [id, w] of [['h1', 120.5], ['h2', 300], ['h3', 250]] as const) paid += w * (await compliance('eval_scenario', id));
		expect(funnel.total.scenario.eligible).toBe(670.5);
		expect(funnel.total.scenario.notified).toBeCloseTo(670.5, 9);
		expect(funnel.total.scenario.applied).toBeCloseTo(670.5, 9);
		expect(funnel.total.scenario.paid).toBeCloseTo(paid, 9);
		expect(funnel.byRegion.turkestan.scenario.eligible).toBe(550);
		expect(funnel.byRegion.turkestan.baseline.eligible).toBe(0);
		expect(funnel.byRegion.mangystau.scenario.eligible).toBe(0);
	});

	it('keeps the observed counts independent of the rules; simulate\'s gap adds the others at their rates', async () => {
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
