import { describe, expect, it } from 'vitest';
import { csvNumber, csvText, toCsv } from './download';

describe('toCsv', () => {
	it('writes a header and quotes only the fields that need it', () => {
		expect(
			toCsv(
				['region', 'value'],
				[
					['astana', 1],
					['a, "b"', 2.5]
				]
			)
		).toBe('region,value\nastana,1\n"a, ""b""",2.5\n');
	});

	it('neutralises text a spreadsheet would read as a formula, and leaves numbers numbers', () => {
		for (const s of ['=1+2', '+7', '-x', '@a', '−3', '\tx', '\rx']) expect(csvText(s), JSON.stringify(s)).toBe(`'${s}`);
		for (const s of ['astana', '7', '', ' =1', 'a=b']) expect(csvText(s)).toBe(s);
		expect(toCsv(['a', 'b', 'c'], [['=SUM(A1:A9)', -3, '-3']])).toBe("a,b,c\n'=SUM(A1:A9),-3,'-3\n");
		// Quoted as well when the neutralised text needs quotes.
		expect(toCsv(['a'], [['=HYPERLINK("x")']])).toBe(`a\n"'=HYPERLINK(""x"")"\n`);
	});

	it('rounds numbers: whole from 1 000 (tenge, families), else 4 decimals; no float noise, no -0, non-finite empty', () => {
		expect(csvNumber(0.1 + 0.2)).toBe('0.3');
		expect(csvNumber(0.123456)).toBe('0.1235');
		expect(csvNumber(-12.5)).toBe('-12.5');
		expect(csvNumber(26906.83)).toBe('26907');
		expect(csvNumber(-1234.5)).toBe('-1234');
		expect(csvNumber(999.99999)).toBe('1000');
		expect(csvNumber(30_412_345_678.9)).toBe('30412345679');
		expect(csvNumber(-0.00001)).toBe('0');
		expect(csvNumber(Number.NaN)).toBe('');
		expect(csvNumber(Infinity)).toBe('');
		expect(toCsv(['v'], [[null], [1 / 3]])).toBe('v\n\n0.3333\n');
	});

	it('opens with the comment lines, one line each, each comma-separated piece neutralised', () => {
		const csv = toCsv(['k'], [['a']], ['# Komek export', '# scenario: a,=1+2, -x\nnext', '# title: x, y']);
		expect(csv).toBe("# Komek export\n# scenario: a,'=1+2, '-x next\n# title: x, y\nk\na\n");
	});
});
