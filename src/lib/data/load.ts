// Platform-neutral loading: sources (CSV chunks or Parquet bytes) → checked columns → Arrow tables + report.
import type { ColumnTable } from './columns';
import { readCsvTable } from './csv-table';
import { toArrowTable, type DatasetTables } from './dataset';
import { readParquetTable } from './parquet';
import { DatasetError, Problems, type Notice, type Problem } from './problems';
import { manifestSchema, type Manifest, type TableName } from './schema';
import { summarizeDataset, type DatasetSummary } from './summary';
import { validateTables } from './validate';

/** One table's file: CSV as a stream of chunks, or Parquet as bytes. */
export type DatasetSource = { file: string; csv: AsyncIterable<Uint8Array | string> } | { file: string; parquet: ArrayBuffer };

/** The files of one dataset; `manifest` is the text of manifest.json when present. */
export interface DatasetInput {
	households: DatasetSource;
	persons: DatasetSource;
	manifest?: { file: string; text: string };
}

/** The outcome of checking a dataset. */
export interface DatasetReport {
	accepted: boolean;
	/** The first problems (capped); `problemCount` counts all of them. */
	problems: Problem[];
	problemCount: number;
	notices: Notice[];
	summary: DatasetSummary | null;
	manifest: Manifest | null;
}

/** An accepted dataset: its two Arrow tables and the report. */
export interface LoadedDataset extends DatasetTables {
	report: DatasetReport;
}

/** Called while reading with the file name and the bytes read so far. */
export type ProgressCallback = (file: string, bytesDone: number) => void;

/** Reads and checks a dataset; returns the report, and the tables only when it is accepted. */
export async function checkDataset(
	input: DatasetInput,
	onProgress?: ProgressCallback
): Promise<{ report: DatasetReport; tables: DatasetTables | null }> {
	const problems = new Problems();
	const manifest = input.manifest ? readManifest(input.manifest.file, input.manifest.text, problems) : null;
	const households = await readSource(input.households, 'households', problems, onProgress);
	const persons = await readSource(input.persons, 'persons', problems, onProgress);
	const notices = validateTables(households, persons, problems);
	const tables = problems.ok ? { households: toArrowTable(households), persons: toArrowTable(persons) } : null;
	const report: DatasetReport = {
		accepted: problems.ok,
		problems: problems.list,
		problemCount: problems.total,
		notices,
		summary: tables ? summarizeDataset(tables) : null,
		manifest
	};
	return { report, tables };
}

/** Reads and checks a dataset; throws a `DatasetError` with every problem when it is refused. */
export async function loadDataset(input: DatasetInput, onProgress?: ProgressCallback): Promise<LoadedDataset> {
	const { report, tables } = await checkDataset(input, onProgress);
	if (!tables) throw new DatasetError(report.problems, report.problemCount, report.notices);
	return { ...tables, report };
}

function readSource(src: DatasetSource, table: TableName, problems: Problems, onProgress?: ProgressCallback): Promise<ColumnTable> {
	if ('csv' in src) return readCsvTable(src.file, table, src.csv, problems, onProgress && ((n) => onProgress(src.file, n)));
	onProgress?.(src.file, src.parquet.byteLength);
	return readParquetTable(src.file, table, src.parquet, problems);
}

function readManifest(file: string, text: string, problems: Problems): Manifest | null {
	let json: unknown;
	try {
		// A browser's File.text() drops a byte-order mark and Node's readFile keeps it: drop it here for both.
		json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (e) {
		problems.add(
			file,
			null,
			null,
			`not valid JSON (${(e as Error).message}).`,
			'Fix the JSON syntax, or remove manifest.json (it is optional).'
		);
		return null;
	}
	const parsed = manifestSchema.safeParse(json);
	if (parsed.success) return parsed.data;
	for (const issue of parsed.error.issues) {
		const path = issue.path.join('.') || null;
		const hint =
			path === 'schema_version'
				? 'This product reads schema_version 1: convert the dataset, or set "schema_version": 1.'
				: 'Correct this manifest field, or remove it.';
		problems.add(file, null, path, issue.message, hint);
	}
	return null;
}
