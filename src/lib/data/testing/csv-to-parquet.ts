// Test support: turns a contract CSV into a Parquet file (hyparquet-writer), typed by the contract's schema.
import { readFileSync, writeFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { parseCsv } from '../csv';
import { columnSpec, type TableName } from '../schema';

type Cell = string | number | boolean | null;

/** Reads `csvPath` into typed columns, lets `edit` change rows, and writes `parquetPath`; `doubles` names extra columns written as DOUBLE. */
export async function csvToParquet(
	csvPath: string,
	parquetPath: string,
	table: TableName,
	edit: (row: Record<string, string>) => void = () => {},
	doubles: string[] = []
): Promise<void> {
	const rows: Record<string, string>[] = [];
	let names: string[] = [];
	let current: Record<string, string> = {};
	await parseCsv(once(readFileSync(csvPath, 'utf8')), {
		header: (h) => (names = h),
		field: (col, text) => (current[names[col]] = text),
		endRow: () => {
			edit(current);
			rows.push(current);
			current = {};
		}
	});
	const columnData = names.map((name) => {
		const type = columnSpec(table, name)?.type ?? (doubles.includes(name) ? 'number' : 'string');
		const data = rows.map((r) => typed(r[name] ?? '', type));
		const parquetType = type === 'number' ? 'DOUBLE' : type === 'integer' ? 'INT32' : type === 'boolean' ? 'BOOLEAN' : 'STRING';
		return { name, data, type: parquetType } as const;
	});
	writeFileSync(parquetPath, new Uint8Array(parquetWriteBuffer({ columnData })));
}

async function* once(text: string): AsyncIterable<string> {
	yield text;
}

function typed(text: string, type: string): Cell {
	if (text === '') return null;
	if (type === 'number' || type === 'integer') return Number(text);
	if (type === 'boolean') return text === 'true' || text === '1';
	return text;
}
