import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetFolder } from './load-folder-node';
import { DatasetError } from './problems';
import { REGION_CODES } from './regions';

async function* chunks(text: string) {
	yield text;
}

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');

/** Loads a fixture folder that must be refused and returns its error. */
async function refused(name: string): Promise<DatasetError> {
	try {
		await readDatasetFolder(join(FIXTURES, 'bad', name));
	} catch (e) {
		if (e instanceof DatasetError) return e;
		throw e;
	}
	throw new Error(`${name} was accepted`);
}

// One case per refusal of contract §1: where the problem is, and words the message or hint must contain.
const CASES: { name: string; file: string; row: number | null; column: string | null; message: RegExp; hint: RegExp }[] = [
	{
		name: 'missing-column',
		file: 'households.csv',
		row: null,
		column: 'weight',
		message: /required column "weight" is missing/,
		hint: /Add the column "weight"/
	},
	{
		name: 'wrong-type',
		file: 'persons.csv',
		row: 2,
		column: 'age',
		message: /wrong type: "five" is not an integer from 0 to 120/,
		hint: /Write an integer from 0 to 120/
	},
	{
		name: 'out-of-range',
		file: 'persons.csv',
		row: 3,
		column: 'age',
		message: /out of range: 130 is not an integer from 0 to 120/,
		hint: /Correct the value/
	},
	{
		name: 'duplicate-id',
		file: 'households.csv',
		row: 3,
		column: 'hh_id',
		message: /duplicate hh_id "h1" \(first seen in row 1\)/,
		hint: /unique/
	},
	{
		name: 'orphan-person',
		file: 'persons.csv',
		row: 4,
		column: 'hh_id',
		message: /household "h9" is not in households.csv/,
		hint: /Add household "h9"/
	},
	{
		name: 'household-without-persons',
		file: 'households.csv',
		row: 2,
		column: 'hh_id',
		message: /household "h2" has no persons/,
		hint: /Add the members/
	},
	{
		name: 'unknown-region',
		file: 'households.csv',
		row: 1,
		column: 'region',
		message: new RegExp(`unknown region "nur_sultan". Valid codes: ${REGION_CODES.join(', ')}`),
		hint: /20 region codes/
	},
	{
		name: 'zero-weight',
		file: 'households.csv',
		row: 2,
		column: 'weight',
		message: /weight must be > 0, got 0/,
		hint: /positive number of households/
	},
	{
		name: 'personal-data-column',
		file: 'persons.csv',
		row: null,
		column: 'phone',
		message: /personal data \(a phone number\)/,
		hint: /Remove the column/
	},
	{ name: 'personal-data-iin', file: 'persons.csv', row: 2, column: 'person_id', message: /looks like an IIN/, hint: /anonymous ids/ },
	{
		name: 'bad-boolean',
		file: 'households.csv',
		row: 2,
		column: 'notified',
		message: /"yes" is not true\/false/,
		hint: /Write true\/false/
	},
	{ name: 'unclosed-quote', file: 'persons.csv', row: 4, column: 'sex', message: /quoted cell is never closed/, hint: /double any quote/ },
	{
		name: 'missing-file',
		file: 'persons.csv',
		row: null,
		column: null,
		message: /no persons.csv or persons.parquet/,
		hint: /Add persons.csv/
	},
	// Issue 18: numbers within reason, files that are not CSV, empty tables, personal data by value.
	{
		name: 'absurd-income',
		file: 'persons.csv',
		row: 2,
		column: 'income_wages',
		message: /out of range: 1e\+308 is not a number from 0 to 10 000 000 000/,
		hint: /Correct the value/
	},
	{
		name: 'huge-weight',
		file: 'households.csv',
		row: 2,
		column: 'weight',
		message: /out of range: 1e\+308 is not a number > 0 and ≤ 10 000 000/,
		hint: /Correct the value/
	},
	{
		name: 'windows-1251-fio',
		file: 'persons.csv',
		row: null,
		column: 'ФИО',
		message: /personal data \(a person's name\)/,
		hint: /Remove the column/
	},
	{
		name: 'excel-workbook',
		file: 'households.csv',
		row: null,
		column: null,
		message: /this is an Excel workbook \(\.xlsx\), not a CSV file/,
		hint: /CSV UTF-8/
	},
	{
		name: 'zip-archive',
		file: 'persons.csv',
		row: null,
		column: null,
		message: /this is a ZIP archive, not a CSV file/,
		hint: /Extract it/
	},
	{
		name: 'header-only',
		file: 'households.csv',
		row: null,
		column: null,
		message: /no rows: the file has a header but no households/,
		hint: /Add the households/
	},
	{ name: 'iin-with-dashes', file: 'persons.csv', row: 2, column: 'code', message: /looks like an IIN/, hint: /anonymous ids/ },
	{
		name: 'iin-lost-zero',
		file: 'persons.csv',
		row: 1,
		column: 'client',
		message: /personal data \(IINs that lost their leading zero.*\): 4 of the 4 values/,
		hint: /anonymous codes/
	},
	{
		name: 'iin-in-deposits',
		file: 'households.csv',
		row: 1,
		column: 'deposits_kzt',
		message: /personal data \(IINs: 11- or 12-digit numbers/,
		hint: /anonymous codes/
	},
	{
		name: 'names-by-value',
		file: 'persons.csv',
		row: 1,
		column: 'info',
		message: /personal data \(persons' names\)/,
		hint: /Remove the column/
	},
	{
		name: 'phones-by-value',
		file: 'persons.csv',
		row: 1,
		column: 'contact',
		message: /personal data \(phone numbers\): 3 of the 3 values/,
		hint: /Remove the column/
	},
	{
		name: 'birth-dates-by-value',
		file: 'persons.csv',
		row: 1,
		column: 'd',
		message: /personal data \(dates of birth\)/,
		hint: /Remove the column/
	}
];

describe('refused datasets (contract §1)', () => {
	for (const c of CASES) {
		it(`${c.name}: names file, row, column and the fix`, async () => {
			const err = await refused(c.name);
			const p = err.problems[0];
			expect({ file: p.file, row: p.row, column: p.column }).toEqual({ file: c.file, row: c.row, column: c.column });
			expect(p.message).toMatch(c.message);
			expect(p.hint).toMatch(c.hint);
			if (c.row !== null) expect(p.message).toContain(`row ${c.row} (row 1 is the first row after the header)`);
			if (c.name !== 'unclosed-quote') expect(err.total).toBe(1);
		});
	}
});

describe('files read with a notice (issue 18)', () => {
	/** The good fixture and `name` under tests/fixtures/notice, read as Arrow rows, and the notices of `name`. */
	async function both(name: string) {
		const good = await readDatasetFolder(join(FIXTURES, 'good'));
		const other = await readDatasetFolder(join(FIXTURES, 'notice', name));
		const rows = (d: typeof good, t: 'households' | 'persons') => d[t].toArray().map((r) => r.toJSON());
		return { rows, good, other, notices: other.report.notices.map((n) => `${n.file}: ${n.message}`) };
	}

	it('reads semicolons and decimal commas (Russian Excel) as the same values, and says so', async () => {
		const { rows, good, other, notices } = await both('semicolons');
		expect(rows(other, 'households')).toEqual(rows(good, 'households'));
		expect(rows(other, 'persons')).toEqual(rows(good, 'persons'));
		expect(notices).toContainEqual(
			expect.stringMatching(
				/^households.csv: cells are separated by semicolons.*Decimal commas were read as decimal points \(weight: 1 cell, consumption_monthly: 1 cell\)/
			)
		);
		expect(notices).toContainEqual(expect.stringMatching(/^persons.csv: cells are separated by semicolons/));
		expect(notices).toContainEqual(expect.stringMatching(/^households.csv: read as Windows-1251/));
	});

	it('reads UTF-16 with tabs (Excel\'s "Unicode text") as the same values, and says so', async () => {
		const { rows, good, other, notices } = await both('utf-16');
		expect(rows(other, 'households')).toEqual(rows(good, 'households'));
		expect(rows(other, 'persons')).toEqual(rows(good, 'persons'));
		expect(notices).toContainEqual(expect.stringMatching(/^persons.csv: read as UTF-16, not UTF-8/));
		expect(notices).toContainEqual(expect.stringMatching(/^persons.csv: cells are separated by tabs/));
	});

	it('reads Windows-1251 Cyrillic text as Cyrillic, never as U+FFFD, and says so', async () => {
		const { other, notices } = await both('windows-1251');
		expect(other.persons.getChild('note')?.get(0)).toBe('работает, неполный день');
		expect(notices).toContainEqual(expect.stringMatching(/^persons.csv: read as Windows-1251 \(Cyrillic\), not UTF-8/));
		expect(notices.some((n) => n.startsWith('households.csv: read as'))).toBe(false);
	});

	it('reports the Windows-1251 of a refused file too', async () => {
		const err = await refused('windows-1251-fio');
		expect(err.notices.map((n) => n.message)).toContainEqual(expect.stringMatching(/read as Windows-1251/));
	});
});

describe('accepted dataset', () => {
	it('loads the good fixture with notices for missing optional and extra columns', async () => {
		const { households, persons, report } = await readDatasetFolder(join(FIXTURES, 'good'));
		expect(report.accepted).toBe(true);
		expect([households.numRows, persons.numRows]).toEqual([4, 6]);
		const notice = (col: string) => report.notices.find((n) => n.column === col)?.message;
		expect(notice('deposits_kzt')).toMatch(/no deposits asset test/);
		expect(notice('note')).toMatch(/not in the contract: kept/);
		expect(notice('consumption_monthly')).toBeUndefined();
		expect(persons.getChild('note')?.get(0)).toBe('works, part time');
		expect(persons.getChild('note')?.get(2)).toBe('said "retired" once');
	});

	it('reports every problem with a total beyond the cap', async () => {
		const { checkDataset } = await import('./load');
		const rows = Array.from({ length: 150 }, (_, i) => `h${i},atlantis,urban,1,0,0\n`).join('');
		const persons = Array.from({ length: 150 }, (_, i) => `p${i},h${i},30,m\n`).join('');
		const { report } = await checkDataset({
			households: { file: 'households.csv', csv: chunks(`hh_id,region,settlement,weight,dwellings_owned,vehicles_owned\n${rows}`) },
			persons: { file: 'persons.csv', csv: chunks(`person_id,hh_id,age,sex\n${persons}`) }
		});
		expect(report.accepted).toBe(false);
		expect(report.problemCount).toBe(150);
		expect(report.problems).toHaveLength(100);
		expect(report.problems[99].row).toBe(100);
	});
});
