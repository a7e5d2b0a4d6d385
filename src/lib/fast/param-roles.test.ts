import { describe, expect, it } from 'vitest';
import { baselineFor } from '../rules/baseline';
import { and, div, isNull, le, lit, mul, num, or, param, type Node } from '../rules/expr';
import { mrpAmount } from '../rules/local/amount';
import { povertyLine } from '../rules/tsa/poverty-line';
import { EVALUATION_COLUMNS } from '../sim/evaluation';
import { childrenOf, matches } from './expr-shape';
import { fastParamsOf, ROOT, rootsOf, RUN_TIME_INPUTS } from './param-roles';

const law = baselineFor(2026);
const columns = Object.values(EVALUATION_COLUMNS);
const roots = rootsOf(columns);
/** The evaluation's roots plus `extra` as a rule of its own (a made-up evaluation column). */
const withRule = (extra: Node) => rootsOf([...columns, extra]);

describe('the run-time inputs', () => {
	it('each stands in the rulebook in every place the table says the index computes it', () => {
		const found = new Map<string, number>();
		const walk = (e: Node, parent: Node | null): void => {
			RUN_TIME_INPUTS.forEach((input) =>
				input.hosts.forEach((h, k) => {
					const here = h === ROOT ? parent === null : parent !== null && matches(h, parent);
					if (here && matches(input.expr, e)) found.set(`${input.name} #${k}`, (found.get(`${input.name} #${k}`) ?? 0) + 1);
				})
			);
			childrenOf(e).forEach((c) => walk(c, e));
		};
		roots.forEach((r) => walk(r, null));
		const missing = RUN_TIME_INPUTS.flatMap((input) => input.hosts.map((_, k) => `${input.name} #${k}`)).filter((k) => !found.has(k));
		expect(missing).toEqual([]);
	});
	it('are read from the rules the evaluation computes, each rule once', () => {
		expect(roots.length).toBeGreaterThan(3);
		expect(roots.length).toBeLessThan(columns.length);
		for (const r of roots) expect(columns.filter((c) => c !== r).some((c) => contains(c, r))).toBe(false);
	});
});

describe('fastParamsOf', () => {
	const fast = fastParamsOf(law);
	it('calls the line, the supplement and the contract parameters fast under the law, and the tests and ages not', () => {
		for (const p of [
			'tsa.poverty_line.pm_share',
			'tsa.poverty_line.median_share',
			'indices.mrp',
			'tsa.child_supplement.mrp_per_child',
			'tsa.conditional.compliance_share'
		])
			expect(fast.has(p), p).toBe(true);
		for (const p of ['tsa.assets.max_vehicles', 'tsa.child_supplement.max_age', 'tsa.income.counted.pension', 'takeup.mode', 'indices.pm'])
			expect(fast.has(p), p).toBe(false);
	});
	it('makes МРП structure when a made-up rule reads it in a test, and not when the rule reads it as an amount', () => {
		const mrpTest = le(div(num('deposits_kzt'), num('size')), mul(lit(100), param('indices.mrp')));
		expect(fastParamsOf(law, withRule(mrpTest)).has('indices.mrp')).toBe(false);
		expect(fastParamsOf(law, withRule(mul(lit(12), mrpAmount('made_up')))).has('indices.mrp')).toBe(true);
		// Nothing else moves: the other fast parameters stay fast.
		expect([...fast].filter((p) => !fastParamsOf(law, withRule(mrpTest)).has(p))).toEqual(['indices.mrp']);
	});
	it('reads a test only while it is switched on (a NULL limit folds it away)', () => {
		// A made-up limit on a switch the law leaves NULL (the spending test's share: that test reads no МРП).
		const limit = 'tsa.spending.max_card_spending_line_share';
		expect(law[limit]).toBeNull();
		const switchable = or(isNull(param(limit)), le(num('deposits_kzt'), mul(param(limit), param('indices.mrp'))));
		expect(fastParamsOf(law, withRule(switchable)).has('indices.mrp')).toBe(true);
		expect(fastParamsOf({ ...law, [limit]: 50 }, withRule(switchable)).has('indices.mrp')).toBe(false);
		expect(fastParamsOf({ ...law, [limit]: 50 }, withRule(and(lit(false), switchable))).has('indices.mrp')).toBe(true);
		expect(fastParamsOf({ ...law, [limit]: 50 }).has('indices.mrp')).toBe(true);
	});
	it('makes the line’s parameters structure when a made-up test compares something else with the line', () => {
		const lineTest = le(num('card_spending_monthly'), mul(lit(2), povertyLine.expr));
		const moved = fastParamsOf(law, withRule(lineTest));
		for (const p of ['tsa.poverty_line.pm_share', 'tsa.poverty_line.median_share', 'tsa.poverty_line.median_income.national'])
			expect(moved.has(p), p).toBe(false);
		expect(moved.has('indices.mrp')).toBe(true);
	});
});

function contains(e: Node, x: Node): boolean {
	return childrenOf(e).some((c) => c === x || contains(c, x));
}
