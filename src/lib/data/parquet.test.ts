import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFolder } from './load-folder-node';
import { DatasetError } from './problems';
import { csvToParquet } from './testing/csv-to-parquet';

const GOOD = join(import.meta.dirname, '../../../tests/fixtures/good');
const BAD = join(import.meta.dirname, '../../../tests/fixtures/bad');
let dir: string;

/** A temporary folder with `files` (name → text or bytes) for one test; removed by the test. */
function folder(files: Record<string, string | Uint8Array>): string {
	const d = mkdtempSync(join(tmpdir(), 'komek-parquet-case-'));
	for (const [name, data] of Object.entries(files)) writeFileSync(join(d, name), data);
	return d;
}

/** The problems of a folder that must be refused, as file | row | column | message. */
async function problemsOf(d: string): Promise<string[]> {
	const err = await readDatasetFolder(d).catch((e) => e);
	expect(err).toBeInstanceOf(DatasetError);
	return (err as DatasetError).problems.map((p) => `${p.file} | ${p.row} | ${p.column} | ${p.message}`);
}

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
			expect(err.problems[0]).toMatchObject({
				file: 'households.parquet',
				row: null,
				message: expect.stringMatching(/not a readable Parquet file/)
			});
		} finally {
			rmSync(bad, { recursive: true, force: true });
		}
	});

	it('refuse Infinity, NaN and 1e308 exactly as the same CSV is refused', async () => {
		const households = readFileSync(join(GOOD, 'households.csv'), 'utf8')
			.replace('h2,turkestan,rural,300,', 'h2,turkestan,rural,Infinity,')
			.replace('h3,turkestan,rural,250,', 'h3,turkestan,rural,NaN,');
		const persons = readFileSync(join(GOOD, 'persons.csv'), 'utf8').replace('p1,h1,34,f,0,false,85000', 'p1,h1,34,f,0,false,1e308');
		const csv = folder({ 'households.csv': households, 'persons.csv': persons });
		const parquet = folder({});
		try {
			for (const t of ['households', 'persons'] as const) await csvToParquet(join(csv, `${t}.csv`), join(parquet, `${t}.parquet`), t);
			const fromCsv = await problemsOf(csv);
			expect(fromCsv).toEqual([
				'households.csv | 2 | weight | households.csv, row 2 (row 1 is the first row after the header), column "weight": wrong type: "Infinity" is not a number > 0 and ≤ 10 000 000.',
				'households.csv | 3 | weight | households.csv, row 3 (row 1 is the first row after the header), column "weight": wrong type: "NaN" is not a number > 0 and ≤ 10 000 000.',
				'persons.csv | 1 | income_wages | persons.csv, row 1 (row 1 is the first row after the header), column "income_wages": value out of range: 1e+308 is not a number from 0 to 10 000 000 000.'
			]);
			expect(await problemsOf(parquet)).toEqual(fromCsv.map((p) => p.replaceAll('.csv', '.parquet')));
		} finally {
			rmSync(csv, { recursive: true, force: true });
			rmSync(parquet, { recursive: true, force: true });
		}
	});

	it('refuse IIN-like numbers in a DOUBLE column outside the contract', async () => {
		const d = folder({});
		try {
			const persons = readFileSync(join(GOOD, 'persons.csv'), 'utf8')
				.split('\n')
				.map((line, i) =>
					line === ''
						? line
						: `${line},${i === 0 ? 'ref' : ['850312300123', '910101400456', '', '030515500321', '771120300999', '650228400111'][i - 1]}`
				)
				.join('\n');
			writeFileSync(join(d, 'persons.csv'), persons);
			await csvToParquet(join(d, 'persons.csv'), join(d, 'persons.parquet'), 'persons', () => {}, ['ref']);
			rmSync(join(d, 'persons.csv'));
			copyFileSync(join(dir, 'households.parquet'), join(d, 'households.parquet'));
			expect(await problemsOf(d)).toEqual([
				expect.stringMatching(
					/^persons.parquet \| 1 \| ref \| .*personal data \(IINs: 11- or 12-digit numbers that start with a birth date\): 5 of the 5 values/
				)
			]);
		} finally {
			rmSync(d, { recursive: true, force: true });
		}
	});

	it('name the file of a damaged data page, and refuse it instead of failing', async () => {
		const bytes = new Uint8Array(readFileSync(join(dir, 'households.parquet')));
		bytes.fill(0xff, 4, 16);
		const d = folder({ 'households.parquet': bytes, 'persons.parquet': readFileSync(join(dir, 'persons.parquet')) });
		try {
			expect(await problemsOf(d)).toEqual([
				expect.stringMatching(/^households.parquet \| null \| null \| .*the Parquet file is damaged: its data cannot be read/)
			]);
		} finally {
			rmSync(d, { recursive: true, force: true });
		}
	});

	it('name an Excel workbook or a CSV file given the .parquet extension', async () => {
		const d = folder({
			'households.parquet': readFileSync(join(BAD, 'excel-workbook', 'households.csv')),
			'persons.parquet': readFileSync(join(GOOD, 'persons.csv'))
		});
		try {
			expect(await problemsOf(d)).toEqual([
				expect.stringMatching(/^households.parquet \| null \| null \| .*this is an Excel workbook \(\.xlsx\), not a readable Parquet file/),
				expect.stringMatching(/^persons.parquet \| null \| null \| .*this is a text file \(CSV\?\), not a readable Parquet file/)
			]);
		} finally {
			rmSync(d, { recursive: true, force: true });
		}
	});
});
