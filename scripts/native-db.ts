// Native DuckDB (@duckdb/node-api) behind the app's Db interface, for the benchmark's baseline and npm run bundle.
// It is not a dependency of the project (the registry lacks its bindings for other platforms, so `npm ci` would fail
// on it): the scripts install it on demand into node_modules/.cache/ and say so when they cannot.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataType, Table, makeVector, vectorFromArray, type Vector } from 'apache-arrow';
import type { Db, Row, SqlValue } from '../src/lib/db/db';
import { COLUMNS, type ColumnType } from '../src/lib/data/schema';
import { quoteIdent, sqlLiteral } from '../src/lib/sql/quote';

const VERSION = '1.5.6-r.1';
const DIR = resolve('node_modules/.cache/komek-native-duckdb');

interface NativeReader {
	getRowObjectsJS(): Record<string, unknown>[];
	getColumnsObjectJS(): Record<string, unknown[]>;
}
interface NativeConnection {
	runAndReadAll(sql: string, values?: unknown[]): Promise<NativeReader>;
	run(sql: string): Promise<unknown>;
	closeSync(): void;
}
interface NativeApi {
	DuckDBInstance: { create(path?: string): Promise<{ connect(): Promise<NativeConnection>; closeSync(): void }> };
}

/** Loads @duckdb/node-api, installing it into node_modules/.cache/ first if needed; throws with the reason if it cannot. */
function loadNativeApi(): NativeApi {
	const entry = join(DIR, 'node_modules/@duckdb/node-api');
	if (!existsSync(entry)) {
		execFileSync(
			'npm',
			['install', '--prefix', DIR, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `@duckdb/node-api@${VERSION}`],
			{
				stdio: 'pipe',
				timeout: 180_000
			}
		);
	}
	return createRequire(join(DIR, 'package.json'))('@duckdb/node-api') as NativeApi;
}

/** Opens an in-memory native DuckDB with the same interface the rules run on in DuckDB-Wasm. */
export async function openNativeDb(): Promise<Db> {
	const api = loadNativeApi();
	const instance = await api.DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const scratch = mkdtempSync(join(tmpdir(), 'komek-native-'));
	return {
		async query(sql: string, params: SqlValue[] = []): Promise<Row[]> {
			const reader = await conn.runAndReadAll(sql, params.length ? params : undefined);
			return reader.getRowObjectsJS().map(plainRow);
		},
		// Columns as DuckDB hands them to JS, made Arrow vectors: numbers as Float64 (callers convert to their own types).
		async queryArrow(sql: string, params: SqlValue[] = []): Promise<Table> {
			const reader = await conn.runAndReadAll(sql, params.length ? params : undefined);
			const columns = reader.getColumnsObjectJS();
			return new Table(Object.fromEntries(Object.entries(columns).map(([name, values]) => [name, arrowVector(values)])));
		},
		// Through CSV with the Arrow schema's types: native DuckDB reads Arrow only via an extension.
		async insertArrow(name: string, table: Table): Promise<void> {
			const file = join(scratch, `${name}.csv`);
			writeFileSync(file, toCsv(table));
			const columns = table.schema.fields.map((f) => `'${f.name.replaceAll("'", "''")}': '${sqlType(f.type)}'`).join(', ');
			const q = `"${name.replaceAll('"', '""')}"`;
			await conn.run(`DROP TABLE IF EXISTS ${q}`);
			await conn.run(
				`CREATE TABLE ${q} AS SELECT * FROM read_csv('${file}', header = true, nullstr = '', allow_quoted_nulls = false, quote = '"', escape = '"', columns = {${columns}})`
			);
			rmSync(file);
		},
		async close(): Promise<void> {
			conn.closeSync();
			instance.closeSync();
			rmSync(scratch, { recursive: true, force: true });
		}
	};
}

function plainRow(r: Record<string, unknown>): Row {
	const out: Row = {};
	for (const [k, v] of Object.entries(r)) out[k] = typeof v === 'bigint' ? Number(v) : (v as Row[string]);
	return out;
}

function arrowVector(values: unknown[]): Vector {
	if (values.every((v) => typeof v === 'number')) return makeVector(Float64Array.from(values as number[]));
	if (values.every((v) => typeof v === 'bigint')) return makeVector(Float64Array.from(values as bigint[], Number));
	return vectorFromArray(values.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
}

function sqlType(t: DataType): string {
	if (DataType.isFloat(t)) return 'DOUBLE';
	if (DataType.isInt(t)) return t.bitWidth > 32 ? 'BIGINT' : 'INTEGER';
	if (DataType.isBool(t)) return 'BOOLEAN';
	if (DataType.isUtf8(t)) return 'VARCHAR';
	throw new Error(`native bench: no CSV mapping for Arrow type ${t}`);
}

// Empty field = NULL; every string is quoted, so an empty string stays distinct from NULL.
function toCsv(table: Table): string {
	const fields = table.schema.fields;
	const cols = fields.map((f) => table.getChild(f.name)!);
	const strings = fields.map((f) => DataType.isUtf8(f.type));
	const lines = [fields.map((f) => `"${f.name.replaceAll('"', '""')}"`).join(',')];
	for (let i = 0; i < table.numRows; i++) {
		const cells = cols.map((c, j) => {
			const v = c.get(i);
			if (v === null || v === undefined) return '';
			return strings[j] ? `"${String(v).replaceAll('"', '""')}"` : String(v);
		});
		lines.push(cells.join(','));
	}
	return lines.join('\n') + '\n';
}

const SQL_TYPES: Record<ColumnType, string> = {
	string: 'VARCHAR',
	enum: 'VARCHAR',
	number: 'DOUBLE',
	integer: 'INTEGER',
	boolean: 'BOOLEAN'
};

/**
 * Reads a dataset folder's households and persons (CSV or Parquet) into tables of the column types the app's loader
 * gives DuckDB, in native DuckDB or DuckDB-Wasm in Node (both read local paths). For data already accepted by the
 * contract's validator: it checks nothing itself.
 */
export async function readDatasetFiles(db: Db, folder: string): Promise<void> {
	for (const table of ['households', 'persons'] as const) {
		const csv = resolve(folder, `${table}.csv`);
		const columns = COLUMNS[table].map((c) => `${sqlLiteral(c.name)}: ${sqlLiteral(SQL_TYPES[c.type])}`).join(', ');
		const source = existsSync(csv)
			? `read_csv(${sqlLiteral(csv)}, header = true, columns = {${columns}})`
			: `read_parquet(${sqlLiteral(resolve(folder, `${table}.parquet`))})`;
		const select = existsSync(csv)
			? '*'
			: COLUMNS[table].map((c) => `CAST(${quoteIdent(c.name)} AS ${SQL_TYPES[c.type]}) AS ${quoteIdent(c.name)}`).join(', ');
		await db.query(`CREATE OR REPLACE TABLE ${table} AS SELECT ${select} FROM ${source}`);
	}
}
