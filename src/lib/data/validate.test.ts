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
	{ name: 'missing-column', file: 'households.csv', row: null, column: 'weight', message: /required column "weight" is missing/, hint: /Add the column "weight"/ },
	{ name: 'wrong-type', file: 'persons.csv', row: 2, column: 'age', message: /wrong type: "five" is not an integer from 0 to 120/, hint: /Write an integer from 0 to 120/ },
	{ name: 'out-of-range', file: 'persons.csv', row: 3, column: 'age', message: /out of range: 130 is not an integer from 0 to 120/, hint: /Correct the value/ },
	{ name: 'duplicate-id', file: 'households.csv', row: 3, column: 'hh_id', message: /duplicate hh_id "h1" \(first seen in row 1\)/, hint: /unique/ },
	{ name: 'orphan-person', file: 'persons.csv', row: 4, column: 'hh_id', message: /household "h9" is not in households.csv/, hint: /Add household "h9"/ },
	{ name: 'household-without-persons', file: 'households.csv', row: 2, column: 'hh_id', message: /household "h2" has no persons/, hint: /Add the members/ },
	{ name: 'unknown-region', file: 'households.csv', row: 1, column: 'region', message: new RegExp(`unknown region "nur_sultan". Valid codes: ${REGION_CODES.join(', ')}`), hint: /20 region codes/ },
	{ name: 'zero-weight', file: 'households.csv', row: 2, column: 'weight', message: /weight must be > 0, got 0/, hint: /positive number of households/ },
	{ name: 'personal-data-column', file: 'persons.csv', row: null, column: 'phone', message: /personal data \(a phone number\)/, hint: /Remove the column/ },
	{ name: 'personal-data-iin', file: 'persons.csv', row: 2, column: 'person_id', message: /looks like an IIN/, hint: /anonymous ids/ },
	{ name: 'bad-boolean', file: 'households.csv', row: 2, column: 'notified', message: /"yes" is not true\/false/, hint: /Write true\/false/ },
	{ name: 'unclosed-quote', file: 'persons.csv', row: 4, column: 'sex', message: /quoted cell is never closed/, hint: /double any quote/ },
	{ name: 'missing-file', file: 'persons.csv', row: null, column: null, message: /no persons.csv or persons.parquet/, hint: /Add persons.csv/ }
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
