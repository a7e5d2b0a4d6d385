import { columnBuilder, unreadableTable, type ColumnBuilder, type ColumnTable } from './columns';
import { parseCsv, type CsvFormatNote } from './csv';
import type { Notice, Problems } from './problems';
import type { TableName } from './schema';
import { UnreadableFileError } from './sniff';

/** Rows with the wrong number of cells reported one by one; the others are counted in one more problem. */
const CELL_COUNT_REPORTS = 5;

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
	const notes: CsvFormatNote[] = [];
	let badRows = 0;
	let rowCount: number;
	const cellCountHint =
		'Check for an unquoted comma inside a value (or a decimal comma: write 1.5, not 1,5), or a missing or extra cell in this row.';
	try {
		rowCount = await parseCsv(
			chunks,
			{
				header(raw) {
					names = raw.map((n) => n.trim());
					const decimalComma = notes.some((n) => n.kind === 'delimiter');
					builders = names.map((name, i) => {
						if (name === '') {
							problems.add(
								file,
								null,
								`#${i + 1}`,
								`header cell ${i + 1} is empty.`,
								'Give every column a name, or remove the empty column (check for a trailing comma in the header).'
							);
							return undefined;
						}
						if (names.indexOf(name) !== i) {
							problems.add(file, null, name, `the column name appears twice in the header.`, 'Keep one column with this name.');
							return undefined;
						}
						return columnBuilder(file, table, name, problems, 'string', decimalComma);
					});
				},
				field(col, text) {
					builders[col]?.pushText(text);
				},
				endRow(row, count) {
					if (count !== names.length && ++badRows <= CELL_COUNT_REPORTS) {
						problems.add(file, row, null, `the row has ${count} cells but the header has ${names.length}.`, cellCountHint);
					}
					for (let c = count; c < builders.length; c++) builders[c]?.pushNull();
				}
			},
			{
				onProgress,
				onFormat: (note) => notes.push(note),
				onError: (row, col, message) =>
					problems.add(
						file,
						row === 0 ? null : row,
						names[col] ?? null,
						message,
						'Quote a cell that contains commas or line breaks as "…", and double any quote inside it ("").'
					)
			}
		);
	} catch (e) {
		if (!(e instanceof UnreadableFileError)) throw e;
		problems.add(file, e.row, null, e.message, e.hint);
		return unreadableTable(file, table);
	}
	if (badRows > CELL_COUNT_REPORTS) {
		problems.add(
			file,
			null,
			null,
			`${badRows - CELL_COUNT_REPORTS} more rows (${badRows} in all) have a number of cells other than the header's ${names.length}.`,
			cellCountHint
		);
	}
	if (names.length === 0) {
		problems.add(file, null, null, 'the file is empty.', 'Export the table again, with its header row and its rows.');
		return unreadableTable(file, table);
	}
	const kept = builders.filter((b) => b !== undefined);
	const columns = new Map(kept.map((b) => [b.name, b.finish()] as const));
	return { file, table, rowCount, names: [...columns.keys()], columns, readable: true, notices: formatNotices(file, notes, kept) };
}

const ENCODING_NAMES = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16',
	'utf-16be': 'UTF-16 (big-endian)',
	'windows-1251': 'Windows-1251 (Cyrillic)'
};
const DELIMITER_NAMES = { ',': 'commas', ';': 'semicolons (;), as Russian Excel writes CSV', '\t': 'tabs' };

function formatNotices(file: string, notes: CsvFormatNote[], builders: ColumnBuilder[]): Notice[] {
	const notices: Notice[] = [];
	for (const note of notes) {
		if (note.kind === 'encoding') {
			const from = note.fromRow > 0 ? ` from row ${note.fromRow}` : '';
			notices.push({
				file,
				column: null,
				message: `read as ${ENCODING_NAMES[note.encoding]}${from}, not UTF-8 (the contract's encoding): check that its text reads correctly, or save it as "CSV UTF-8".`
			});
		} else {
			const commas = builders.filter((b) => b.decimalCommaCells > 0);
			const decimals = commas.length
				? ` Decimal commas were read as decimal points (${commas.map((b) => `${b.name}: ${b.decimalCommaCells} cell${b.decimalCommaCells === 1 ? '' : 's'}`).join(', ')}).`
				: '';
			notices.push({
				file,
				column: null,
				message: `cells are separated by ${DELIMITER_NAMES[note.delimiter]}, not commas: read with that separator.${decimals}`
			});
		}
	}
	return notices;
}
