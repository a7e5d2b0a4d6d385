// The committed embedded dataset meets the contract and its calibration targets (read straight from the CSVs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES, type RegionCode } from '../../src/lib/data/regions';
import { baselineFor } from '../../src/lib/rules/baseline';
import { HOUSEHOLD_COLUMNS, PERSON_COLUMNS } from './csv';
import { regionProfiles } from './regions-profile';

const DIR = join(__dirname, '../../datasets/embedded');
const COUNTED = ['income_wages', 'income_business', 'income_pension', 'income_benefits', 'income_alimony', 'income_property', 'income_farm'];

function readCsv(file: string): { header: string[]; rows: Record<string, string>[] } {
	const lines = readFileSync(join(DIR, file), 'utf8').trimEnd().split('\n');
	const header = lines[0].split(',');
	const rows = lines.slice(1).map((line) => {
		const cells = line.split(',');
		return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
	});
	return { header, rows };
}

interface Hh {
	row: Record<string, string>;
	w: number;
	size: number;
	counted: number;
	kids1to6: number;
}

let households: ReturnType<typeof readCsv>;
let persons: ReturnType<typeof readCsv>;
let byId: Map<string, Hh>;
const b = baselineFor(2025);
const pm = (r: string) => b[`indices.pm_regional.${r}`] as number;
const line = (r: string) => (b['tsa.poverty_line.pm_share'] as number) * pm(r);

beforeAll(() => {
	households = readCsv('households.csv');
	persons = readCsv('persons.csv');
	byId = new Map(households.rows.map((row) => [row.hh_id, { row, w: Number(row.weight), size: 0, counted: 0, kids1to6: 0 }]));
	for (const p of persons.rows) {
		const h = byId.get(p.hh_id)!;
		h.size++;
		h.counted += COUNTED.reduce((s, c) => s + Number(p[c]), 0);
		if (Number(p.age) >= 1 && Number(p.age) <= 6) h.kids1to6++;
	}
});

const sum = (f: (h: Hh) => number) => [...byId.values()].reduce((s, h) => s + f(h), 0);
const within = (x: number, target: number, rel: number) => expect(Math.abs(x - target)).toBeLessThanOrEqual(rel * target);

describe('embedded dataset: contract §1', () => {
	it('has every column, unique ids, known regions, and persons for every household', () => {
		expect(households.header).toEqual([...HOUSEHOLD_COLUMNS]);
		expect(persons.header).toEqual([...PERSON_COLUMNS]);
		expect(byId.size).toBe(households.rows.length);
		expect(new Set(persons.rows.map((p) => p.person_id)).size).toBe(persons.rows.length);
		const bad = [...byId.values()].filter(
			(h) =>
				!(REGION_CODES as readonly string[]).includes(h.row.region) ||
				h.size === 0 ||
				!(h.w > 0) ||
				['non_mortgage_loan', 'notified', 'applied', 'disaster_damage', 'fire_damage'].some((c) => !['true', 'false'].includes(h.row[c]))
		);
		expect(bad.map((h) => h.row.hh_id)).toEqual([]);
	});
});

describe('embedded dataset: calibration targets', () => {
	it('weighted population within 1 % and households within 3 %', () => {
		within(sum((h) => h.w * h.size), 20_478_879, 0.01);
		within(sum((h) => h.w), 5_600_000, 0.03);
	});

	it('each region’s population share within 0.3 pp of its target', () => {
		const total = sum((h) => h.w * h.size);
		for (const p of regionProfiles()) {
			const share = sum((h) => (h.row.region === p.code ? h.w * h.size : 0)) / total;
			expect(Math.abs(share - p.population.value / 20_478_879), p.code).toBeLessThanOrEqual(0.003);
		}
	});

	it('poverty rates (consumption per capita below the regional ПМ) within 1 pp', () => {
		const published: Partial<Record<RegionCode | 'all', number>> = {
			all: 0.053, turkestan: 0.09, mangystau: 0.082, abai: 0.079, astana: 0.027, karaganda: 0.033, atyrau: 0.033
		};
		for (const [scope, rate] of Object.entries(published)) {
			const inScope = (h: Hh) => scope === 'all' || h.row.region === scope;
			const poor = sum((h) => (inScope(h) && Number(h.row.consumption_monthly) / h.size < pm(h.row.region) ? h.w * h.size : 0));
			const all = sum((h) => (inScope(h) ? h.w * h.size : 0));
			expect(Math.abs(poor / all - rate!), scope).toBeLessThanOrEqual(0.01);
		}
	});

	it('notified, applied and paid households within 10 % of 157 000, 88 900 and 54 400', () => {
		within(sum((h) => (h.row.notified === 'true' ? h.w : 0)), 157_000, 0.1);
		within(sum((h) => (h.row.applied === 'true' ? h.w : 0)), 88_900, 0.1);
		within(sum((h) => (Number(h.row.tsa_paid_monthly) > 0 ? h.w : 0)), 54_400, 0.1);
	});

	it('paid persons and annual amount near 292 700 persons and 33.4 bn ₸', () => {
		within(sum((h) => (Number(h.row.tsa_paid_monthly) > 0 ? h.w * h.size : 0)), 292_700, 0.15);
		within(sum((h) => 12 * h.w * Number(h.row.tsa_paid_monthly)), 33.4e9, 0.2);
	});
});

describe('embedded dataset: observed TSA follows the 2025 rule', () => {
	it('paid exactly when applied and per-capita counted income is below 0.7 × regional ПМ, with the rule’s amount', () => {
		const supplement = (b['tsa.child_supplement.mrp_per_child'] as number) * (b['indices.mrp'] as number);
		for (const h of byId.values()) {
			const l = line(h.row.region);
			const eligible = h.counted / h.size < l;
			const paid = Number(h.row.tsa_paid_monthly);
			expect(paid > 0, h.row.hh_id).toBe(eligible && h.row.applied === 'true');
			// (line − per-capita income) × size + 1.5 МРП × children aged 1–6
			if (paid > 0) expect(paid).toBeCloseTo((l - h.counted / h.size) * h.size + supplement * h.kids1to6, 1);
		}
	});

	it('the 35 % median term stays below the ПМ term in every region, so the line is 0.7 × ПМ', () => {
		const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8'));
		expect(manifest.schema_version).toBe(1);
		for (const c of manifest.calibration) expect(c.within, c.id).toBe(true);
		for (const [scope, m] of Object.entries(manifest.checks.median_term) as [string, Record<string, number>][]) {
			expect(m.median_term_by_households, scope).toBeLessThan(m.pm_term);
			expect(m.median_term_by_persons, scope).toBeLessThan(m.pm_term);
		}
	});
});
