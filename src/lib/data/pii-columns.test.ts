import { describe, expect, it } from 'vitest';
import type { Column } from './columns';
import { dateYear, looksLikeIin, looksLikeIinWithoutZero, looksLikePersonName, looksLikePhone, numberLooksLikeIin } from './pii';
import { personalValues } from './pii-columns';

const text = (values: (string | null)[]): Column => ({ type: 'string', values });
const numbers = (values: number[]): Column => ({
	type: 'number',
	values: Float64Array.from(values),
	valid: new Uint8Array(values.length).fill(1)
});

/** A seeded generator (mulberry32), so the "money" below is the same on every run. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('personal data by value: single values', () => {
	it('reads IINs whole, in groups, and without the leading zero Excel drops', () => {
		for (const v of ['850312300123', '850312-300123', '850312 300 123', ' 85 03 12 300123 ']) expect(looksLikeIin(v), v).toBe(true);
		for (const v of ['851312300123', '850312-30012', '8503-12-30-01-23-4', '2024-01-01', '+7 701 123 45 67'])
			expect(looksLikeIin(v), v).toBe(false);
		expect(looksLikeIinWithoutZero('50312500123')).toBe(true);
		expect(looksLikeIinWithoutZero('50312300123')).toBe(false); // century digit 3 (1900s) cannot lose a leading zero
		expect(numberLooksLikeIin(850312300123)).toBe(true);
		expect(numberLooksLikeIin(50312500123)).toBe(true);
		expect(numberLooksLikeIin(850312300123.5)).toBe(false);
		expect(numberLooksLikeIin(999999999999)).toBe(false);
	});

	it('reads phone numbers, names and dates of birth', () => {
		for (const v of ['+7 701 123 45 67', '87011234567', '8 (727) 250-11-22', '+996 555 123 456', '701-123-45-67'])
			expect(looksLikePhone(v), v).toBe(true);
		for (const v of ['7011234567', '12345678901', '1 250 000', '2024-01-01']) expect(looksLikePhone(v), v).toBe(false);
		for (const v of ['Иванов Иван Иванович', 'Сапарова Айгерим', 'Ахметов Е. Н.', 'Нурлан Ерболұлы', 'Aigerim Bekova', 'Ivanov I.I.'])
			expect(looksLikePersonName(v), v).toBe(true);
		for (const v of ['North Kazakhstan', 'works, part time', 'Almaty Region', 'ИП Рахат', 'Иванов'])
			expect(looksLikePersonName(v), v).toBe(false);
		expect([dateYear('1985-03-12'), dateYear('12.03.1985'), dateYear('3/12/1985'), dateYear('1985-03-12T00:00:00.000Z')]).toEqual([
			1985, 1985, 1985, 1985
		]);
		expect([dateYear('1985'), dateYear('32.13.1985'), dateYear('12.03.85')]).toEqual([null, null, null]);
	});
});

describe('personal data by value: whole columns', () => {
	it('finds IIN-like numbers, lost leading zeros, phones, names and dates of birth in a share of the rows', () => {
		expect(personalValues(numbers([0, 15000, 850312300123, 910101400456]))).toMatchObject({
			kind: expect.stringMatching(/^IINs/),
			row: 3,
			matches: 2,
			checked: 4
		});
		expect(personalValues(text(['x', '50312500123', null, '60101600456']))).toMatchObject({
			kind: expect.stringMatching(/lost their leading zero/),
			row: 2,
			matches: 2,
			checked: 3
		});
		expect(personalValues(numbers([87011234567, 0, 0, 0]))).toMatchObject({ kind: 'phone numbers', row: 1 });
		expect(personalValues(text(['Иванов Иван', 'Петрова Анна', 'Сапаров Н.Е.']))).toMatchObject({ kind: "persons' names", matches: 3 });
		expect(personalValues(text(['1985-03-12', '1990-07-01', '2019-01-05', '1961-12-31']))).toMatchObject({ kind: 'dates of birth' });
	});

	it("passes money with 11- and 12-digit amounts, ids, place names, notes and this year's dates", () => {
		const next = random(18);
		const money = Array.from({ length: 50_000 }, () => Math.round(Math.exp(8 + next() * 19))); // up to e^27 ≈ 5e11 ₸
		expect(money.filter((v) => v >= 1e10 && numberLooksLikeIin(v)).length).toBeGreaterThan(0);
		expect(personalValues(numbers(money))).toBeNull();
		expect(personalValues(numbers(Array.from({ length: 1000 }, (_, i) => 1e11 + i * 1e6)))).toBeNull();
		expect(personalValues(text(Array.from({ length: 20_000 }, (_, i) => `h${String(i).padStart(6, '0')}`)))).toBeNull();
		expect(personalValues(text(Array.from({ length: 1000 }, (_, i) => String(10_000_000_000 + i * 7919))))).toBeNull();
		expect(personalValues(text(['North Kazakhstan', 'North Kazakhstan', 'West Kazakhstan', 'Almaty Region']))).toBeNull();
		expect(personalValues(text(['works, part time', 'said "retired" once', null]))).toBeNull();
		const year = new Date().getFullYear();
		expect(personalValues(text([`${year}-01-15`, `${year}-02-01`, `${year - 1}-12-30`]))).toBeNull();
		expect(personalValues(text(['Ivanov Ivan', 'Ivanov Ivan', 'Ivanov Ivan', 'Ivanov Ivan']))).toBeNull();
	});
});
