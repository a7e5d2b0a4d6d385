// Columnar form shared by the CSV and Parquet readers: one typed array per column, never one object per row.
import { columnSpec, describeRule, type ColumnSpec, type TableName } from './schema';
import { showValue, type Notice, type Problems } from './problems';

/** One parsed column. Numeric and boolean columns carry `valid`: 1 = value present, 0 = unknown, 2 = refused as the wrong type. */
export type Column =
	| { type: 'string' | 'enum'; values: (string | null)[] }
	| { type: 'number'; values: Float64Array; valid: Uint8Array }
	| { type: 'integer'; values: Int32Array; valid: Uint8Array }
	| { type: 'boolean'; values: Uint8Array; valid: Uint8Array };

/** One table in columnar form: contract columns typed by the schema, extra columns kept as text or numbers. */
export interface ColumnTable {
	file: string;
	table: TableName;
	rowCount: number;
	/** Column names in file order. */
	names: string[];
	columns: Map<string, Column>;
	/** False when the file could not be read as a table at all (another format, empty, damaged): its columns are not checked. */
	readable: boolean;
	/** How the file was read when that differs from the contract (encoding, separator, decimal commas). */
	notices: Notice[];
}

/** A table for a file that could not be read; the reason is already among the problems. */
export function unreadableTable(file: string, table: TableName): ColumnTable {
	return { file, table, rowCount: 0, names: [], columns: new Map(), readable: false, notices: [] };
}

const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** Parses a plain decimal ("12", "-0.5", "1e3"); NaN for anything else, including hex and "Infinity". */
export function parseDecimal(text: string): number {
	if (text.length === 0) return NaN;
	const v = +text;
	// `+` also reads "0x1F", "0b1", "Infinity" and "" : confirm the rare doubtful cases with the strict pattern.
	const c = text.charCodeAt(text.length > 1 ? 1 : 0);
	if (v === v && (c < 48 || c > 57) && c !== 46 && !NUMBER.test(text)) return NaN;
	return v;
}

