// The per-household evaluation as typed arrays, the input of every view's figures computed without SQL (issue 19):
// the baseline's and the scenario's evaluation over the same rows, plus the household facts views group by. The
// column kernel builds it from the household columns (src/lib/fast/); `readEvaluatedHouseholds` reads the same from
// DuckDB's evaluated tables, the reference every view's column figures are tested against.
import type { Db } from '../db/db';
import { REGION_CODES } from '../data/regions';
import { quoteIdent, sqlLiteral } from '../sql/quote';
import { EVALUATION_COLUMNS } from './evaluation';
import { HouseholdIds } from './household-ids';

/** The evaluated columns views read, one value per household (NULL is NaN; booleans 1 / 0). */
export const EVALUATED_NAMES = [
	...(Object.keys(EVALUATION_COLUMNS) as (keyof typeof EVALUATION_COLUMNS)[]),
	'median_pc_income',
	'takeup_rate',
	'gap_takeup_rate',
	'notify_rate',
	'response_rate',
	'notify_other_rate',
	'response_other_rate',
	'gap_notified',
	'gap_applied'
] as const;
/** One evaluated column. */
export type EvaluatedName = (typeof EVALUATED_NAMES)[number];

/** Household facts the views count, filter and group by: the same in every evaluation of a dataset (NULL is NaN). */
export const HOUSEHOLD_FACTS = [
	'weight',
	'size',
	'consumption_monthly',
	'notified',
	'applied',
	'tsa_paid_monthly',
	'children_under_18',
	'pensioners',
	'disabled_children',
	'disabled_1_2',
	'children_supplement',
	// Every income type, for income before assistance (impact.ts): the TSA counts only some of them.
	'income_wages',
	'income_business',
	'income_pension',
	'income_benefits',
	'income_benefits_excluded',
	'income_alimony',
	'income_property',
	'income_farm'
] as const;
/** One household fact. */
export type HouseholdFact = (typeof HOUSEHOLD_FACTS)[number];

/** One rulebook's evaluation of every household: each column computed on first use and then kept. */
export interface EvaluatedColumns {
	/**
	 * The column `name`, one value per row (row i is the same household as row i of the facts), in the narrowest array
	 * that holds its values exactly (bytes for a rule's 0 / 1 when none is NULL; NaN only in doubles).
	 */
	column(name: EvaluatedName): ArrayLike<number>;
	/** The figure `key` of this evaluation alone (with the households' facts), made by `make` once and then kept. */
	figure<T>(key: string, make: () => T): T;
}

/** A `figure` for an evaluation: each key made once, on first use. */
export function keptFigures(): EvaluatedColumns['figure'] {
	const kept = new Map<string, unknown>();
	return <T>(key: string, make: () => T): T => {
		if (!kept.has(key)) kept.set(key, make());
		return kept.get(key) as T;
	};
}

/** The baseline's and the scenario's evaluation of a dataset's households, over the same rows. */
export interface EvaluatedHouseholds {
	n: number;
	/** Each row's region, an index into REGION_CODES (255: none). */
	region: Uint8Array;
	/** Each row's settlement, an index into `settlements` (255: none). */
	settlement: Uint8Array;
	settlements: string[];
	/** Each row's rank in hh_id order (ties of income are broken by it, as SQL's `ORDER BY …, hh_id`). */
	idRank: Uint32Array;
	/** The household fact `name`, one value per row, as stored (a flag or a count may be bytes; NaN only in doubles). */
	fact(name: HouseholdFact): ArrayLike<number>;
	/** Every hh_id in hh_id order (row i's is `ids.at(idRank[i])`). */
	ids: HouseholdIds;
	/** The feature `name` of `hh` (any column a rule reads; NULL is NaN, booleans 1 / 0), one value per row; undefined if not held. */
	feature(name: string): ArrayLike<number> | undefined;
	/** The dataset's columns with at least one value (the take-up and funnel views say which are missing). */
	present: ReadonlySet<string>;
	baseline: EvaluatedColumns;
	scenario: EvaluatedColumns;
}

