// Compiles a rulebook expression (rules/expr.ts) to a program over typed-array columns: the same tree `toSql` turns
// into SQL, evaluated with the same NULL semantics (NULL is NaN, a boolean 1 or 0). No code is generated (the page's
// Content-Security-Policy forbids eval): each operation is a loop of column-ops.ts over a block of rows, run in
// order; parameters fold into constants, branches a constant decides are dropped and repeated subtrees computed once.
import { REGION_CODES } from '../data/regions';
import type { Node } from '../rules/expr';
import { paramValue, regionPath } from '../rules/expr';
import type { ParamValue, ParamValues } from '../rules/parameter';
import { ARITH, CMP, FOLD, coalesce2, isNull1, loaderOf, lookup, not1, select, type Binary } from './column-ops';

/** Household columns by name (any numeric typed array; NaN is NULL) and each row's region index (255: none). */
export interface KernelColumns {
	n: number;
	region: Uint8Array;
	columns: Record<string, ArrayLike<number>>;
}

/**
 * Evaluates the compiled expression for rows [from, to) into `out` (NaN: NULL; booleans 1 / 0). Into bytes, a
 * condition is 1 where true and 0 where false or NULL (a typed array stores NaN as 0).
 */
export type Kernel = <T extends Float64Array | Uint8Array>(out: T, from?: number, to?: number) => T;

// Rows per block: the buffers a program uses stay in the processor's first-level cache.
const BLOCK = 512;

/** A value over one block: a constant (filled), a double column read in place from the block's first row, or a buffer. */
interface Value {
	buf: Float64Array;
	kind: 'constant' | 'column' | 'block';
	/** A buffer read again later (a repeated subtree): never reused for another result. */
	keep?: boolean;
}

/** The subtrees of a node, in order. */
function childrenOf(e: Node): Node[] {
	return Object.values(e).flatMap((v) => (Array.isArray(v) ? v : typeof v === 'object' && v !== null && 'kind' in v ? [v] : []));
}

/** The column names `expr` reads (`regionParam` reads `region`). */
export function columnsOf(expr: Node, into = new Set<string>()): Set<string> {
	const walk = (e: Node): void => {
		if (e.kind === 'col') into.add(e.name);
		else if (e.kind === 'regionParam') into.add('region');
		childrenOf(e).forEach(walk);
	};
	walk(expr);
	return into;
}

