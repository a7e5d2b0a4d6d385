// The household feature table (`hh`) held as typed arrays, with the columns any structure's extract and every rule of
// the evaluation read, and the facts views count: from it `extractFromColumns` builds the prefix index of a new
// structure (a rule switched on or off) and `evaluateColumns` each household's evaluation, without SQL.
import { DataType, type Table } from 'apache-arrow';
import type { Db } from '../db/db';
import { REGION_CODES } from '../data/regions';
import type { ParamValue, ParamValues } from '../rules/parameter';
import { paramValue } from '../rules/expr';
import { MEDIAN_COLUMN } from '../rules/tsa/poverty-line';
import { QUINTILE_SQL } from '../sim/aggregate';
import { cachedTable } from '../sim/cached-table';
import { EVALUATION_COLUMNS } from '../sim/evaluation';
import { HOUSEHOLD_FACTS, presentColumns } from '../sim/evaluated-columns';
import { HouseholdIds } from '../sim/household-ids';
import { ensureHouseholdFeatures, FEATURE_PARAM_PATHS } from '../sim/household-features';
import { quoteIdent, sqlLiteral } from '../sql/quote';
import { columnsOf, type KernelColumns } from './column-kernel';
import { hasApplied, type StructureExtract } from './extract';
import { inIncomeOrder, noPause, type Pause } from './household-order';
import { narrowestKind } from './narrowest-kind';

/** The `hh` table in memory: kernel columns plus what the extract groups by. */
export interface HouseholdColumns extends KernelColumns {
	/** Each row's settlement as an index into `settlements` (the take-up cells are region × settlement). */
	settlement: Uint8Array;
	settlements: string[];
	/** The values of FEATURE_PARAM_PATHS the table was built with (a scenario changing one needs SQL). */
	featureParams: ParamValue[];
	/** False when the dataset has no `applied` column (observed take-up then falls back to full). */
	hasApplied: boolean;
	/** Each row's rank in hh_id order (views break ties by it, as SQL's `ORDER BY …, hh_id`). */
	idRank: Uint32Array;
	/** Every hh_id in hh_id order (row i's is `ids.at(idRank[i])`), kept compact: the explorer finds households by them. */
	ids: HouseholdIds;
	/** The columns of `households` with at least one value (`presentColumns`). */
	present: ReadonlySet<string>;
	/** The households with consumption sorted by region then consumption, when known already (a bundle stores them). */
	consumers?: StructureExtract['consumers'];
}

/** Columns read per query (see `readHouseholdColumns`). */
const COLUMNS_PER_QUERY = 6;

/**
 * Columns read besides the rules' own: the household facts, `cpc` (NaN without consumption), `bottom` (0 / 1), and
 * `adult_women` (the explorer's single-mother family: a bundle has no persons to count them in).
 */
const FIXED_COLUMNS = [...HOUSEHOLD_FACTS, 'cpc', 'bottom', 'adult_women'];

/** Every column of `hh` the extract and the evaluation's rules read, and the household facts (the median is computed, not read). */
export function neededColumns(): string[] {
	const names = new Set<string>(FIXED_COLUMNS);
	for (const e of Object.values(EVALUATION_COLUMNS)) columnsOf(e, names);
	names.delete('region');
	names.delete(MEDIAN_COLUMN);
	return [...names].sort();
}

const FACTS: ReadonlySet<string> = new Set(HOUSEHOLD_FACTS);

/** The feature parameters of `params`, compared with `HouseholdColumns.featureParams`. */
export function featureParamsOf(params: ParamValues): ParamValue[] {
	return FEATURE_PARAM_PATHS.map((p) => paramValue(params, p));
}

/**
 * Reads `hh` (built for the feature parameters of `params`) and its consumption quintiles into typed arrays, rows in
 * (region, per-capita income under `params`) order, each column in the narrowest type holding its values exactly
 * (NULL: NaN; a fact `hh` lacks is NaN throughout). `pause` is awaited between parts of the work (a browser stays responsive).
 */
