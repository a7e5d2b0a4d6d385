// Local (maslikhat) assistance of one region, ground by ground: the law beside the scenario, and the scenario
// re-evaluated along the region's local income threshold (× ПМ). Figures are summed the way `simulate` sums local
// assistance: families helped in the reference quarter, the annual cost over the year's quarters.
import type { Db, Row } from '$lib/db/db';
import { isRegionCode, type RegionCode } from '$lib/data/regions';
import type { ParamValues } from '$lib/rules/parameter';
import { cachedTable } from '$lib/sim/cached-table';
import { ensureHouseholdFeatures } from '$lib/sim/household-features';
import { hhWithMedianSql, medianSql } from '$lib/sim/median';
import { distinctQuarters } from '$lib/sim/year';
import type { FigureQuery } from '$lib/state/figures.svelte';
import { quoteIdent, sqlLiteral } from '$lib/sql/quote';
import { toSql } from '$lib/sql/to-sql';
import { chunks, inChunks } from './chunked';
import { localAssistanceFromColumns } from './local-assistance-columns';
import {
	GROUND_ORDER,
	LOCAL_GROUNDS,
	LOCAL_MULTIPLES,
	noneHelped,
	thresholdPath,
	type Helped,
	type LocalAssistanceFigures,
	type LocalFigures,
	type LocalGround,
	type LocalInputs,
	type LocalSweepPoint
} from './local-grounds';

export {
	GROUND_ORDER,
	LOCAL_GROUNDS,
	LOCAL_MULTIPLES,
	thresholdPath,
	type Helped,
	type LocalAssistanceFigures,
	type LocalFigures,
	type LocalGround,
	type LocalInputs,
	type LocalSweepPoint
} from './local-grounds';

/** One evaluation: a variant's parameter set for some of the year's quarters (`year_share` of it). */
interface LocalEvaluation {
	variant: number;
	params: ParamValues;
	year_share: number;
	reference: boolean;
}

/** Per household of `region`: weight and each ground's annual amount under `params` (`medians`: a table of medianSql). */
export function localRowsSql(params: ParamValues, region: RegionCode, medians?: string): string {
	if (!isRegionCode(region)) throw new Error(`Not a region code: ${String(region)}`);
	const grounds = GROUND_ORDER.map((g) => `${toSql(LOCAL_GROUNDS[g], params, 'hh.')} AS ${quoteIdent(`g_${g}`)}`).join(', ');
	return `SELECT hh.hh_id, hh.weight, ${grounds} FROM ${hhWithMedianSql(params, medians)} hh WHERE hh.region = ${sqlLiteral(region)}`;
}

/** Groups the evaluations into one row per variant: families helped (reference quarter) and annual cost, by ground and in all. */
export function localVariantsSql(evaluations: readonly (LocalEvaluation & { sql: string })[]): string {
	const union = evaluations
		.map(
			(e) =>
				`SELECT ${sqlLiteral(e.variant)} AS variant, ${sqlLiteral(e.year_share)} AS year_share, ${e.reference} AS reference, * FROM (${e.sql})`
		)
		.join('\nUNION ALL\n');
	const all = GROUND_ORDER.map((g) => quoteIdent(`g_${g}`)).join(' + ');
	const figures = GROUND_ORDER.map((g) => {
		const c = quoteIdent(`g_${g}`);
		return `coalesce(sum(weight) FILTER (WHERE reference AND ${c} > 0), 0) AS ${quoteIdent(`${g}_households`)},
	coalesce(sum(year_share * weight * ${c}), 0) AS ${quoteIdent(`${g}_annual_cost_kzt`)}`;
	}).join(',\n\t');
	return `WITH ev AS (${union})
SELECT variant,
	coalesce(sum(weight) FILTER (WHERE reference AND ${all} > 0), 0) AS total_households,
	coalesce(sum(year_share * weight * (${all})), 0) AS total_annual_cost_kzt,
	${figures}
FROM ev GROUP BY variant ORDER BY variant`;
}

/** Rows of `localVariantsSql` as figures. */
export function localFiguresFromRows(rows: readonly Row[]): LocalFigures[] {
	return rows.map((r) => {
		const n = (k: string) => Number(r[k] ?? 0);
		const grounds = Object.fromEntries(
			GROUND_ORDER.map((g) => [g, { households: n(`${g}_households`), annual_cost_kzt: n(`${g}_annual_cost_kzt`) }])
		) as Record<LocalGround, Helped>;
		return {
			variant: Number(r.variant),
			total: { households: n('total_households'), annual_cost_kzt: n('total_annual_cost_kzt') },
			grounds
		};
	});
}

