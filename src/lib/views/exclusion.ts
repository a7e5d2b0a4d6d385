// Why households are excluded: among households the rules do not make eligible, which tests fail, alone and
// in combination (UpSet style), and what the asset and spending tests cost families whose income passes.
import type { Row, SqlValue } from '$lib/db/db';
import type { ParamValues } from '$lib/rules/parameter';
import type { Evaluated } from '$lib/state/figures.svelte';
import { quoteIdent } from '$lib/sql/quote';

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
 * Households whose income passes but an asset or spending test fails, and the TSA they forgo a month: the
 * amount formula (line − per-capita income) × members plus the child supplement (`supplement` ₸ per child
 * of `hh.children_supplement`). Bind `[supplement, region, region]`.
 */
export function assetOnlySql(table: string): string {
	return `SELECT coalesce(sum(e.weight), 0) AS households, coalesce(sum(e.weight * e.size), 0) AS persons,
	coalesce(sum(e.weight * ((e.poverty_line - e.pc_income) * e.size + ?::DOUBLE * hh.children_supplement)), 0) AS forgone_monthly_kzt
FROM ${quoteIdent(table)} e JOIN hh USING (hh_id)
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
		.sort((a, b) => b.households - a.households || a.failing.length - b.failing.length);
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

/** Asks the evaluated tables for the law's and the scenario's exclusion figures. */
export async function exclusionFigures({ db, tables }: Evaluated, { region, params }: ExclusionInputs): Promise<{ baseline: ExclusionSide; scenario: ExclusionSide }> {
	const supplement = (p: ParamValues) => Number(p['tsa.child_supplement.mrp_per_child']) * Number(p['indices.mrp']);
	const side = async (which: 'baseline' | 'scenario'): Promise<ExclusionSide> => {
		const table = tables[which];
		const combos = combinations(await db.query(combinationsSql(table), regionParams(region)));
		const [a] = await db.query(assetOnlySql(table), [supplement(params[which]), ...regionParams(region)]);
		return { combos, assetOnly: { households: Number(a.households), persons: Number(a.persons), forgone_monthly_kzt: Number(a.forgone_monthly_kzt) } };
	};
	return { baseline: await side('baseline'), scenario: await side('scenario') };
}