/** Compiles `expr` under `params` for `data`; throws when it reads a column `data` lacks or compares text. */
export function compileKernel(expr: Node, params: ParamValues, data: KernelColumns): Kernel {
	const steps: ((from: number, n: number) => void)[] = [];
	const free: Float64Array[] = [];
	const constants = new Map<number, Value>();
	const done = new Map<number, { value: Value; start: number }>();
	const { id, uses } = subtrees(expr);
	const constant = (x: number): Value => {
		let v = constants.get(x);
		if (!v) constants.set(x, (v = { buf: new Float64Array(BLOCK).fill(x), kind: 'constant' }));
		return v;
	};
	const at = (v: Value, from: number) => (v.kind === 'column' ? from : 0);
	// An operation on constants runs once, here; any other becomes a step of every block.
	const emit = (args: Value[], run: (o: Float64Array, from: number, n: number) => void): Value => {
		if (args.length > 0 && args.every((a) => a.kind === 'constant')) {
			const buf = new Float64Array(BLOCK);
			run(buf, 0, BLOCK);
			return constant(buf[0]);
		}
		for (const a of args) if (a.kind === 'block' && !a.keep) free.push(a.buf);
		const buf = free.pop() ?? new Float64Array(BLOCK);
		steps.push((from, n) => run(buf, from, n));
		return { buf, kind: 'block' };
	};
	const binary = (op: Binary, a: Value, b: Value) => emit([a, b], (o, from, n) => op(o, a.buf, at(a, from), b.buf, at(b, from), n));
	const go = (e: Node): Value => {
		const k = id(e);
		const seen = done.get(k);
		if (seen) return seen.value;
		const start = steps.length;
		const v = node(e);
		if (v.kind === 'constant') {
			// A subtree that folds to a constant drops the steps it emitted, and the repeated values among them.
			steps.length = start;
			for (const [key, d] of done) if (d.start >= start) done.delete(key);
		} else if (uses[k] > 1) {
			v.keep = true;
			done.set(k, { value: v, start });
		}
		return v;
	};
	const node = (e: Node): Value => {
		switch (e.kind) {
			case 'col': {
				const values = data.columns[e.name];
				if (!values) throw new Error(`the household columns have no ${e.name}`);
				if (values instanceof Float64Array) return { buf: values, kind: 'column' };
				const load = loaderOf(values);
				return emit([], (o, from, n) => load(o, values, from, n));
			}
			case 'param':
				return constant(numeric(paramValue(params, e.path), e.path));
			case 'regionParam': {
				const table = new Float64Array(256).fill(Number.NaN);
				REGION_CODES.forEach((r, k) => (table[k] = numeric(paramValue(params, regionPath(e.template, r)), e.template)));
				return emit([], (o, from, n) => lookup(o, table, data.region, from, n));
			}
			case 'lit':
				return constant(numeric(e.value, `literal ${JSON.stringify(e.value)}`));
			case 'arith':
				return binary(ARITH[e.op], go(e.left), go(e.right));
			case 'cmp':
				return binary(CMP[e.op], go(e.left), go(e.right));
			case 'minmax':
			case 'logic': {
				if (e.args.length === 0) throw new Error(`${e.op} of no arguments`);
				const args = e.args.map(go);
				// TRUE decides an OR, and FALSE an AND, whatever the other arguments hold (NULL included).
				const decisive = e.op === 'or' ? 1 : e.op === 'and' ? 0 : null;
				if (decisive !== null && args.some((a) => a.kind === 'constant' && a.buf[0] === decisive)) return constant(decisive);
				return args.reduce((acc, a) => binary(FOLD[e.op], acc, a));
			}
			case 'not': {
				const a = go(e.arg);
				return emit([a], (o, from, n) => not1(o, a.buf, at(a, from), n));
			}
			case 'isNull': {
				const a = go(e.arg);
				return emit([a], (o, from, n) => isNull1(o, a.buf, at(a, from), n));
			}
			case 'if': {
				const c = go(e.cond);
				if (c.kind === 'constant') return go(c.buf[0] === 1 ? e.then : e.else);
				const t = go(e.then);
				const f = go(e.else);
				return emit([c, t, f], (o, from, n) => select(o, c.buf, at(c, from), t.buf, at(t, from), f.buf, at(f, from), n));
			}
			case 'coalesce':
				return e.args.map(go).reduceRight((rest, a) => binary(coalesce2, a, rest));
		}
	};
	const result = go(expr);
	return (out, from = 0, to = data.n) => {
		for (let start = from; start < to; start += BLOCK) {
			const n = Math.min(BLOCK, to - start);
			for (const step of steps) step(start, n);
			const i = at(result, start);
			for (let k = 0; k < n; k++) out[start + k] = result.buf[i + k];
		}
		return out;
	};
}

/** Numbers each distinct subtree (same kind, same fields, same subtrees) and counts its uses, each subtree once. */
function subtrees(expr: Node): { id: (e: Node) => number; uses: number[] } {
	const ids = new Map<string, number>();
	const known = new Map<Node, number>();
	const uses: number[] = [];
	const id = (e: Node): number => {
		let k = known.get(e);
		if (k !== undefined) return k;
		const fields = Object.entries(e).filter(([, v]) => typeof v !== 'object' || v === null);
		const key = `${JSON.stringify(fields)} ${childrenOf(e).map(id).join(',')}`;
		k = ids.get(key) ?? ids.set(key, ids.size).size - 1;
		known.set(e, k);
		return k;
	};
	const count = (e: Node): void => {
		const k = id(e);
		uses[k] = (uses[k] ?? 0) + 1;
		if (uses[k] === 1) childrenOf(e).forEach(count);
	};
	count(expr);
	return { id, uses };
}

/** The value a parameter takes in the kernel; a string cannot be one (the kernel compares numbers only). */
function numeric(v: ParamValue, what: string): number {
	if (v === null) return Number.NaN;
	if (typeof v === 'boolean') return v ? 1 : 0;
	if (typeof v === 'number') return v;
	throw new Error(`${what} is text: the column kernel compares numbers only`);
}
