import { describe, expect, it } from 'vitest';
import { add, lit, mul, num, param } from '../rules/expr';
import { mrpAmount } from '../rules/local/amount';
import { childrenOf, matches } from './expr-shape';

describe('matches', () => {
	it('compares kinds, operators and names; `*` in a pattern’s name matches any text', () => {
		expect(matches(mrpAmount('*'), mrpAmount('income'))).toBe(true);
		expect(matches(mrpAmount('income'), mrpAmount('damage'))).toBe(false);
		expect(matches(mul(lit(10), param('indices.mrp')), mrpAmount('income'))).toBe(false);
		expect(matches(add(num('a'), lit(1)), add(num('a'), lit(1)))).toBe(true);
		expect(matches(add(num('a'), lit(1)), add(num('a'), lit(2)))).toBe(false);
	});
	it('childrenOf lists the sub-expressions in order', () => {
		const a = num('a');
		const b = lit<'number'>(1);
		expect(childrenOf(add(a, b))).toEqual([a, b]);
		expect(childrenOf(a)).toEqual([]);
	});
});
