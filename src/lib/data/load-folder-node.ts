// Node only: finds a dataset's files in a folder and streams them through `loadDataset`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDataset, type DatasetSource, type LoadedDataset, type ProgressCallback } from './load';
import { DatasetError, Problems } from './problems';

/** Reads `households.csv|parquet`, `persons.csv|parquet` and optional `manifest.json` from `folder`; throws `DatasetError` when refused. */
export async function readDatasetFolder(folder: string, onProgress?: ProgressCallback): Promise<LoadedDataset> {
	if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`Dataset folder not found: ${folder}`);
	const problems = new Problems();
	const households = await findSource(folder, 'households', problems);
	const persons = await findSource(folder, 'persons', problems);
	if (!households || !persons) throw new DatasetError(problems.list, problems.total);
	const manifestPath = join(folder, 'manifest.json');
	const manifest = existsSync(manifestPath) ? { file: 'manifest.json', text: await readFile(manifestPath, 'utf8') } : undefined;
	return loadDataset({ households, persons, manifest }, onProgress);
}

async function findSource(folder: string, table: string, problems: Problems): Promise<DatasetSource | null> {
	const csv = `${table}.csv`;
	const parquet = `${table}.parquet`;
	const hasCsv = existsSync(join(folder, csv));
	const hasParquet = existsSync(join(folder, parquet));
	if (hasCsv && hasParquet) {
		problems.add(parquet, null, null, `both ${csv} and ${parquet} are present.`, 'Keep only one file per table.');
		return null;
	}
	if (hasCsv) return { file: csv, csv: createReadStream(join(folder, csv), { highWaterMark: 1 << 20 }) };
	if (hasParquet) {
		const bytes = await readFile(join(folder, parquet));
		return { file: parquet, parquet: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
	}
	problems.add(
		csv,
		null,
		null,
		`the ${table} table is missing: no ${csv} or ${parquet} in the folder.`,
		`Add ${csv} (or ${parquet}) to the dataset folder.`
	);
	return null;
}
