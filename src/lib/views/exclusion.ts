// Why households are excluded: among households the rules do not make eligible, which tests fail, alone and
// in combination (UpSet style), and what the asset and spending tests cost families whose income passes.
import type { Row, SqlValue } from '$lib/db/db';
import { REGION_CODES } from '$lib/data/regions';
import { add, mul, num, param, sub, type Num } from '$lib/rules/expr';
import type { ParamValues } from '$lib/rules/parameter';
import type { EvaluatedColumns, EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { rowsWhere } from '$lib/sim/household-subset';
import { evaluateAt } from '$lib/sim/evaluated-kernel';
import type { FigureQuery } from '$lib/state/figures.svelte';
import { quoteIdent } from '$lib/sql/quote';
import { toSql } from '$lib/sql/to-sql';

/** The tests, as the evaluation's verdict columns (true = passes). */
export const EXCLUSION_TESTS = ['income', 'loan', 'vehicle', 'dwelling', 'land', 'deposit', 'spending'] as const;

/** One test's name. */
export type ExclusionTest = (typeof EXCLUSION_TESTS)[number];

/** One combination of failing tests and the weighted households and persons it excludes. */
export interface Combination {
	failing: ExclusionTest[];
	households: number;
	persons: number;
}

/** Per test: households it excludes on its own (the only failing test) and in any combination. */
export interface TestCount {
	test: ExclusionTest;
	alone: number;
	any: number;
}

// An unknown verdict counts as failing, as `eligible` counts unknown as not eligible.
const fails = (t: ExclusionTest) => `NOT coalesce(${quoteIdent(`${t}_test`)}, false)`;

/**
 * Weighted households and persons of each failing-test combination among the not eligible of `table`.
 * Bind `[region, region]` (null for the nation).
 */
export function combinationsSql(table: string): string {
	const flags = EXCLUSION_TESTS.map((t) => `${fails(t)} AS ${quoteIdent(`fail_${t}`)}`).join(', ');
	return `SELECT ${EXCLUSION_TESTS.map((t) => quoteIdent(`fail_${t}`)).join(', ')},
	sum(weight) AS households, sum(weight * size) AS persons
FROM (SELECT weight, size, ${flags} FROM ${quoteIdent(table)}
	WHERE NOT eligible AND (?::VARCHAR IS NULL OR region = ?::VARCHAR))
GROUP BY ALL ORDER BY households DESC`;
}

/**
 * The TSA a family forgoes a month: the amount formula (line − per-capita income) × members plus the child
 * supplement (МРП per child × МРП for each child of `children_supplement`).
 */
export const FORGONE_MONTHLY: Num = add(
	mul(sub(num('poverty_line'), num('pc_income')), num('size')),
	mul(mul(param('tsa.child_supplement.mrp_per_child'), param('indices.mrp')), num('children_supplement'))
);

/**
 * Households whose income passes but an asset or spending test fails, and the TSA they forgo a month
 * (FORGONE_MONTHLY under `params`). Bind `[region, region]`.
 */
export function assetOnlySql(table: string, params: ParamValues): string {
	return `SELECT coalesce(sum(e.weight), 0) AS households, coalesce(sum(e.weight * e.size), 0) AS persons,
	coalesce(sum(e.weight * ${toSql(FORGONE_MONTHLY, params, 'e.')}), 0) AS forgone_monthly_kzt
FROM (SELECT ev.*, hh.children_supplement FROM ${quoteIdent(table)} ev JOIN hh USING (hh_id)) e
WHERE NOT e.eligible AND coalesce(e.income_test, false) AND (?::VARCHAR IS NULL OR e.region = ?::VARCHAR)`;
}

/** The bound values of `combinationsSql`. */
export function regionParams(region: string | null): SqlValue[] {
	return [region, region];
}

/** Rows of `combinationsSql` as combinations, largest first. */
export function combinations(rows: readonly Row[]): Combination[] {
	return rows
		.map((r) => ({
			failing: EXCLUSION_TESTS.filter((t) => r[`fail_${t}`] === true),
			households: Number(r.households ?? 0),
			persons: Number(r.persons ?? 0)
		}))
		.sort(largestFirst);
}

/** Largest first, then fewer failing tests, then in the order of EXCLUSION_TESTS (so ties order alike on every path). */
function largestFirst(a: Combination, b: Combination): number {
	const mask = (c: Combination) => c.failing.reduce((m, t) => m + 2 ** (EXCLUSION_TESTS.length - 1 - EXCLUSION_TESTS.indexOf(t)), 0);
	return b.households - a.households || a.failing.length - b.failing.length || mask(b) - mask(a);
}

/** Each test's weighted households excluded by it alone and by it in any combination. */
export function testCounts(combos: readonly Combination[]): TestCount[] {
	return EXCLUSION_TESTS.map((test) => ({
		test,
		alone: combos.filter((c) => c.failing.length === 1 && c.failing[0] === test).reduce((s, c) => s + c.households, 0),
		any: combos.filter((c) => c.failing.includes(test)).reduce((s, c) => s + c.households, 0)
	}));
}

/** One side of the exclusion view: the combinations of failed tests, and the families excluded by assets alone. */
export interface ExclusionSide {
	combos: Combination[];
	assetOnly: { households: number; persons: number; forgone_monthly_kzt: number };
}

/** What the exclusion view asks: the focused region (or null) and both sides' parameters. */
export interface ExclusionInputs {
	region: string | null;
	params: { baseline: ParamValues; scenario: ParamValues };
}

/** Sets `bit` in `into[i]` where `verdict[i]` is not 1 (false or unknown). */
function markFailing(verdict: ArrayLike<number>, bit: number, into: Uint8Array): void {
	for (let i = 0; i < into.length; i++) if (verdict[i] !== 1) into[i] |= bit;
}

/** One side's exclusion figures from its evaluated columns: one pass over the households. */
function sideFromColumns(h: EvaluatedHouseholds, side: EvaluatedColumns, params: ParamValues, region: string | null): ExclusionSide {
	const { n } = h;
	const weight = h.fact('weight');
	const size = h.fact('size');
	const eligible = side.column('eligible');
	const verdicts = EXCLUSION_TESTS.map((t) => side.column(`${t}_test`));
	// Per combination (bit k: test k fails): seen, weighted households and persons.
	const seen = new Uint8Array(1 << EXCLUSION_TESTS.length);
	const households = new Float64Array(seen.length);
	const persons = new Float64Array(seen.length);
	const asset = { households: 0, persons: 0, forgone_monthly_kzt: 0 };
	const code = region === null ? -1 : REGION_CODES.indexOf(region as (typeof REGION_CODES)[number]);
	// The families whose income passes but an asset test fails: the TSA they forgo is evaluated for them alone.
	const passing = new Uint8Array(n);
	// Each family's failing tests (bit k: test k fails; unknown fails), a test's column at a time.
	const failing = new Uint8Array(n);
	verdicts.forEach((verdict, k) => markFailing(verdict, 1 << k, failing));
	for (let i = 0; i < n; i++) {
		if (eligible[i] !== 0 || (region !== null && h.region[i] !== code)) continue; // NOT NULL is not true in SQL
		const mask = failing[i];
		const w = weight[i];
		const wp = w * size[i];
		seen[mask] = 1;
		// SQL's sums skip NULLs.
		if (w === w) households[mask] += w;
		if (wp === wp) persons[mask] += wp;
		if ((mask & 1) === 0) {
			if (w === w) asset.households += w;
			if (wp === wp) asset.persons += wp;
			passing[i] = 1;
		}
	}
	const rows = rowsWhere(passing, n);
	const forgone = evaluateAt(h, rows, FORGONE_MONTHLY, params, side);
	for (let k = 0; k < rows.length; k++) {
		const f = weight[rows[k]] * forgone[k];
		if (f === f) asset.forgone_monthly_kzt += f;
	}
	const combos: Combination[] = [];
	for (let m = 0; m < seen.length; m++)
		if (seen[m]) combos.push({ failing: EXCLUSION_TESTS.filter((_, k) => m & (1 << k)), households: households[m], persons: persons[m] });
	return { combos: combos.sort(largestFirst), assetOnly: asset };
}

/** The law's and the scenario's exclusion figures: from the evaluated tables or the columns. */
export const exclusionFigures = {
	sql: async ({ db, tables }, { region, params }) => {
		const side = async (which: 'baseline' | 'scenario'): Promise<ExclusionSide> => {
			const table = tables[which];
			const combos = combinations(await db.query(combinationsSql(table), regionParams(region)));
			const [a] = await db.query(assetOnlySql(table, params[which]), regionParams(region));
			return {
				combos,
				assetOnly: { households: Number(a.households), persons: Number(a.persons), forgone_monthly_kzt: Number(a.forgone_monthly_kzt) }
			};
		};
		return { baseline: await side('baseline'), scenario: await side('scenario') };
	},
	columns: (h, { region, params }) => ({
		// Each side's figures are kept with its evaluation: the baseline's are made once per region while only the
		// scenario moves, and a scenario at the baseline (the same evaluation) takes them.
		baseline: h.baseline.figure(`exclusion of ${region}`, () => sideFromColumns(h, h.baseline, params.baseline, region)),
		scenario: h.scenario.figure(`exclusion of ${region}`, () => sideFromColumns(h, h.scenario, params.scenario, region))
	})
} satisfies FigureQuery<ExclusionInputs, { baseline: ExclusionSide; scenario: ExclusionSide }>;
