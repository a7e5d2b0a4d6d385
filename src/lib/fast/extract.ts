// Reads, for one structure (see structure.ts), the household columns the prefix index needs, from the shared rules.
import type { Table } from 'apache-arrow';
import type { Db } from '../db/db';
import { REGION_CODES } from '../data/regions';
import type { ParamValues } from '../rules/parameter';
import { and, coalesce, lit } from '../rules/expr';
import { toSql } from '../sql/to-sql';
import { ASSET_TESTS, spendingTest } from '../rules/tsa/assets';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { unconditional } from '../rules/tsa/conditionality';
import { housing } from '../rules/local/housing';
import { localMrpAnnual } from '../rules/local/total';
import { cachedTable } from '../sim/cached-table';
import { QUINTILE_SQL } from '../sim/aggregate';
import { ensureHouseholdFeatures } from '../sim/household-features';
import { hhWithMedianSql, medianSql, queryDatasetMedianNotice } from '../sim/median';
import { queryLoanAmountsNotice } from '../sim/loan-amounts';
import { takeupSql } from '../sim/takeup';
import { gapNotice, queryGapData } from '../sim/gap';
import { quoteIdent, sqlLiteral } from '../sql/quote';
import { fastPathRefusal, structureKey, structureOf, type Structure } from './structure';
import { readRegionConstants, type RegionConstants } from './region-constants';

/** The notice of an extract asked for observed take-up on a dataset with no `applied` values. */
export const NO_APPLIED_NOTICE = 'takeup.mode is "observed" but the dataset has no `applied` column: full take-up was used instead.';

/**
 * Bits of `StructureExtract.flags`. `excluded`: the household fails a structural test and adds nothing; it keeps its
 * place in the order (an extract laid over household columns in income order holds every household, flagged).
 */
export const FLAG = { unconditional: 1, applied: 2, consumer: 4, bottom: 8, excluded: 16 } as const;

/** A numeric column of an extract: its own array, or a view of the household columns (any exact kind). */
export type NumberColumn = Float64Array | Float32Array | Int32Array | Uint8Array;

/**
 * The households that can ever be eligible under one structure, sorted by region (REGION_CODES order) then pc_income;
 * rows flagged `excluded` (if any) add nothing.
 */
export interface StructureExtract {
	key: string;
	structure: Structure;
	notices: string[];
	/** Rows of region r are offsets[r] .. offsets[r + 1] − 1 (length 21). */
	offsets: Int32Array;
	pcIncome: Float64Array;
	weight: NumberColumn;
	size: NumberColumn;
	/** Children of the supplement's ages (`hh.children_supplement`). */
	kids: NumberColumn;
	takeup: NumberColumn;
	/** FLAG bits: unconditional help, applied, has consumption (a targeting row), in the poorest quintile, excluded. */
	flags: Uint8Array;
	/** Each row's settlement, an index into the cells of `gapRates` (255: none known). */
	settlement: Uint8Array;
	/** The card's learnt rates by region × settlement (takeup.ts, gap.ts). */
	gapRates: GapRates;
	/** Consumption per capita (read only where FLAG.consumer is set). */
	cpc: NumberColumn;
	/** Per region: the figures no fast parameter moves, and the median the line uses (NaN when none). */
	regions: RegionConstants[];
	/** Every household with consumption, sorted by region then cpc, for `poor_persons`; null without consumption data. */
	consumers: { offsets: Int32Array; cpc: Float64Array; wp: Float64Array } | null;
}

/**
 * Rates per cell r × stride + s (region index r, settlement code s; s = stride − 1 for a household of no known
 * settlement): of families eligible under the learning baseline `notify` ν and `respond` ν × ρ, of the others
 * `notifyOther` ν′ and `respondOther` ν′ × ρ′, and `takeup` the observed take-up the unclaimed tenge use (gap.ts).
 */
export interface GapRates {
	stride: number;
	notify: Float64Array;
	respond: Float64Array;
	notifyOther: Float64Array;
	respondOther: Float64Array;
	takeup: Float64Array;
}

/** The cell of a row of region `r` and settlement code `s` in `rates`. */
export function gapCell(rates: GapRates, r: number, s: number): number {
	return r * rates.stride + (s === 255 ? rates.stride - 1 : s);
}

/** Options: the baseline observed take-up is learnt under (as `simulate` takes it). */
export interface ExtractOptions {
	baseline: ParamValues;
}

