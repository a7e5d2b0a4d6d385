// Validated columns → Arrow tables with every contract column, and their atomic installation into DuckDB.
import { Bool, Float64, Int32, Table, Utf8, makeData, makeVector, type DataType, type Vector } from 'apache-arrow';
import type { Db } from '../db/db';
import type { Column, ColumnTable } from './columns';
import { COLUMNS, type ColumnType } from './schema';

export { summarizeDataset, type DatasetSummary } from './summary';

/** The two tables of a loaded dataset. */
export interface DatasetTables {
	households: Table;
	persons: Table;
}

/** An Arrow table with every contract column of `t.table` (missing optional ones all null), then the extra columns. */
export function toArrowTable(t: ColumnTable): Table {
	const vectors: Record<string, Vector> = {};
	for (const spec of COLUMNS[t.table]) vectors[spec.name] = toVector(t.columns.get(spec.name), spec.type, t.rowCount);
	for (const name of t.names) if (!(name in vectors)) vectors[name] = toVector(t.columns.get(name), t.columns.get(name)!.type, t.rowCount);
	return new Table(vectors);
}

function toVector(col: Column | undefined, type: ColumnType, length: number): Vector {
	if (!col) return nullVector(type, length);
	if (!('valid' in col)) return utf8Vector(col.values);
	const { bits, nullCount } = packValid(col.valid);
	if (col.type === 'number') return makeVector(makeData({ type: new Float64(), length, nullCount, nullBitmap: bits, data: col.values }));
	if (col.type === 'integer') return makeVector(makeData({ type: new Int32(), length, nullCount, nullBitmap: bits, data: col.values }));
	return makeVector(makeData({ type: new Bool(), length, nullCount, nullBitmap: bits, data: packBits(col.values) }));
}

function nullVector(type: ColumnType, length: number): Vector {
	if (type === 'string' || type === 'enum') return utf8Vector(new Array<null>(length).fill(null));
	const nullBitmap = new Uint8Array(Math.ceil(length / 8));
	const arrowType: DataType = type === 'number' ? new Float64() : type === 'integer' ? new Int32() : new Bool();
	const data = type === 'number' ? new Float64Array(length) : type === 'integer' ? new Int32Array(length) : nullBitmap;
	return makeVector(makeData({ type: arrowType, length, nullCount: length, nullBitmap, data } as never));
}

// Builds the UTF-8 buffer directly: apache-arrow's generic builder is an order of magnitude slower on millions of ids.
function utf8Vector(values: (string | null)[]): Vector {
	const n = values.length;
	const offsets = new Int32Array(n + 1);
	const valid = new Uint8Array(n);
	const encoder = new TextEncoder();
	let bytes = new Uint8Array(Math.max(64, n * 8));
	let pos = 0;
	for (let i = 0; i < n; i++) {
		const s = values[i];
		if (s !== null) {
			valid[i] = 1;
			if (pos + s.length * 3 > bytes.length) {
				const grown = new Uint8Array(Math.max(bytes.length * 2, pos + s.length * 3));
				grown.set(bytes.subarray(0, pos));
				bytes = grown;
			}
			let ascii = true;
			for (let k = 0; k < s.length; k++) {
				const c = s.charCodeAt(k);
				if (c > 127) {
					ascii = false;
					break;
				}
				bytes[pos + k] = c;
			}
			pos += ascii ? s.length : encoder.encodeInto(s, bytes.subarray(pos)).written;
		}
		offsets[i + 1] = pos;
	}
	const { bits, nullCount } = packValid(valid);
	return makeVector(
		makeData({ type: new Utf8(), length: n, nullCount, nullBitmap: bits, valueOffsets: offsets, data: bytes.subarray(0, pos) })
	);
}

function packValid(valid: Uint8Array): { bits: Uint8Array; nullCount: number } {
	let nullCount = 0;
	for (let i = 0; i < valid.length; i++) if (valid[i] !== 1) nullCount++;
	return { bits: packBits(valid, 1), nullCount };
}

// Arrow bitmaps are least-significant-bit first, one bit per row.
function packBits(values: Uint8Array, on = 1): Uint8Array {
	const bits = new Uint8Array(Math.ceil(values.length / 8));
	for (let i = 0; i < values.length; i++) if (values[i] === on) bits[i >> 3] |= 1 << (i & 7);
	return bits;
}

/** The DuckDB table names a dataset is installed under. */
export const DATASET_TABLES = { households: 'households', persons: 'persons' } as const;

/**
 * Loads both tables into DuckDB as `households` and `persons` atomically: staging tables first, then a
 * swap inside one transaction, so any failure leaves the previously installed tables untouched. `beforeSwap`
 * runs between the two and may throw to call the swap off (a cancelled load): the staging tables are dropped.
 */
export async function installDataset(db: Db, tables: DatasetTables, options: { beforeSwap?: () => void } = {}): Promise<void> {
	const names = ['households', 'persons'] as const;
	try {
		for (const n of names) await db.insertArrow(`${n}__staging`, tables[n]);
		options.beforeSwap?.();
		await db.query('BEGIN TRANSACTION');
		try {
			for (const n of names) {
				await db.query(`DROP TABLE IF EXISTS ${n}`);
				await db.query(`ALTER TABLE ${n}__staging RENAME TO ${n}`);
			}
			await db.query('COMMIT');
		} catch (e) {
			await db.query('ROLLBACK');
			throw e;
		}
	} catch (e) {
		for (const n of names) await db.query(`DROP TABLE IF EXISTS ${n}__staging`).catch(() => {});
		throw e;
	}
}