const DECIMAL_COMMA = /^\s*[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?\s*$|^\s*[+-]?\d+,\d+\s*$/;

/** Parses a number written with a decimal comma and optional grouping spaces ("1 234,5"), as Russian Excel writes it; NaN for anything else. */
export function parseDecimalComma(text: string): number {
	if (!DECIMAL_COMMA.test(text)) return NaN;
	return parseDecimal(text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
}

/** Appends cells of one column, growing its arrays; reports cells of the wrong type. */
export class ColumnBuilder {
	private length = 0;
	private nums: Float64Array | Int32Array | Uint8Array | null = null;
	private valid: Uint8Array | null = null;
	private strings: (string | null)[] = [];
	private readonly canonical: Map<string, string> | null;
	/** Cells read with a decimal comma (only when `decimalComma` is set). */
	decimalCommaCells = 0;

	constructor(
		readonly name: string,
		readonly spec: ColumnSpec | undefined,
		private readonly file: string,
		private readonly problems: Problems,
		private readonly type: Column['type'] = spec?.type ?? 'string',
		/** Read "1 234,5" as 1234.5: the file's separator is not a comma, so a comma in a number is a decimal mark. */
		private readonly decimalComma = false
	) {
		if (this.type === 'number') this.nums = new Float64Array(1024);
		else if (this.type === 'integer') this.nums = new Int32Array(1024);
		else if (this.type === 'boolean') this.nums = new Uint8Array(1024);
		if (this.nums) this.valid = new Uint8Array(1024);
		this.canonical = spec?.values ? new Map(spec.values.map((v) => [v, v])) : null;
	}

	/** Appends an unknown value. */
	pushNull(): void {
		if (!this.nums) this.strings.push(null);
		else this.slot();
	}

	/** Appends a cell given as text (CSV); an empty cell is unknown. */
	pushText(text: string): void {
		if (!this.nums) return void this.strings.push(text === '' ? null : this.keep(text));
		const i = this.slot();
		if (text === '') return;
		if (this.type === 'boolean') {
			const b = parseBool(text);
			if (b === null) return this.wrongType(text, i);
			this.nums![i] = b;
		} else {
			let v = parseDecimal(text);
			if (v !== v && this.decimalComma) {
				v = parseDecimalComma(text);
				if (v === v) this.decimalCommaCells++;
			}
			if (!Number.isFinite(v) || (this.type === 'integer' && (!Number.isInteger(v) || Math.abs(v) > 2 ** 31 - 1))) {
				return this.wrongType(text, i);
			}
			this.nums![i] = v;
		}
		this.valid![i] = 1;
	}

	/** Appends a cell given as a JavaScript value (Parquet). */
	pushValue(v: unknown): void {
		if (v === null || v === undefined) return this.pushNull();
		if (typeof v === 'string') return this.pushText(v);
		if (typeof v === 'number' && this.type === 'number') {
			const i = this.slot();
			// NaN and ±Infinity are refused as in CSV, where they are not numbers either.
			if (!Number.isFinite(v)) return this.wrongType(String(v), i);
			this.nums![i] = v;
			this.valid![i] = 1;
			return;
		}
		if (typeof v === 'bigint' || typeof v === 'number') return this.pushText(String(v));
		if (typeof v === 'boolean') return this.pushText(v ? 'true' : 'false');
		if (v instanceof Date) return this.pushText(v.toISOString());
		this.pushText(JSON.stringify(v));
	}

	/** The finished column, trimmed to its length. */
	finish(): Column {
		if (!this.nums) return { type: this.type as 'string' | 'enum', values: this.strings };
		const values = this.nums.slice(0, this.length);
		const valid = this.valid!.slice(0, this.length);
		if (this.type === 'number') return { type: 'number', values: values as Float64Array, valid };
		if (this.type === 'integer') return { type: 'integer', values: values as Int32Array, valid };
		return { type: 'boolean', values: values as Uint8Array, valid };
	}

	// A parsed cell of 13 or more characters is a view into the whole decoded CSV chunk (V8 sliced and cons
	// strings), which it would keep alive: a 20 M-row file would stay in memory. Enum cells become the schema's
	// own string; others of that length are copied (shorter substrings are already copies). The JSON round
	// trip yields one flat string; (' ' + s).slice(1) would keep a second, sliced object per cell.
	private keep(text: string): string {
		const known = this.canonical?.get(text);
		if (known !== undefined) return known;
		return text.length < 13 ? text : JSON.parse(JSON.stringify(text));
	}

	private slot(): number {
		if (this.length === this.nums!.length) {
			const grown = new (this.nums!.constructor as Uint8ArrayConstructor)(this.length * 2);
			grown.set(this.nums!);
			this.nums = grown;
			const v = new Uint8Array(this.length * 2);
			v.set(this.valid!);
			this.valid = v;
		}
		return this.length++;
	}

	private wrongType(text: string, index: number): void {
		this.valid![index] = 2;
		const rule = this.spec ? describeRule(this.spec) : 'a finite number';
		const comma =
			!this.decimalComma && !Number.isNaN(parseDecimalComma(text)) ? ' Use "." as the decimal mark, with no spaces between digits.' : '';
		this.problems.add(
			this.file,
			index + 1,
			this.name,
			`wrong type: ${showValue(text)} is not ${rule}.`,
			`Write ${rule} in this cell, or leave it empty if unknown${this.spec?.required ? ' (not allowed: the column is required)' : ''}.${comma}`
		);
	}
}

function parseBool(text: string): 0 | 1 | null {
	const t = text.length <= 6 ? text.trim().toLowerCase() : '';
	if (t === 'true' || t === '1') return 1;
	if (t === 'false' || t === '0') return 0;
	return null;
}

/** A builder for column `name` of `table`: typed by the contract, or kept as `extraType` when outside it. */
export function columnBuilder(
	file: string,
	table: TableName,
	name: string,
	problems: Problems,
	extraType: Column['type'] = 'string',
	decimalComma = false
): ColumnBuilder {
	const spec = columnSpec(table, name);
	return new ColumnBuilder(name, spec, file, problems, spec?.type ?? extraType, decimalComma);
}

/** True when cell `i` of `col` holds no usable value (unknown or refused). */
export function isNull(col: Column, i: number): boolean {
	return 'valid' in col ? col.valid[i] !== 1 : col.values[i] === null;
}
