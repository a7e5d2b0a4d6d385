import { describe, expect, it } from 'vitest';
import { columnBuilder, parseDecimal } from './columns';
import { Problems } from './problems';

describe('parseDecimal', () => {
	it('reads plain decimals and refuses everything else', () => {
		for (const [t, v] of [
			['12', 12],
			['-0.5', -0.5],
			['+.5', 0.5],
			['1e3', 1000],
			['7', 7],
			[' 42 ', 42],
			['1.', 1]
		] as const)
			expect(parseDecimal(t), t).toBe(v);
		for (const t of ['', '0x1F', '0b1', '0o7', 'Infinity', '-Infinity', '1,5', '1 2', 'abc', '1e', '-'])
			expect(parseDecimal(t), t).toBeNaN();
	});
});

describe('ColumnBuilder', () => {
	it('types cells, keeps empty ones unknown and reports the wrong type with the row', () => {
		const problems = new Problems();
		const b = columnBuilder('persons.csv', 'persons', 'age', problems);
		for (const t of ['5', '', 'old', '2.5', ...Array.from({ length: 2000 }, () => '1')]) b.pushText(t);
		const col = b.finish();
		expect(col.type).toBe('integer');
		if (col.type !== 'integer') return;
		expect(col.values.length).toBe(2004);
		expect([...col.valid.slice(0, 5)]).toEqual([1, 0, 2, 2, 1]);
		expect(problems.list.map((p) => [p.row, p.column])).toEqual([
			[3, 'age'],
			[4, 'age']
		]);
	});

	it('reads booleans as true/false/1/0 in any case', () => {
		const problems = new Problems();
		const b = columnBuilder('households.csv', 'households', 'notified', problems);
		for (const t of ['true', 'FALSE', '1', '0', '', 'yes']) b.pushText(t);
		const col = b.finish();
		if (col.type !== 'boolean') throw new Error('not boolean');
		expect([...col.values]).toEqual([1, 0, 1, 0, 0, 0]);
		expect([...col.valid]).toEqual([1, 1, 1, 1, 0, 2]);
		expect(problems.total).toBe(1);
	});
});
