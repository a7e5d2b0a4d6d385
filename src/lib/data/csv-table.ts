import { columnBuilder, type ColumnBuilder, type ColumnTable } from './columns';
import { parseCsv } from './csv';
import type { Problems } from './problems';
import type { TableName } from './schema';

/** Streams a CSV file into a column table, typing contract columns and recording every problem. */
export async function readCsvTable(
	file: string,
	table: TableName,
	chunks: AsyncIterable<Uint8Array | string>,
	problems: Problems,
	onProgress?: (bytesDone: number) => void
): Promise<ColumnTable> {
	let names: string[] = [];
	let builders: (ColumnBuilder | undefined)[] = [];
	const rowCount = await parseCsv(
		chunks,
		{
			header(raw) {
				names = raw.map((n) => n.trim());
				builders = names.map((name, i) => {
					if (name === '') {
						problems.add(file, null, `#${i + 1}`, `header cell ${i + 1} is empty.`, 'Give every column a name, or remove the empty column (check for a trailing comma in the header).');
						return undefined;
					}
					if (names.indexOf(name) !== i) {
						problems.add(file, null, name, `the column name appears twice in the header.`, 'Keep one column with this name.');
						return undefined;
					}
					return columnBuilder(file, table, name, problems);
				});
			},
			field(col, text) {
				builders[col]?.pushText(text);
			},
			endRow(row, count) {
				if (count !== names.length) {
					problems.add(file, row, null, `the row has ${count} cells but the header has ${names.length}.`, 'Check for an unquoted comma inside a value, or a missing or extra cell in this row.');
				}
				for (let c = count; c < builders.length; c++) builders[c]?.pushNull();
			}
		},
		{
			onProgress,
			onError: (row, col, message) => problems.add(file, row === 0 ? null : row, names[col] ?? null, message, 'Quote a cell that contains commas or line breaks as "…", and double any quote inside it ("").')
		}
	);
	const columns = new Map(builders.flatMap((b) => (b ? [[b.name, b.finish()] as const] : [])));
	return { file, table, rowCount, names: [...columns.keys()], columns };
}
