// Households a user types (the calculator): installed beside the dataset in temporary tables `calc_households` and
// `calc_persons` with the dataset's own columns, and given their features by the very SQL that builds `hh`.
import type { Db, Row, SqlValue } from '../db/db';
import { HOUSEHOLD_COLUMNS, PERSON_COLUMNS, type ColumnSpec } from '../data/schema';
import type { ParamValues } from '../rules/parameter';
import { quoteIdent } from '../sql/quote';
import { featureSelect } from './household-features';
import { queryMedians } from './median';
import { medianIsNational, medianIsOfficial } from '../rules/tsa/poverty-line';

/** A typed record: contract column name → value (a column left out is NULL, as in a dataset without it). */
export type TypedRecord = Readonly<Record<string, SqlValue>>;

/** The tables the typed households live in, never the dataset's. */
export const TYPED_TABLES = { households: 'calc_households', persons: 'calc_persons' } as const;

const SQL_TYPE: Record<ColumnSpec['type'], string> = {
	string: 'VARCHAR',
	enum: 'VARCHAR',
	number: 'DOUBLE',
	integer: 'INTEGER',
	boolean: 'BOOLEAN'
};

/** `CREATE OR REPLACE TEMP TABLE` of `columns` holding `records` as bound values, and those values in order. */
export function typedTableStatement(
	table: string,
	columns: readonly ColumnSpec[],
	records: readonly TypedRecord[]
): { sql: string; values: SqlValue[] } {
	if (records.length === 0) throw new Error(`${table}: no records`);
	const values: SqlValue[] = [];
	const tuple = (r: TypedRecord) => `(${columns.map((c) => (values.push(r[c.name] ?? null), `?::${SQL_TYPE[c.type]}`)).join(', ')})`;
	const rows = records.map(tuple).join(',\n\t');
	const names = columns.map((c) => quoteIdent(c.name)).join(', ');
	return { sql: `CREATE OR REPLACE TEMP TABLE ${quoteIdent(table)} AS SELECT * FROM (VALUES ${rows}) AS t(${names})`, values };
}

/** Installs typed households and their persons into the calculator's temporary tables (replacing the last ones). */
export async function installTypedHouseholds(db: Db, households: readonly TypedRecord[], persons: readonly TypedRecord[]): Promise<void> {
	for (const [table, columns, records] of [
		[TYPED_TABLES.households, HOUSEHOLD_COLUMNS, households],
		[TYPED_TABLES.persons, PERSON_COLUMNS, persons]
	] as const) {
		const { sql, values } = typedTableStatement(table, columns, records);
		await db.query(sql, values);
	}
}

/**
 * The features row (the `hh` row the rules read) of every typed household under `params`: the dataset's feature
 * SELECT, its `households` and `persons` shadowed by CTEs over the calculator's tables. Ordered by hh_id.
 */
export async function typedFeatureRows(db: Db, params: ParamValues): Promise<Row[]> {
	const { sql, values } = featureSelect(params);
	const shadow = `WITH households AS (SELECT * FROM ${quoteIdent(TYPED_TABLES.households)}),
	persons AS (SELECT * FROM ${quoteIdent(TYPED_TABLES.persons)})`;
	return db.query(`SELECT * FROM (${shadow} ${sql}) ORDER BY hh_id`, values);
}

/**
 * The median per-capita income a line of `params` reads for `region` when its source is the loaded dataset (from its
 * `hh` table); null when the median is official (the explainer reads the parameter) or no dataset answers.
 */
export async function datasetMedianFor(db: Db, params: ParamValues, region: string): Promise<number | null> {
	if (medianIsOfficial(params)) return null;
	try {
		const medians = await queryMedians(db, params);
		return medians.get(medianIsNational(params) ? 'national' : region) ?? null;
	} catch {
		// No `hh` table (no dataset rows loaded): the line falls back on its ПМ term, as for a region without a median.
		return null;
	}
}
