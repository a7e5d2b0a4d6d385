// Parquet through hyparquet (pure JS). DuckDB-Wasm is not used: its Parquet reader downloads an extension at run time.
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';
import { columnBuilder, type Column, type ColumnTable } from './columns';
import type { Problems } from './problems';
import type { TableName } from './schema';

/** Reads a Parquet file into a column table, typing contract columns and recording every problem. */
export async function readParquetTable(
	file: string,
	table: TableName,
	buffer: ArrayBuffer,
	problems: Problems
): Promise<ColumnTable> {
	let metadata;
	try {
		metadata = parquetMetadata(buffer);
	} catch (e) {
		problems.add(file, null, null, `not a readable Parquet file (${(e as Error).message}).`, 'Export the table again as Parquet, or as CSV.');
		return { file, table, rowCount: 0, names: [], columns: new Map() };
	}
	const fields = parquetSchema(metadata).children.map((c) => c.element);
	const rowCount = Number(metadata.num_rows);
	const chunks = new Map<string, { rowStart: number; data: ArrayLike<unknown> }[]>();
	await parquetRead({
		file: buffer,
		metadata,
		onChunk: ({ columnName, columnData, rowStart }) => {
			const list = chunks.get(columnName) ?? [];
			list.push({ rowStart, data: columnData as ArrayLike<unknown> });
			chunks.set(columnName, list);
		}
	});
	const columns = new Map<string, Column>();
	for (const field of fields) {
		const extraType = field.type === 'BOOLEAN' ? 'boolean' : field.type === 'DOUBLE' || field.type === 'FLOAT' ? 'number' : 'string';
		const builder = columnBuilder(file, table, field.name, problems, extraType);
		const parts = (chunks.get(field.name) ?? []).sort((a, b) => a.rowStart - b.rowStart);
		for (const { data } of parts) for (let i = 0; i < data.length; i++) builder.pushValue(data[i]);
		columns.set(field.name, builder.finish());
	}
	return { file, table, rowCount, names: [...columns.keys()], columns };
}