export async function readHouseholdColumns(db: Db, params: ParamValues, pause: Pause = noPause): Promise<HouseholdColumns> {
	await ensureHouseholdFeatures(db, params);
	const quintiles = await cachedTable(db, 'quintiles', QUINTILE_SQL);
	const types = new Map((await db.query('DESCRIBE hh')).map((r) => [String(r.column_name), String(r.column_type)]));
	const settlements = (await db.query('SELECT DISTINCT settlement FROM hh WHERE settlement IS NOT NULL ORDER BY 1')).map((r) =>
		String(r.settlement)
	);
	const select = neededColumns().map((name) => {
		if (name === 'cpc') return `coalesce(qu.cpc, 'NaN'::DOUBLE) AS cpc`;
		if (name === 'bottom') return `coalesce(qu.bottom, false)::UTINYINT AS bottom`;
		const type = types.get(name);
		if (!type && !FACTS.has(name)) throw new Error(`table hh has no column ${name}`);
		const col = type ? `hh.${quoteIdent(name)}::DOUBLE` : 'NULL::DOUBLE';
		return `coalesce(${col}, 'NaN'::DOUBLE) AS ${quoteIdent(name)}`;
	});
	const code = (values: readonly string[], col: string) =>
		`coalesce(CASE ${col} ${values.map((v, i) => `WHEN ${sqlLiteral(v)} THEN ${i}`).join(' ')} END, 255)::UTINYINT`;
	// A few columns per query, in the table's row order: each answer is decoded on the main thread in one go, so a
	// large dataset's columns arrive in parts of a few tens of milliseconds with `pause` between them.
	const expressions = [
		`${code(REGION_CODES, 'hh.region')} AS region__`,
		`${code(settlements, 'hh.settlement')} AS settlement__`,
		`(row_number() OVER (ORDER BY hh.hh_id) - 1)::DOUBLE AS id_rank__`,
		...select
	];
	const names = ['region__', 'settlement__', 'id_rank__', ...neededColumns()];
	const read: Record<string, Float64Array | Uint8Array | Float32Array | Int32Array> = {};
	let n = 0;
	for (let k = 0; k < expressions.length; k += COLUMNS_PER_QUERY) {
		await pause();
		const table = await db.queryArrow(`SELECT ${expressions.slice(k, k + COLUMNS_PER_QUERY).join(', ')}
FROM hh LEFT JOIN ${quintiles} qu ON qu.hh_id = hh.hh_id ORDER BY hh.rowid`);
		n = table.numRows;
		for (const name of names.slice(k, k + COLUMNS_PER_QUERY)) {
			read[name] = narrowest(numbers(table, name));
			await pause();
		}
	}
	const columns: Record<string, ArrayLike<number>> = {};
	for (const name of neededColumns()) columns[name] = read[name];
	return inIncomeOrder(
		{
			n,
			region: bytes(read.region__),
			settlement: bytes(read.settlement__),
			settlements,
			columns,
			featureParams: featureParamsOf(params),
			hasApplied: await hasApplied(db),
			idRank: Uint32Array.from(read.id_rank__),
			ids: await readIds(db, pause),
			present: await presentColumns(db)
		},
		params,
		pause
	);
}

/**
 * The hh_ids of `hh` in hh_id order (the order of `id_rank__`), copied from the Arrow result's UTF-8 buffers: no string
 * per id (decoding and encoding 250 000 of them held a page for most of a second). Other vectors go through strings.
 */
async function readIds(db: Db, pause: Pause): Promise<HouseholdIds> {
	const vector = (await db.queryArrow('SELECT hh_id FROM hh ORDER BY hh_id')).getChild('hh_id')!;
	if (!vector.data.every((d) => DataType.isUtf8(d.type) && d.valueOffsets instanceof Int32Array))
		return HouseholdIds.of(vector.toArray() as string[]);
	const offsets = new Int32Array(vector.length + 1);
	const bytes = new Uint8Array(vector.data.reduce((size, d) => size + d.valueOffsets[d.offset + d.length] - d.valueOffsets[d.offset], 0));
	let rank = 0;
	for (const d of vector.data) {
		if (d.nullCount > 0) throw new Error('household columns: an hh_id is NULL');
		const [first, base] = [d.valueOffsets[d.offset], offsets[rank]];
		bytes.set(d.values.subarray(first, d.valueOffsets[d.offset + d.length]), base);
		for (let i = 1; i <= d.length; i++) offsets[rank + i] = base + d.valueOffsets[d.offset + i] - first;
		rank += d.length;
		if (rank % 65_536 < d.length) await pause();
	}
	return new HouseholdIds(bytes, offsets);
}

const NARROW = { u8: Uint8Array, i32: Int32Array, f32: Float32Array } as const;

/** `values` in the narrowest typed array holding each exactly (a national table's 0 / 1 facts and counts as bytes). */
function narrowest(values: Float64Array | Uint8Array): Float64Array | Uint8Array | Float32Array | Int32Array {
	if (values instanceof Uint8Array) return values;
	const kind = narrowestKind(values);
	return kind === 'f64' ? values : NARROW[kind].from(values);
}

// One contiguous typed array per column (Arrow's own buffer when the result came in one chunk).
function numbers(table: Table, name: string): Float64Array | Uint8Array {
	const vector = table.getChild(name);
	if (!vector) throw new Error(`household columns: no ${name}`);
	return vector.toArray() as Float64Array | Uint8Array;
}

// Native DuckDB's Arrow bridge hands every number over as a double.
function bytes(values: ArrayLike<number>): Uint8Array {
	return values instanceof Uint8Array ? values : Uint8Array.from(values);
}