/** The household facts alone (no rules evaluated): what the data records, counted by area; `EvaluatedHouseholds` is one. */
export interface FactColumns {
	n: number;
	region: Uint8Array;
	/** The household fact `name`, one value per row (as stored: a flag may be a byte). */
	fact(name: HouseholdFact): ArrayLike<number>;
	present: ReadonlySet<string>;
}

/** Columns of the loaded `households` table that hold at least one value. */
export async function presentColumns(db: Db): Promise<Set<string>> {
	const names = (await db.query(`SELECT column_name FROM duckdb_columns() WHERE table_name = 'households'`)).map((r) =>
		String(r.column_name)
	);
	if (names.length === 0) return new Set();
	const [counts] = await db.query(`SELECT ${names.map((c, i) => `count(${quoteIdent(c)}) AS c${i}`).join(', ')} FROM households`);
	return new Set(names.filter((_, i) => Number(counts[`c${i}`]) > 0));
}

/**
 * Reads the two evaluated tables (joined with `hh` on hh_id, rows in hh_id order) into EvaluatedHouseholds: the
 * reference the column figures are tested against, and the way a view's column code runs on an SQL evaluation.
 */
export async function readEvaluatedHouseholds(db: Db, tables: { baseline: string; scenario: string }): Promise<EvaluatedHouseholds> {
	const hhColumns = new Set((await db.query('DESCRIBE hh')).map((r) => String(r.column_name)));
	const settlements = (await db.query('SELECT DISTINCT settlement FROM hh WHERE settlement IS NOT NULL ORDER BY 1')).map((r) =>
		String(r.settlement)
	);
	const code = (values: readonly string[], col: string) =>
		`coalesce(CASE ${col} ${values.map((v, i) => `WHEN ${sqlLiteral(v)} THEN ${i}`).join(' ')} END, 255)::DOUBLE`;
	const num = (expr: string, name: string) => `coalesce((${expr})::DOUBLE, 'NaN'::DOUBLE) AS ${quoteIdent(name)}`;
	const from = `FROM ${quoteIdent(tables.baseline)} b JOIN ${quoteIdent(tables.scenario)} s USING (hh_id) JOIN hh h USING (hh_id) ORDER BY hh_id`;
	const read = async (select: string[]) => {
		const table = await db.queryArrow(`SELECT ${select.join(', ')} ${from}`);
		const out: Record<string, Float64Array> = {};
		for (const f of table.schema.fields) out[f.name] = Float64Array.from(table.getChild(f.name)!.toArray() as ArrayLike<number>);
		return { n: table.numRows, out };
	};
	const keys = await read([`${code(REGION_CODES, 'h.region')} AS region__`, `${code(settlements, 'h.settlement')} AS settlement__`]);
	const facts = await read(HOUSEHOLD_FACTS.map((f) => num(hhColumns.has(f) ? `h.${quoteIdent(f)}` : 'NULL', f)));
	const features = await read(
		[...hhColumns].filter((c) => !['hh_id', 'region', 'settlement'].includes(c)).map((c) => num(`h.${quoteIdent(c)}`, c))
	);
	const ids = (await db.query('SELECT hh_id FROM hh ORDER BY hh_id')).map((r) => String(r.hh_id));
	const side = async (alias: 'b' | 's'): Promise<EvaluatedColumns> => {
		const { out } = await read(EVALUATED_NAMES.map((c) => num(`${alias}.${quoteIdent(c)}`, c)));
		return { column: (name) => out[name], figure: keptFigures() };
	};
	const n = keys.n;
	return {
		n,
		region: Uint8Array.from(keys.out.region__),
		settlement: Uint8Array.from(keys.out.settlement__),
		settlements,
		idRank: Uint32Array.from({ length: n }, (_, i) => i),
		fact: (name) => facts.out[name],
		ids: HouseholdIds.of(ids),
		feature: (name) => features.out[name],
		present: await presentColumns(db),
		baseline: await side('b'),
		scenario: await side('s')
	};
}
