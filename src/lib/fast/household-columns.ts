// The household feature table (`hh`) held as typed arrays, with the columns any structure's extract reads: from it
// `extractFromColumns` builds the prefix index of a new structure (a rule switched on or off) without SQL.
import type { Table } from 'apache-arrow';
import type { Db } from '../db/db';
import { REGION_CODES } from '../data/regions';
import type { ParamValue, ParamValues } from '../rules/parameter';
import { paramValue } from '../rules/expr';
import { eligible } from '../rules/tsa/amount';
import { ASSET_TESTS } from '../rules/tsa/assets';
import { unconditional } from '../rules/tsa/conditionality';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { MEDIAN_COLUMN } from '../rules/tsa/poverty-line';
import { localAnnual } from '../rules/local/total';
import { QUINTILE_SQL } from '../sim/aggregate';
import { cachedTable } from '../sim/cached-table';
import { ensureHouseholdFeatures, FEATURE_PARAM_PATHS } from '../sim/household-features';
import { quoteIdent, sqlLiteral } from '../sql/quote';
import { columnsOf, type KernelColumns } from './column-kernel';
import { hasApplied, type StructureExtract } from './extract';
import { inIncomeOrder, noPause, type Pause } from './household-order';

/** The `hh` table in memory: kernel columns plus what the extract groups by. */
export interface HouseholdColumns extends KernelColumns {
	/** Each row's settlement as an index into `settlements` (the take-up cells are region × settlement). */
	settlement: Uint8Array;
	settlements: string[];
	/** The values of FEATURE_PARAM_PATHS the table was built with (a scenario changing one needs SQL). */
	featureParams: ParamValue[];
	/** False when the dataset has no `applied` column (observed take-up then falls back to full). */
	hasApplied: boolean;
	/** The households with consumption sorted by region then consumption, when known already (a bundle stores them). */
	consumers?: StructureExtract['consumers'];
}

/** Columns read per query (see `readHouseholdColumns`). */
const COLUMNS_PER_QUERY = 6;

/** Columns every extract reads besides the rules' own: `cpc` (NaN without consumption) and `bottom` (0 / 1). */
const FIXED_COLUMNS = ['weight', 'size', 'children_supplement', 'applied', 'notified', 'cpc', 'bottom'];

/** Every column of `hh` the extract and the rules it compiles read (the median is computed, not read). */
export function neededColumns(): string[] {
	const names = new Set(FIXED_COLUMNS);
	for (const e of [perCapitaIncome.expr, unconditional.expr, localAnnual.expr, eligible.expr, ...ASSET_TESTS.map((t) => t.expr)])
		columnsOf(e, names);
	names.delete('region');
	names.delete(MEDIAN_COLUMN);
	return [...names].sort();
}

/** The feature parameters of `params`, compared with `HouseholdColumns.featureParams`. */
export function featureParamsOf(params: ParamValues): ParamValue[] {
	return FEATURE_PARAM_PATHS.map((p) => paramValue(params, p));
}

/**
 * Reads `hh` (built for the feature parameters of `params`) and its consumption quintiles into typed arrays, rows in
 * (region, per-capita income under `params`) order. `pause` is awaited between parts of the work (a browser stays responsive).
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
		if (!type) throw new Error(`table hh has no column ${name}`);
		const col = `hh.${quoteIdent(name)}`;
		if (type === 'BOOLEAN') return `${col}::UTINYINT AS ${quoteIdent(name)}`;
		return `coalesce(${col}::DOUBLE, 'NaN'::DOUBLE) AS ${quoteIdent(name)}`;
	});
	const code = (values: readonly string[], col: string) =>
		`coalesce(CASE ${col} ${values.map((v, i) => `WHEN ${sqlLiteral(v)} THEN ${i}`).join(' ')} END, 255)::UTINYINT`;
	// A few columns per query, in the table's row order: each answer is decoded on the main thread in one go, so a
	// large dataset's columns arrive in parts of a few tens of milliseconds with `pause` between them.
	const expressions = [
		`${code(REGION_CODES, 'hh.region')} AS region__`,
		`${code(settlements, 'hh.settlement')} AS settlement__`,
		...select
	];
	const names = ['region__', 'settlement__', ...neededColumns()];
	const read: Record<string, Float64Array | Uint8Array> = {};
	let n = 0;
	for (let k = 0; k < expressions.length; k += COLUMNS_PER_QUERY) {
		await pause();
		const table = await db.queryArrow(`SELECT ${expressions.slice(k, k + COLUMNS_PER_QUERY).join(', ')}
FROM hh LEFT JOIN ${quintiles} qu ON qu.hh_id = hh.hh_id ORDER BY hh.rowid`);
		n = table.numRows;
		for (const name of names.slice(k, k + COLUMNS_PER_QUERY)) {
			read[name] = numbers(table, name);
			await pause();
		}
	}
	const columns: Record<string, ArrayLike<number>> = {};
	for (const name of neededColumns()) columns[name] = read[name];
	return inIncomeOrder({
		n,
		region: bytes(read.region__),
		settlement: bytes(read.settlement__),
		settlements,
		columns,
		featureParams: featureParamsOf(params),
		hasApplied: await hasApplied(db)
	}, params, pause);
}

// One contiguous typed array per column (Arrow's own buffer when the result came in one chunk).
function numbers(table: Table, name: string): Float64Array | Uint8Array {
	const vector = table.getChild(name);
	if (!vector) throw new Error(`household columns: no ${name}`);
	return vector.toArray() as Float64Array | Uint8Array;
}

// Native DuckDB's Arrow bridge hands every number over as a double.
function bytes(values: Float64Array | Uint8Array): Uint8Array {
	return values instanceof Uint8Array ? values : Uint8Array.from(values);
}
