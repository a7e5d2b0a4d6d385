// The measures registry against the contract, against what `simulate` produces, and SQL against the prefix index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { baselineFor } from '../rules/baseline';
import { resolveScenario } from '../rules/scenario';
import { en } from '../i18n/messages';
import { extractStructure } from '../fast/extract';
import { COLUMNS } from '../fast/prefix-columns';
import { buildPrefixIndex } from '../fast/prefix-index';
import { sumReaders } from '../fast/prefix-sums';
import { mismatches } from '../fast/testing/close';
import { MEASURES as COMPARED } from '../report/measures';
import { existsSync, readFileSync } from 'node:fs';
import { computedBy, fieldOf, MEASURES, mayBeNull, measure, summedOf, SUMS, valueOf, type Expr, type SumName } from './measures';
import { impactFromRow } from './impact';
import type { SimulationResult, Totals } from './result';
import { simulate } from './simulate';

// The totals of contract §3 (schema 1.1), as the contract names them.
const CONTRACT = [
	'tsa.eligible_households',
	'tsa.eligible_persons',
	'tsa.supplemented_children',
	'tsa.monthly_entitlement_kzt',
	'tsa.annual_entitlement_kzt',
	'tsa.expected_households',
	'tsa.expected_annual_cost_kzt',
	'tsa.assigned_in_year_households',
	'tsa.assigned_in_year_persons',
	'gap.notified_households',
	'gap.applied_households',
	'gap.gap_households',
	'gap.unclaimed_annual_kzt',
	'local.eligible_households',
	'local.annual_cost_kzt',
	'targeting.poor_persons',
	'targeting.inclusion_error',
	'targeting.exclusion_error',
	'targeting.poorest_quintile_coverage',
	'targeting.cgh',
	'impact.poor_persons_before',
	'impact.poor_persons_after',
	'impact.poverty_gap_before_kzt',
	'impact.poverty_gap_after_kzt',
	'impact.gini_before',
	'impact.gini_after'
];

const KEYS = MEASURES.map((d) => d.key as string);

/** Every leaf path of a totals tree, stopping at a registry key (a measure whose value is a record, as poor_by_age). */
function producedKeys(t: object, prefix = ''): string[] {
	return Object.entries(t).flatMap(([k, v]) => {
		const path = prefix ? `${prefix}.${k}` : k;
		return KEYS.includes(path) || v === null || typeof v !== 'object' ? [path] : producedKeys(v as object, path);
	});
}

/** The value of a key path in a set of totals. */
function at(totals: Totals, key: string): unknown {
	return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], totals);
}

/** The sums an expression reads. */
function sumsOf(e: Expr): SumName[] {
	if (typeof e === 'string') return [e];
	if ('scale' in e) return sumsOf(e.of);
	return ('minus' in e ? e.minus : e.ratio).flatMap(sumsOf);
}

describe('the registry', () => {
	it('holds every contract total exactly once, and no key twice', () => {
		for (const key of CONTRACT)
			expect(
				KEYS.filter((k) => k === key),
				key
			).toHaveLength(1);
		expect(new Set(KEYS).size).toBe(KEYS.length);
	});

	it('reads only declared sums, and every sum is read by some measure', () => {
		const read = new Set(MEASURES.flatMap((d) => (d.value === null ? [] : sumsOf(d.value))));
		expect([...read].filter((s) => !(s in SUMS))).toEqual([]);
		expect(Object.keys(SUMS).filter((s) => !read.has(s as SumName))).toEqual([]);
	});

	it('names its labels by keys of the catalogue, and every compared measure has one', () => {
		for (const d of MEASURES) if (d.label !== null) expect(en, d.key).toHaveProperty([d.label]);
		for (const c of COMPARED) expect(measure(c.key).label, c.key).not.toBeNull();
		expect(new Set(MEASURES.map((d) => d.csv)).size).toBe(MEASURES.length);
	});

	it('takes a share as null when its denominator is 0', () => {
		const zero = Object.fromEntries(Object.keys(SUMS).map((s) => [s, 0])) as Record<SumName, number>;
		expect(valueOf(measure('targeting.inclusion_error').value!, zero)).toBeNull();
		expect(valueOf(measure('gap.gap_households').value!, { ...zero, notified_households: 5, applied_households: 2 })).toBe(3);
	});

	it('agrees with the prefix index: every sum is read, and every prefix column is read by some sum', () => {
		const { readers, columns } = sumReaders();
		expect(readers.map(([name]) => name).sort()).toEqual(Object.keys(SUMS).sort());
		expect([...columns].sort()).toEqual([...COLUMNS].sort());
	});
});

