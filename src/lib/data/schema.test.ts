import { describe, expect, it } from 'vitest';
import { COLUMNS, cellSchema, householdRowSchema, inRange, personRowSchema, schemaMarkdown } from './schema';
import { looksLikeIin, personalColumnKind } from './pii';

describe('schema', () => {
	it('the fast range check agrees with the zod schema on values either side of every bound', () => {
		for (const spec of [...COLUMNS.households, ...COLUMNS.persons]) {
			if (spec.type !== 'number' && spec.type !== 'integer') continue;
			const probes = [spec.min, spec.max].flatMap((b) => (b === undefined ? [] : [b - 1, b, b + 1]));
			for (const v of probes) expect(inRange(spec, v), `${spec.name} = ${v}`).toBe(cellSchema(spec).safeParse(v).success);
		}
	});

	it('zod row schemas accept a good record and refuse a bad one', () => {
		const hh = {
			hh_id: 'h1',
			region: 'astana',
			settlement: 'urban',
			weight: 2,
			dwellings_owned: 1,
			vehicles_owned: 0,
			consumption_monthly: null
		};
		expect(householdRowSchema.safeParse(hh).success).toBe(true);
		expect(householdRowSchema.safeParse({ ...hh, weight: 0 }).success).toBe(false);
		expect(householdRowSchema.safeParse({ ...hh, region: 'nur_sultan' }).success).toBe(false);
		expect(personRowSchema.safeParse({ person_id: 'p', hh_id: 'h1', age: 121, sex: 'f' }).success).toBe(false);
	});

	it('renders every contract column into the Markdown table', () => {
		const md = schemaMarkdown();
		for (const c of [...COLUMNS.households, ...COLUMNS.persons]) expect(md).toContain(`| ${c.name} |`);
		expect(md).toContain('| weight | number | yes | a number > 0 and ≤ 10 000 000 |');
		expect(md).toContain('| income_wages | number | no | a number from 0 to 10 000 000 000 |');
		expect(md).toContain('| deposits_kzt | number | no | a number from 0 to 1 000 000 000 000 |');
		expect(md).toContain('| vehicles_owned | integer | yes | an integer from 0 to 1 000 |');
		expect(md).toContain('`almaty_region`');
	});
});

describe('personal data', () => {
	it('recognises personal column names in English, Russian and Kazakh', () => {
		for (const n of [
			'name',
			'First Name',
			'surname',
			'FIO',
			'iin',
			'phone_1',
			'tel',
			'address',
			'street',
			'email',
			'Фамилия',
			'телефон',
			'мекенжай',
			'тегі'
		])
			expect(personalColumnKind(n), n).not.toBeNull();
		for (const n of ['hh_id', 'region_name', 'income_pension', 'consumption_monthly', 'notified', 'ssd', 'carer', 'settlement'])
			expect(personalColumnKind(n), n).toBeNull();
	});

	it('recognises IIN-like values: 12 digits starting with a date', () => {
		expect(looksLikeIin('850312300123')).toBe(true);
		expect(looksLikeIin(' 850312300123 ')).toBe(true);
		expect(looksLikeIin('000000000001')).toBe(false);
		expect(looksLikeIin('851312300123')).toBe(false);
		expect(looksLikeIin('85031230012')).toBe(false);
		expect(looksLikeIin('h85031230012')).toBe(false);
	});
});
