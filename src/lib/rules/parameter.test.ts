import { describe, expect, it } from 'vitest';
import { entryAt, valueAt, valueProblem, type Parameter } from './parameter';

const share: Parameter = {
	path: 'x.share',
	label: { en: 'x', ru: 'x', kk: 'x' },
	description: 'test',
	unit: 'share',
	kind: { type: 'number', nullable: true, min: 0, max: 10 },
	values: [
		{ from: '2020-01-01', value: 0.5 },
		{ from: '2024-09-01', value: null },
		{ from: '2022-01-01', value: 0.7 }
	],
	references: [{ title: 't', href: 'https://example.org' }],
	status: 'exact'
};

describe('dated values', () => {
	it('takes the latest entry that has taken effect, whatever the order of the list', () => {
		expect(valueAt(share, '2021-12-31')).toBe(0.5);
		expect(valueAt(share, '2022-01-01')).toBe(0.7);
		expect(valueAt(share, '2024-08-31')).toBe(0.7);
	});
	it('treats a dated null as a repeal and keeps the old values', () => {
		expect(valueAt(share, '2025-07-01')).toBeNull();
		expect(entryAt(share, '2023-07-01')?.value).toBe(0.7);
	});
	it('refuses a date before the first value and a malformed date', () => {
		expect(() => valueAt(share, '2019-12-31')).toThrow(/no value on 2019-12-31/);
		expect(() => valueAt(share, '1 July 2025')).toThrow(/YYYY-MM-DD/);
	});
});

describe('valueProblem', () => {
	const integer: Parameter = { ...share, path: 'x.count', kind: { type: 'integer', nullable: false, min: 0, max: 100 } };
	const choice: Parameter = { ...share, path: 'x.mode', kind: { type: 'enum', nullable: false, options: ['full', 'observed'] } };
	it('accepts values of the right kind within bounds', () => {
		expect(valueProblem(share, 0.8)).toBeNull();
		expect(valueProblem(share, null)).toBeNull();
		expect(valueProblem(integer, 3)).toBeNull();
		expect(valueProblem(choice, 'observed')).toBeNull();
	});
	it('refuses wrong types, non-finite numbers, fractions for integers, and out-of-range values', () => {
		expect(valueProblem(share, '0.8')).toMatch(/must be a number or null, got the string "0.8"/);
		expect(valueProblem(share, Number.NaN)).toMatch(/finite/);
		expect(valueProblem(share, Infinity)).toMatch(/finite/);
		expect(valueProblem(share, 1e308)).toMatch(/between 0 and 10/);
		expect(valueProblem(share, -0.1)).toMatch(/between 0 and 10/);
		expect(valueProblem(integer, 1.5)).toMatch(/must be an integer/);
		expect(valueProblem(integer, null)).toMatch(/cannot be null/);
		expect(valueProblem(choice, 'some')).toMatch(/one of full, observed/);
		expect(valueProblem(choice, true)).toMatch(/one of full, observed/);
		expect(valueProblem(share, { valueOf: () => 1 })).toMatch(/got an object/);
	});
});
