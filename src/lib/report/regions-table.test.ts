// The report's regions table takes its measures' headers, CSV columns and labels from the registry, and no route
// writes a registry figure's CSV column by hand.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '$lib/data/regions';
import { installDataset } from '$lib/data/dataset';
import { readDatasetFolder } from '$lib/data/load-folder-node';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { en, type MessageKey } from '$lib/i18n/messages';
import { resolveScenario } from '$lib/rules/scenario';
import { MEASURES, measure } from '$lib/sim/measures';
import type { SimulationResult } from '$lib/sim/result';
import { simulate } from '$lib/sim/simulate';
import { labelOf, REGION_TABLE, regionTableCsv, regionTableRows } from './regions-table';

const t = (key: MessageKey) => en[key];

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

describe('the regions table', () => {
	let db: Db;
	let law: SimulationResult;
	let wide: SimulationResult;
	beforeAll(async () => {
		db = await openNodeDb();
		await installDataset(db, await readDatasetFolder('tests/fixtures/good'));
		law = await simulate(db, resolveScenario({ name: 'law', year: 2026, params: {} }));
		wide = await simulate(db, resolveScenario({ name: 'wide', year: 2026, params: { 'tsa.poverty_line.pm_share': 3 } }));
	}, 60_000);
	afterAll(async () => db?.close());

	it("names each measure's columns by its registry CSV column and labels them by its registry label", () => {
		const csv = regionTableCsv(regionTableRows(law, wide), t, (k) => k);
		expect(csv.columns).toEqual([
			'region',
			'region_name',
			'baseline_tsa_eligible_households',
			'scenario_tsa_eligible_households',
			'baseline_tsa_expected_annual_cost_kzt',
			'scenario_tsa_expected_annual_cost_kzt',
			'baseline_local_annual_cost_kzt',
			'scenario_local_annual_cost_kzt'
		]);
		expect(csv.columns.slice(2)).toEqual(REGION_TABLE.flatMap((k) => [`baseline_${measure(k).csv}`, `scenario_${measure(k).csv}`]));
		for (const k of REGION_TABLE) expect(labelOf(k)).toBe(measure(k).label);
		expect(csv.labels.slice(2)).toEqual(
			REGION_TABLE.flatMap((k) => [`${en[labelOf(k)]}: ${en['figures.law']}`, `${en[labelOf(k)]}: ${en['chart.scenario']}`])
		);
		expect(csv.labels).toHaveLength(csv.columns.length);
	});

	it("holds each region's and the nation's figures of simulate, law and scenario", () => {
		const csv = regionTableCsv(regionTableRows(law, wide), t, (k) => `name of ${k}`);
		expect(csv.rows.map((r) => r[0])).toEqual([...REGION_CODES, 'total']);
		expect(csv.rows[0][1]).toBe(`name of ${REGION_CODES[0]}`);
		const total = csv.rows.at(-1)!;
		expect(total.slice(2)).toEqual([
			law.totals.tsa.eligible_households,
			wide.totals.tsa.eligible_households,
			law.totals.tsa.expected_annual_cost_kzt,
			wide.totals.tsa.expected_annual_cost_kzt,
			law.totals.local.annual_cost_kzt,
			wide.totals.local.annual_cost_kzt
		]);
		const turkestan = csv.rows[REGION_CODES.indexOf('turkestan')];
		expect(turkestan.slice(2, 4)).toEqual([
			law.by_region.turkestan.tsa.eligible_households,
			wide.by_region.turkestan.tsa.eligible_households
		]);
		expect(wide.by_region.turkestan.tsa.eligible_households).toBeGreaterThan(law.by_region.turkestan.tsa.eligible_households);
	});

	it("leaves the registry's CSV columns to the registry: no route writes one by hand", () => {
		const names = MEASURES.map((d) => d.csv);
		const written = filesUnder('src/routes').flatMap((f) => {
			const text = readFileSync(f, 'utf8');
			return names.filter((n) => text.includes(n)).map((n) => `${f}: ${n}`);
		});
		expect(written).toEqual([]);
	});
});