describe('figures defined once', () => {
	it('gives every impact figure to sim/impact.ts, with no value here, and its reason: impactFromRow makes exactly those', () => {
		const impact = MEASURES.filter((d) => d.key.startsWith('impact.'));
		expect(impact.length).toBeGreaterThan(5);
		for (const d of impact) expect(d.value === null && d.computedBy, d.key).toBe('sim/impact.ts');
		expect(computedBy('sim/impact.ts')).toEqual(impact);
		for (const d of MEASURES) if (d.value === null) expect(d.notASum.length, d.key).toBeGreaterThan(0);
		expect(MEASURES.filter((d) => d.value === null && !d.key.startsWith('impact.'))).toEqual([]);
		expect(existsSync(`src/lib/${computedBy('sim/impact.ts')[0].computedBy}`)).toBe(true);
		expect(Object.keys(impactFromRow(undefined)).sort()).toEqual(impact.map(fieldOf).sort());
	});

	it("leaves the targeting fields to the registry: simulate.ts names none of them, it reads each measure's column", () => {
		const fields = summedOf('targeting').map(fieldOf);
		expect(fields).toEqual(['poor_persons', 'inclusion_error', 'exclusion_error', 'poorest_quintile_coverage', 'cgh']);
		const source = readFileSync('src/lib/sim/simulate.ts', 'utf8');
		expect(fields.filter((f) => source.includes(f))).toEqual([]);
	});

	it('writes each figure under the CSV column of its contract key (the names exports and outside scripts read)', () => {
		for (const d of MEASURES) expect(d.csv, d.key).toBe(d.key.replace('.', '_'));
		expect(measure('gap.gap_households').csv).toBe('gap_gap_households');
		expect(measure('tsa.expected_annual_cost_kzt').csv).toBe('tsa_expected_annual_cost_kzt');
	});

	it('knows which values can be null: a share, whose denominator may be 0', () => {
		expect(mayBeNull(measure('targeting.cgh').value!)).toBe(true);
		expect(mayBeNull(measure('targeting.poor_persons').value!)).toBe(false);
		expect(mayBeNull(measure('gap.gap_households').value!)).toBe(false);
	});
});

describe('on the embedded dataset', () => {
	const YEAR = 2026;
	const baseline = baselineFor(YEAR);
	let db: Db;
	let law: SimulationResult;
	beforeAll(async () => {
		db = await openNodeDb();
		await installDataset(db, await readDatasetFolder('datasets/embedded'));
		law = await simulate(db, resolveScenario({ name: 'law', year: YEAR, params: {} }), { baseline });
	}, 120_000);
	afterAll(async () => db?.close());

	it('simulate produces every registry measure and no totals key the registry lacks, nationally and by region', () => {
		for (const totals of [law.totals, ...REGION_CODES.map((r) => law.by_region[r])]) {
			expect(producedKeys(totals).filter((k) => !KEYS.includes(k))).toEqual([]);
			expect(KEYS.filter((k) => at(totals, k) === undefined)).toEqual([]);
		}
	});

	it.each([
		['the law', {}],
		[
			'a moved line, МРП and supplement, observed take-up',
			{ 'tsa.poverty_line.pm_share': 0.9, 'indices.mrp': 4_500, 'tsa.child_supplement.mrp_per_child': 3, 'takeup.mode': 'observed' }
		]
	] as const)(
		'SQL and the prefix index agree on every measure with a value from the sums: %s',
		async (_, overrides) => {
			const scenario = resolveScenario({ name: 'p', year: YEAR, params: overrides });
			const sql = await simulate(db, scenario, { baseline });
			const index = buildPrefixIndex(await extractStructure(db, scenario.params, { baseline }));
			const fast = index.figures(scenario.params, baseline);
			const pairs: [string, Totals, Totals][] = [
				['totals', fast.totals, sql.totals],
				...REGION_CODES.map((r): [string, Totals, Totals] => [r, fast.by_region[r], sql.by_region[r]])
			];
			const checked = MEASURES.filter((d) => d.value !== null);
			expect(checked.length).toBeGreaterThan(15);
			for (const [where, f, s] of pairs)
				for (const d of checked) expect(mismatches(at(f, d.key), at(s, d.key), 1e-9, `${where}.${d.key}`)).toEqual([]);
			expect(sql.totals.tsa.eligible_households).toBeGreaterThan(0);
			expect(sql.totals.targeting).toBeDefined();
		},
		300_000
	);
});
