// The column kernel equals the row evaluator (which equals SQL, see sim/generated.test.ts) on every rule, household by
// household: NULLs, division by zero, three-valued logic and per-region parameters included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import type { Db, Row } from '../db/db';
import { openNodeDb } from '../db/node-db';
import { baselineFor } from '../rules/baseline';
import { add, and, coalesce, div, evaluate, isNull, lit, max, min, not, num, or, type Node } from '../rules/expr';
import type { ParamValues } from '../rules/parameter';
import { EVALUATION_COLUMNS } from '../sim/evaluation';
import { ensureHouseholdFeatures } from '../sim/household-features';
import { hhWithMedianSql } from '../sim/median';
import { installTestDataset } from '../sim/testing/dataset';
import { generateHouseholds } from '../sim/testing/generate';
import { columnsOf, compileKernel, type KernelColumns } from './column-kernel';

const b26 = baselineFor(2026);
const SCENARIOS: Record<string, ParamValues> = {
	'the law': b26,
	'loans by the yes/no column': { ...b26, 'tsa.assets.loan_limit_pm_per_member_quarter': null },
	'every switch turned': {
		...b26,
		'tsa.poverty_line.median_share': 0.6,
		'tsa.assets.max_vehicles': 0,
		'tsa.assets.max_dwellings': 1,
		'tsa.assets.max_land_plots': 0,
		'tsa.assets.max_deposits_mrp': 100,
		'tsa.assets.loan_limit_pm_per_member_quarter': 1,
		'tsa.conditional.refusal_months': 9,
		'tsa.conditional.months_before_break': 1,
		'tsa.assets.vehicle_exception_large_family': false,
		'tsa.income.counted.pension': false,
		'tsa.income.counted.benefits_excluded': true,
		...Object.fromEntries(REGION_CODES.map((r) => [`local.${r}.income_threshold_pm_multiple`, 1.5])),
		...Object.fromEntries(REGION_CODES.map((r) => [`local.${r}.tb_monthly`, true])),
		...Object.fromEntries(REGION_CODES.map((r) => [`local.${r}.tb_months`, 9])),
		...Object.fromEntries(REGION_CODES.map((r, k) => [`local.${r}.housing_income_ceiling_pm_multiple`, k % 3 === 0 ? null : 1.5])),
		...Object.fromEntries(REGION_CODES.map((r, k) => [`local.${r}.housing_assistance`, k % 4 !== 0])),
		...Object.fromEntries(REGION_CODES.map((r, k) => [`local.${r}.housing_norm_kzt_per_person`, k % 5 === 0 ? null : 6_000]))
	}
};

let db: Db;
let rows: Row[];
let data: KernelColumns;
beforeAll(async () => {
	db = await openNodeDb();
	const { households, persons } = generateHouseholds(5_000, 7);
	await installTestDataset(db, households, persons);
	await ensureHouseholdFeatures(db, b26);
	rows = await db.query(`SELECT * FROM ${hhWithMedianSql(b26)} hh ORDER BY hh_id`);
	const names = new Set<string>();
	for (const e of Object.values(EVALUATION_COLUMNS)) columnsOf(e, names);
	names.delete('region');
	const asNumber = (v: unknown) => (v === null || v === undefined ? Number.NaN : typeof v === 'boolean' ? (v ? 1 : 0) : Number(v));
	const regionIndex = (region: unknown) => {
		const k = REGION_CODES.indexOf(String(region) as (typeof REGION_CODES)[number]);
		return k < 0 ? 255 : k;
	};
	data = {
		n: rows.length,
		region: Uint8Array.from(rows, (r) => regionIndex(r.region)),
		columns: Object.fromEntries([...names].map((c) => [c, Float64Array.from(rows, (r) => asNumber(r[c]))]))
	};
}, 120_000);
afterAll(async () => db?.close());

/** The kernel's number for a row value: NULL is NaN, booleans 1 / 0. */
function expected(v: unknown): number {
	if (v === null) return Number.NaN;
	if (typeof v === 'boolean') return v ? 1 : 0;
	return Number(v);
}

function expectSame(name: string, e: Node, params: ParamValues): void {
	const out = compileKernel(e, params, data)(new Float64Array(data.n));
	let bad = 0;
	for (let i = 0; i < data.n; i++) {
		const want = expected(evaluate(e, rows[i], params));
		if (!(out[i] === want || (Number.isNaN(out[i]) && Number.isNaN(want)))) {
			bad++;
			if (bad < 3) expect(out[i], `${name}, household ${rows[i].hh_id}`).toBe(want);
		}
	}
	expect(bad, name).toBe(0);
}

describe('the column kernel equals the row evaluator', () => {
	for (const [scenario, params] of Object.entries(SCENARIOS))
		it(`every evaluation column, ${scenario}`, () => {
			for (const [name, e] of Object.entries(EVALUATION_COLUMNS)) expectSame(name, e, params);
		});

	it('NULL semantics: division by zero, LEAST / GREATEST ignoring NULL, three-valued AND / OR, COALESCE', () => {
		const zero = lit<'number'>(0);
		const nul = lit<'number'>(null);
		const t = lit<'boolean'>(true);
		const f = lit<'boolean'>(false);
		const nb = lit<'boolean'>(null);
		const cases: [string, Node][] = [
			['x / 0', div(num('size'), zero)],
			['least with NULL', min(nul, num('size'), nul)],
			['greatest of NULLs', max(nul, nul)],
			['NULL and false', and(nb, f)],
			['NULL and true', and(nb, t)],
			['NULL or true', or(nb, t)],
			['NULL or false', or(nb, f)],
			['not NULL', not(nb)],
			['is NULL of x / 0', isNull(div(num('size'), zero))],
			['coalesce', coalesce(nul, div(num('size'), zero), add(num('size'), lit(1)))]
		];
		for (const [name, e] of cases) expectSame(name, e, b26);
	});

	it('refuses a column the table does not have, naming it', () => {
		expect(() => compileKernel(num('no_such_column'), b26, data)).toThrow(/no_such_column/);
	});
});
