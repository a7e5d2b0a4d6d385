import { describe, expect, it } from 'vitest';
import { add, coalesce, iff, isNull, le, lit, mul, num, or, param, regionParam } from '../rules/expr';
import { ExprFold, readsAny } from './expr-fold';

const params = { limit: null, share: 0.5, mrp: 4_000, 'r.abai': null, 'r.almaty': 3 };
const fold = (symbolic: string[] = ['mrp']) => new ExprFold(params, new Set(symbolic));

describe('ExprFold', () => {
	it('folds what the known parameters decide, with SQL’s NULL rules', () => {
		const f = fold();
		expect(f.fold(mul(param('share'), lit(10)))).toEqual({ constant: true, value: 5 });
		expect(f.fold(add(param('limit'), num('x')))).toEqual({ constant: true, value: null });
		expect(f.fold(or(isNull(param('limit')), le(num('x'), param('mrp'))))).toEqual({ constant: true, value: true });
		expect(f.fold(mul(param('share'), param('mrp'))).constant).toBe(false);
		expect(f.fold(param('unknown.path')).constant).toBe(false);
	});
	it('keeps a region parameter unknown unless it is NULL everywhere', () => {
		expect(fold().fold(regionParam('r.{region}')).constant).toBe(false);
		expect(new ExprFold({}, new Set()).fold(regionParam('none.{region}'))).toEqual({ constant: true, value: null });
	});
	it('leaves the branches a decided condition or a non-NULL argument rules out dead', () => {
		const f = fold();
		const then = num('a');
		const otherwise = mul(num('b'), param('mrp'));
		expect(f.liveChildren(iff(isNull(param('limit')), then, otherwise))).toEqual([then]);
		expect(f.liveChildren(iff(le(num('x'), lit(1)), then, otherwise))).toHaveLength(3);
		expect(f.liveChildren(coalesce(num('a'), param('share'), num('c')))).toHaveLength(2);
		expect(f.liveChildren(coalesce(param('share'), num('c')))).toHaveLength(1);
		// A symbolic parameter's value is never used: it may be NULL after a move.
		expect(fold(['mrp', 'share']).liveChildren(coalesce(param('share'), num('c')))).toHaveLength(2);
	});
});

describe('readsAny', () => {
	it('is true when the expression reads one of the parameters, a regional one by any region', () => {
		const e = add(mul(num('size'), param('a.b')), regionParam('pm.{region}'));
		expect(readsAny(e, new Set(['a.b']))).toBe(true);
		expect(readsAny(e, new Set(['pm.almaty_region']))).toBe(true);
		expect(readsAny(e, new Set(['a.c', 'pm']))).toBe(false);
		expect(readsAny(num('size'), new Set(['a.b']))).toBe(false);
	});
});
