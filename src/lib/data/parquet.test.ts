import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFolder } from './load-folder-node';
import { DatasetError } from './problems';
import { csvToParquet } from './testing/csv-to-parquet';

const GOOD = join(import.meta.dirname, '../../../tests/fixtures/good');
let dir: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'komek-parquet-'));
	for (const t of ['households', 'persons'] as const) await csvToParquet(join(GOOD, `${t}.csv`), join(dir, `${t}.parquet`), t);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Parquet datasets', () => {
	it('read into the same tables as the CSV files they were written from', async () => {
		const fromCsv = await readDatasetFolder(GOOD);
		const fromParquet = await readDatasetFolder(dir);
		expect(fromParquet.report.accepted).toBe(true);
		for (const t of ['households', 'persons'] as const) {
			expect(fromParquet[t].schema.fields.map(String)).toEqual(fromCsv[t].schema.fields.map(String));
			expect(fromParquet[t].toArray().map((r) => r.toJSON())).toEqual(fromCsv[t].toArray().map((r) => r.toJSON()));
		}
		expect(fromParquet.report.summary).toEqual(fromCsv.report.summary);
	});

	it('refuse bad values with the Parquet file name and row', async () => {
		const bad = mkdtempSync(join(tmpdir(), 'komek-parquet-bad-'));
		try {
			copyFileSync(join(dir, 'persons.parquet'), join(bad, 'persons.parquet'));
			await csvToParquet(join(GOOD, 'households.csv'), join(bad, 'households.parquet'), 'households', (row) => {
				if (row.hh_id === 'h3') row.region = 'nowhere';
			});
			const err = await readDatasetFolder(bad).catch((e) => e);
			expect(err).toBeInstanceOf(DatasetError);
			expect(err.problems[0]).toMatchObject({ file: 'households.parquet', row: 3, column: 'region' });
		} finally {
			rmSync(bad, { recursive: true, force: true });
		}
	});

	it('refuse a file that is not Parquet', async () => {
		const bad = mkdtempSync(join(tmpdir(), 'komek-parquet-junk-'));
		try {
			copyFileSync(join(dir, 'persons.parquet'), join(bad, 'persons.parquet'));
			writeFileSync(join(bad, 'households.parquet'), 'not parquet at all');
			const err = await readDatasetFolder(bad).catch((e) => e);
			expect(err.problems[0]).toMatchObject({ file: 'households.parquet', row: null, message: expect.stringMatching(/not a readable Parquet file/) });
		} finally {
			rmSync(bad, { recursive: true, force: true });
		}
	});
});
