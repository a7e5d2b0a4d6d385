import { DataType, type Table } from 'apache-arrow';

/** A value that may be bound to a `?` placeholder of a prepared statement. */
export type SqlValue = number | string | boolean | null;

/** One result row with plain JavaScript values (BigInt counts are converted to numbers). */
export type Row = Record<string, number | string | boolean | null>;

/** The one interface every layer uses to talk to DuckDB, in the browser (worker) or in Node (blocking). */
export interface Db {
	/** Runs a statement with optional bound `?` parameters and returns its rows. */
	query(sql: string, params?: SqlValue[]): Promise<Row[]>;
	/** Runs a statement with optional bound `?` parameters and returns the Arrow table. */
	queryArrow(sql: string, params?: SqlValue[]): Promise<Table>;
	/** Creates (or replaces) table `name` from an Arrow table. */
	insertArrow(name: string, table: Table): Promise<void>;
	/** Releases the connection. */
	close(): Promise<void>;
}

/** Converts an Arrow result to plain rows, turning BigInt and Decimal values into numbers. */
export function arrowToRows(table: Table): Row[] {
	const fields = table.schema.fields;
	const columns = fields.map((f) => table.getChild(f.name));
	// Arrow hands decimals over unscaled (10.0 as DECIMAL(3,1) arrives as 100): divide by 10^scale.
	const scales = fields.map((f) => (DataType.isDecimal(f.type) ? 10 ** f.type.scale : 1));
	const rows: Row[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		for (let c = 0; c < fields.length; c++) row[fields[c].name] = plainValue(columns[c]?.get(i), scales[c]);
		rows[i] = row;
	}
	return rows;
}

function plainValue(v: unknown, scale: number): number | string | boolean | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v) / scale;
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	// Decimals and 128-bit integers arrive as typed-array wrappers; their string form is the exact unscaled integer.
	const n = Number(String(v));
	return Number.isNaN(n) ? String(v) : n / scale;
}