/** Runs the extract queries for the structure of `params` (fast parameters' values are irrelevant to it). */
export async function extractStructure(db: Db, params: ParamValues, options: ExtractOptions): Promise<StructureExtract> {
	const refusal = fastPathRefusal(params);
	if (refusal) throw new Error(`no fast path: ${refusal}`);
	await ensureHouseholdFeatures(db, params);
	const notices: string[] = [];
	let observed = params['takeup.mode'] === 'observed';
	if (observed && !(await hasApplied(db))) {
		observed = false;
		notices.push(NO_APPLIED_NOTICE);
	}
	const medianNotice = await queryDatasetMedianNotice(db, params);
	if (medianNotice) notices.push(medianNotice);
	const loanNotice = await queryLoanAmountsNotice(db, params);
	if (loanNotice) notices.push(loanNotice);
	const gapData = await queryGapData(db);
	const gap = gapNotice(gapData);
	if (gap) notices.push(gap);
	const hh = hhWithMedianSql(params, await cachedTable(db, 'medians', medianSql(params)));
	const takeup = await cachedTable(db, 'takeup', takeupSql(params, options.baseline, observed, gapData));
	const quintiles = await cachedTable(db, 'quintiles', QUINTILE_SQL);
	const settlements = (await db.query('SELECT DISTINCT settlement FROM hh WHERE settlement IS NOT NULL ORDER BY 1')).map((r) =>
		String(r.settlement)
	);
	const settlementCode = `coalesce(CASE hh.settlement ${settlements.map((v, i) => `WHEN ${sqlLiteral(v)} THEN ${i}`).join(' ')} END, 255)::UTINYINT`;
	const rows = await db.queryArrow(householdsSql(params, hh, takeup, quintiles, settlementCode));
	const consumers = await db.queryArrow(`SELECT ${regionIndexSql} AS r, qu.cpc AS cpc, hh.weight * hh.size AS wp
FROM hh JOIN ${quintiles} qu ON qu.hh_id = hh.hh_id WHERE ${regionIndexSql} IS NOT NULL ORDER BY r, cpc`);
	return {
		key: structureKey(params, options.baseline),
		structure: structureOf(params, options.baseline),
		notices,
		offsets: regionOffsets(column(rows, 'r', Uint8Array)),
		pcIncome: column(rows, 'pc', Float64Array),
		weight: column(rows, 'w', Float64Array),
		size: column(rows, 'n', Int32Array),
		kids: column(rows, 'kids', Int32Array),
		takeup: column(rows, 't', Float64Array),
		flags: column(rows, 'flags', Uint8Array),
		settlement: column(rows, 's', Uint8Array),
		gapRates: await readGapRates(db, takeup, settlements),
		cpc: column(rows, 'cpc', Float64Array),
		regions: await readRegionConstants(db, hh, quintiles, localSql(params), regionIndexSql, takeup),
		consumers:
			consumers.numRows === 0
				? null
				: {
						offsets: regionOffsets(column(consumers, 'r', Uint8Array)),
						cpc: column(consumers, 'cpc', Float64Array),
						wp: column(consumers, 'wp', Float64Array)
					}
	};
}

const regionIndexSql = `(CASE hh.region ${REGION_CODES.map((r, i) => `WHEN ${sqlLiteral(r)} THEN ${i}`).join(' ')} END)::UTINYINT`;

// The asset tests other than the spending test move with no fast parameter (МРП only while the deposit test is on,
// and then it is part of the structure key); `eligible` treats an unknown verdict as a refusal, so this does too.
const structuralPass = coalesce(and(...ASSET_TESTS.filter((t) => t !== spendingTest).map((t) => t.expr)), lit(false));

