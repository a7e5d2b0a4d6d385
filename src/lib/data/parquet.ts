// Parquet through hyparquet (pure JS). DuckDB-Wasm is not used: its Parquet reader downloads an extension at run time.
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { columnBuilder, unreadableTable, type Column, type ColumnTable } from './columns';
import type { Problems } from './problems';
import type { TableName } from './schema';
import { otherFormat } from './sniff';

const EXPORT_AGAIN = 'Export the table again as Parquet, or as CSV (UTF-8, comma-separated).';

/** Reads a Parquet file into a column table, typing contract columns and recording every problem. */
export async function readParquetTable(file: string, table: TableName, buffer: ArrayBuffer, problems: Problems): Promise<ColumnTable> {
	let metadata;
	try {
		metadata = parquetMetadata(buffer);
	} catch (e) {
		problems.add(file, null, null, ...notParquet(buffer, (e as Error).message));
		return unreadableTable(file, table);
	}
	const fields = parquetSchema(metadata).children.map((c) => c.element);
	const rowCount = Number(metadata.num_rows);
	const chunks = new Map<string, { rowStart: number; data: ArrayLike<unknown> }[]>();
	try {
		await parquetRead({
			file: buffer,
			metadata,
			onChunk: ({ columnName, columnData, rowStart }) => {
				const list = chunks.get(columnName) ?? [];
				list.push({ rowStart, data: columnData as ArrayLike<unknown> });
				chunks.set(columnName, list);
			}
		});
	} catch (e) {
		problems.add(file, null, null, `the Parquet file is damaged: its data cannot be read (${(e as Error).message}).`, EXPORT_AGAIN);
		return unreadableTable(file, table);
	}
	const columns = new Map<string, Column>();
	for (const field of fields) {
		const extraType = field.type === 'BOOLEAN' ? 'boolean' : field.type === 'DOUBLE' || field.type === 'FLOAT' ? 'number' : 'string';
		const builder = columnBuilder(file, table, field.name, problems, extraType);
		const parts = (chunks.get(field.name) ?? []).sort((a, b) => a.rowStart - b.rowStart);
		for (const { data } of parts) for (let i = 0; i < data.length; i++) builder.pushValue(data[i]);
		columns.set(field.name, builder.finish());
	}
	return { file, table, rowCount, names: [...columns.keys()], columns, readable: true, notices: [] };
}

/** The problem for bytes that are not Parquet, naming what they are when the first bytes tell. */
function notParquet(buffer: ArrayBuffer, reason: string): [string, string] {
	const head = new Uint8Array(buffer, 0, Math.min(buffer.byteLength, 65536));
	if (buffer.byteLength === 0) return ['the file is empty.', EXPORT_AGAIN];
	const other = new TextDecoder('latin1').decode(head.subarray(0, 4)) === 'PAR1' ? null : otherFormat(head);
	if (other) return [`this is ${other.what}, not a readable Parquet file.`, other.hint];
	if (looksLikeText(head))
		return [
			'this is a text file (CSV?), not a readable Parquet file.',
			'If it is CSV, give it the extension .csv (households.csv or persons.csv).'
		];
	return [`not a readable Parquet file (${reason}).`, EXPORT_AGAIN];
}

function looksLikeText(head: Uint8Array): boolean {
	for (let i = 0; i < head.length; i++) if (head[i] < 32 && head[i] !== 9 && head[i] !== 10 && head[i] !== 13) return false;
	return true;
}
