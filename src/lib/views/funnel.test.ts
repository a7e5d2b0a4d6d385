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
	it('counts the baseline funnel by hand: h1 is eligible, notified, applied and paid', () => {
		expect(funnel.total.baseline).toEqual({ eligible: 120.5, notified: 120.5, not_notified: 0, applied: 120.5, paid: 120.5 });
	});

	it('counts the scenario funnel by hand: h2 notified but not applied, h3 never notified', () => {
		// eligible 120.5 + 300 + 250 = 670.5; notified 120.5 + 300 = 420.5; not notified: h3 = 250.
		expect(funnel.total.scenario).toEqual({ eligible: 670.5, notified: 420.5, not_notified: 250, applied: 120.5, paid: 120.5 });
		expect(funnel.byRegion.turkestan.scenario).toEqual({ eligible: 550, notified: 300, not_notified: 250, applied: 0, paid: 0 });
		expect(funnel.byRegion.turkestan.baseline.eligible).toBe(0);
		expect(funnel.byRegion.mangystau.scenario.eligible).toBe(0);
	});

	it('keeps the observed counts independent of the rules and equal to simulate’s gap figures', async () => {
		expect(funnel.total.observed).toEqual({ notified: 420.5, applied: 120.5, gap: 300, paid: 120.5 });
		const sim = await simulate(db, wide);
		expect(funnel.total.observed.notified).toBeCloseTo(sim.totals.gap.notified_households, 9);
		expect(funnel.total.observed.applied).toBeCloseTo(sim.totals.gap.applied_households, 9);
		expect(funnel.total.observed.gap).toBeCloseTo(sim.totals.gap.gap_households, 9);
		expect(funnel.total.scenario.eligible).toBeCloseTo(sim.totals.tsa.eligible_households, 9);
		for (const [code, row] of Object.entries(funnel.byRegion)) {
			expect(row.scenario.eligible, code).toBeCloseTo(sim.by_region[code].tsa.eligible_households, 9);
			expect(row.observed.gap, code).toBeCloseTo(sim.by_region[code].gap.gap_households, 9);
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
