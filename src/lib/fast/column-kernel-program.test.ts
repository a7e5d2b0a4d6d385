// How the column kernel runs, beyond its answers on the rules (column-kernel.test.ts): without eval (the page's
// Content-Security-Policy forbids it), across block boundaries and row ranges, on byte columns, with constants
// folded, decided branches dropped and repeated subtrees computed once.
import { afterEach, expect, it, vi } from 'vitest';
import {
	add,
	and,
	coalesce,
	div,
	eq,
	evaluate,
	flag,
	ge,
	iff,
	isNull,
	lit,
	lt,
	max,
	min,
	mul,
	not,
	num,
	or,
	param,
	regionParam,
	sub,
	type Node
} from '../rules/expr';
import { REGION_CODES } from '../data/regions';
import type { ParamValues } from '../rules/parameter';
import { compileKernel, type KernelColumns } from './column-kernel';

const N = 1_337;
const params: ParamValues = {
	share: 0.7,
	on: true,
	off: false,
	none: null,
	...Object.fromEntries(REGION_CODES.map((r, k) => [`pm.${r}`, 50_000 + 1_000 * k]))
};
// Values with NULLs, zeros and negatives; `flagged` is a byte column (0 / 1) as booleans are read from DuckDB.
const x = Float64Array.from({ length: N }, (_, i) => (i % 11 === 0 ? Number.NaN : ((i * 7919) % 201) - 100));
const size = Float64Array.from({ length: N }, (_, i) => (i % 13 === 0 ? 0 : i % 17 === 0 ? Number.NaN : 1 + (i % 6)));
const flagged = Uint8Array.from({ length: N }, (_, i) => ((i * 31) % 7 < 3 ? 1 : 0));
const region = Uint8Array.from({ length: N }, (_, i) => (i % 23 === 0 ? 255 : i % REGION_CODES.length));
const data: KernelColumns = { n: N, region, columns: { x, size, flagged } };
const perHead = div(num('x'), num('size'));
const line = mul(param('share'), regionParam('pm.{region}'));

/** Row `i` as the row evaluator reads it. */
function row(i: number): Record<string, number | boolean | string | null> {
	const v = (a: number) => (Number.isNaN(a) ? null : a);
	return { x: v(x[i]), size: v(size[i]), flagged: flagged[i] === 1, region: region[i] === 255 ? null : REGION_CODES[region[i]] };
}

function expectSame(e: Node, out = compileKernel(e, params, data)(new Float64Array(N)), from = 0, to = N): void {
	for (let i = from; i < to; i++) {
		const v = evaluate(e, row(i), params);
		const want = v === null ? Number.NaN : typeof v === 'boolean' ? Number(v) : Number(v);
		expect(out[i], `row ${i} of ${JSON.stringify(e).slice(0, 120)}`).toBe(want);
	}
}

afterEach(() => vi.unstubAllGlobals());

it('compiles and runs with eval and the Function constructor forbidden', () => {
	const refuse = () => {
		throw new EvalError('refused by the Content-Security-Policy');
	};
	vi.stubGlobal('Function', refuse);
	vi.stubGlobal('eval', refuse);
	expectSame(max(sub(perHead, line), lit(0)));
});

it('equals the row evaluator across block boundaries, on byte columns and per-region parameters', () => {
	const cases: Node[] = [
		num('x'),
		flag('flagged'),
		perHead,
		iff(flag('flagged'), perHead, coalesce(num('x'), lit(-1))),
		and(flag('flagged'), lt(perHead, line), not(isNull(num('size')))),
		or(eq(num('size'), lit(0)), ge(num('x'), line)),
		min(num('x'), lit(null), mul(num('size'), lit(3)))
	];
	for (const e of cases) expectSame(e);
});

it('evaluates only the rows asked for', () => {
	const e = add(perHead, line);
	const out = new Float64Array(N).fill(42);
	compileKernel(e, params, data)(out, 500, 1_030);
	expectSame(e, out, 500, 1_030);
	expect(out[499]).toBe(42);
	expect(out[1_030]).toBe(42);
});

it('writes conditions into bytes: 1 where true, 0 where false or NULL', () => {
	const e = lt(perHead, lit(10));
	const bytes = compileKernel(e, params, data)(new Uint8Array(N));
	for (let i = 0; i < N; i++) expect(bytes[i]).toBe(evaluate(e, row(i), params) === true ? 1 : 0);
});

it('folds what parameters decide, as SQL would answer it, and never reads a branch a constant rules out', () => {
	const cases: Node[] = [
		iff(param('on'), num('x'), num('no_such_column')),
		iff(param('none'), num('no_such_column'), num('x')),
		add(mul(param('share'), lit(2)), num('x')),
		or(param('on'), isNull(param('none')), flag('flagged')),
		and(param('none'), flag('flagged')),
		and(param('off'), flag('flagged')),
		or(param('none'), flag('flagged')),
		coalesce(param('none'), num('x'), param('share'))
	];
	for (const e of cases) expectSame(e);
});

it('computes a repeated subtree once and keeps it while later steps run', () => {
	// The same per-head income (a distinct object each time) under several parents, between other buffers.
	const again = () => div(num('x'), num('size'));
	const e = add(
		iff(lt(again(), line), sub(line, again()), lit(0)),
		max(again(), mul(again(), lit(2)), iff(flag('flagged'), again(), lit(1)))
	);
	expectSame(e);
});