/** The one query evaluating each variant (a year's parameters) over `region`'s households. */
async function variantsQuery(
	db: Db,
	year: number,
	variants: readonly { variant: number; params: ParamValues }[],
	region: RegionCode
): Promise<string> {
	const evaluations: (LocalEvaluation & { sql: string })[] = [];
	for (const { variant, params } of variants) {
		await ensureHouseholdFeatures(db, params);
		for (const [i, set] of distinctQuarters(year, Object.freeze({ ...params })).entries()) {
			const medians = await cachedTable(db, 'medians', medianSql(set.params));
			evaluations.push({
				variant,
				params: set.params,
				year_share: set.quarters.length / 4,
				reference: i === 0,
				sql: localRowsSql(set.params, region, medians)
			});
		}
	}
	return localVariantsSql(evaluations);
}

/** Runs a `variantsQuery`: one figure set per variant, in order (a variant no household has helps nobody). */
async function runVariants(db: Db, sql: string, variants: readonly number[]): Promise<LocalFigures[]> {
	const found = localFiguresFromRows(await db.query(sql));
	return variants.map((variant) => found.find((f) => f.variant === variant) ?? noneHelped(variant));
}

/** How many thresholds one sweep query evaluates. */
export const SWEEP_CHUNK = 6;

/** The queries of the figures: law and scenario in one, then the sweep a few thresholds (SWEEP_CHUNK) per query. */
async function localQueries(db: Db, { region, year, params }: LocalInputs & { region: RegionCode }, multiples: readonly number[]) {
	const path = thresholdPath(region);
	const sides = await variantsQuery(
		db,
		year,
		[
			{ variant: -2, params: params.baseline },
			{ variant: -1, params: params.scenario }
		],
		region
	);
	const sweep: { multiples: number[]; sql: string }[] = [];
	for (const chunk of chunks(multiples, SWEEP_CHUNK))
		sweep.push({
			multiples: chunk,
			sql: await variantsQuery(
				db,
				year,
				chunk.map((m, i) => ({ variant: i, params: { ...params.scenario, [path]: m } })),
				region
			)
		});
	return { sides, sweep };
}

/** Runs the queries of `localQueries`. */
async function runLocal(db: Db, region: RegionCode, queries: Awaited<ReturnType<typeof localQueries>>): Promise<LocalAssistanceFigures> {
	const [law, scenario] = await runVariants(db, queries.sides, [-2, -1]);
	const sweep = await inChunks(queries.sweep, 1, async ([q]) =>
		(
			await runVariants(
				db,
				q.sql,
				q.multiples.map((_, i) => i)
			)
		).map((f, i): LocalSweepPoint => ({ ...f, multiple: q.multiples[i] }))
	);
	// Each chunk numbers its variants from 0: a point's variant is its place along the whole sweep.
	return { region, law, scenario, sweep: (sweep ?? []).map((p, i) => ({ ...p, variant: i })) };
}

/** Law, scenario and the threshold sweep for the focused region along `multiples` (null without a region). */
export async function localAssistance(
	db: Db,
	inputs: LocalInputs,
	multiples: readonly number[] = LOCAL_MULTIPLES
): Promise<LocalAssistanceFigures | null> {
	const region = inputs.region;
	if (region === null) return null;
	return runLocal(db, region, await localQueries(db, { ...inputs, region }, multiples));
}

let last: { key: string; figures: LocalAssistanceFigures } | null = null;

/**
 * The Figures client's question: the focused region's local assistance, law, scenario and sweep (null without a
 * region), from the evaluated households' columns (local-assistance-columns.ts) or in SQL. The SQL answer is kept for
 * its queries' text (which holds every parameter they read) and the dataset `generation`: moving a rule local
 * assistance does not read (a TSA share) asks nothing new.
 */
export const localAssistanceFigures = {
	sql: async ({ db }, inputs) => {
		const region = inputs.region;
		if (region === null) return null;
		const queries = await localQueries(db, { ...inputs, region }, LOCAL_MULTIPLES);
		const key = JSON.stringify([inputs.generation, region, queries]);
		if (last?.key === key) return last.figures;
		const figures = await runLocal(db, region, queries);
		last = { key, figures };
		return figures;
	},
	columns: (households, inputs) => localAssistanceFromColumns(households, inputs)
} satisfies FigureQuery<LocalInputs & { generation: number }, LocalAssistanceFigures | null>;