function householdsSql(params: ParamValues, hh: string, takeup: string, quintiles: string, settlementCode: string): string {
	const flag = (cond: string, bit: number): string => `(CASE WHEN ${cond} THEN ${bit} ELSE 0 END)`;
	const flags = [
		flag(toSql(unconditional.expr, params, 'hh.'), FLAG.unconditional),
		flag('hh.applied', FLAG.applied),
		flag('qu.hh_id IS NOT NULL', FLAG.consumer),
		flag('qu.bottom', FLAG.bottom)
	].join(' + ');
	return `SELECT * EXCLUDE (pass) FROM (
	SELECT ${regionIndexSql} AS r, ${toSql(perCapitaIncome.expr, params, 'hh.')} AS pc, hh.weight AS w, hh.size::INTEGER AS n,
		hh.${quoteIdent('children_supplement')}::INTEGER AS kids, coalesce(tu.takeup_rate, 1.0)::DOUBLE AS t,
		(${flags})::UTINYINT AS flags, ${settlementCode} AS s, coalesce(qu.cpc, 0)::DOUBLE AS cpc, ${toSql(structuralPass, params, 'hh.')} AS pass
	FROM ${hh} hh
		LEFT JOIN ${takeup} tu ON tu.region = hh.region AND tu.settlement = hh.settlement
		LEFT JOIN ${quintiles} qu ON qu.hh_id = hh.hh_id
) WHERE pass AND pc IS NOT NULL AND r IS NOT NULL ORDER BY r, pc`;
}

// Every МРП category is (amount in МРП) × МРП times counts and flags that no МРП moves, so its cost is
// МРП × (its value at МРП = 1); housing assistance is in tenge and moves with no fast parameter. The index scales one
// constant and adds the other instead of reading rows again.
function localSql(params: ParamValues): { perMrp: string; fixed: string } {
	return { perMrp: toSql(localMrpAnnual.expr, { ...params, 'indices.mrp': 1 }, 'hh.'), fixed: toSql(housing.expr, params, 'hh.') };
}

/**
 * The learnt rates of table `takeup` by cell (`GapRates`). A cell absent from the table (no known region or
 * settlement) keeps what the evaluation's LEFT JOIN gives it: every card rate 0, take-up 1.
 */
async function readGapRates(db: Db, takeup: string, settlements: string[]): Promise<GapRates> {
	const stride = settlements.length + 1;
	const size = REGION_CODES.length * stride;
	const rates: GapRates = {
		stride,
		notify: new Float64Array(size),
		respond: new Float64Array(size),
		notifyOther: new Float64Array(size),
		respondOther: new Float64Array(size),
		takeup: new Float64Array(size).fill(1)
	};
	const rows = await db.query(`SELECT region, settlement, notify_rate, notify_rate * response_rate AS respond, notify_other_rate,
	notify_other_rate * response_other_rate AS respond_other, gap_takeup_rate FROM ${takeup}`);
	for (const row of rows) {
		const r = REGION_CODES.indexOf(row.region as (typeof REGION_CODES)[number]);
		const s = settlements.indexOf(String(row.settlement));
		if (r < 0 || s < 0) continue;
		const k = gapCell(rates, r, s);
		rates.notify[k] = Number(row.notify_rate);
		rates.respond[k] = Number(row.respond);
		rates.notifyOther[k] = Number(row.notify_other_rate);
		rates.respondOther[k] = Number(row.respond_other);
		rates.takeup[k] = Number(row.gap_takeup_rate);
	}
	return rates;
}

function regionOffsets(r: Uint8Array): Int32Array {
	const offsets = new Int32Array(REGION_CODES.length + 1);
	for (let i = 0; i < r.length; i++) offsets[r[i] + 1]++;
	for (let k = 0; k < REGION_CODES.length; k++) offsets[k + 1] += offsets[k];
	return offsets;
}

type TypedArrayCtor<T> = { from(values: ArrayLike<number>): T };

// Arrow hands a single-chunk column over as a view of its own buffer (no copy); other shapes are copied once.
function column<T extends Float64Array | Int32Array | Uint8Array>(table: Table, name: string, ctor: TypedArrayCtor<T>): T {
	const vector = table.getChild(name);
	if (!vector) throw new Error(`extract has no column ${name}`);
	if (vector.nullCount > 0) throw new Error(`extract column ${name} has NULLs`);
	const values = vector.toArray() as ArrayLike<number>;
	return (values.constructor as unknown) === ctor ? (values as T) : ctor.from(values);
}

/** True when the dataset has an `applied` column with at least one value (observed take-up needs it). */
export async function hasApplied(db: Db): Promise<boolean> {
	const cols = await db.query("SELECT 1 FROM duckdb_columns() WHERE table_name = 'households' AND column_name = 'applied'");
	if (cols.length === 0) return false;
	const [row] = await db.query('SELECT count(applied) AS n FROM households');
	return Number(row?.n ?? 0) > 0;
}
