// Compiles a rulebook expression (rules/expr.ts) to a loop over typed-array columns: the same tree `toSql` turns
// into SQL, evaluated with the same NULL semantics in one generated JavaScript function. Values are numbers:
// NULL is NaN and a boolean is 1 or 0, so arithmetic propagates NULL as SQL does; division by zero, LEAST and
// GREATEST, three-valued AND / OR and COALESCE get small helpers.
import { REGION_CODES } from '../data/regions';
import type { Node } from '../rules/expr';
import { paramValue, regionPath } from '../rules/expr';
import type { ParamValue, ParamValues } from '../rules/parameter';

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

const HELPERS = `
const div = (a, b) => (b === 0 ? NaN : a / b);
const least = (a, b) => (a !== a ? b : b !== b ? a : a < b ? a : b);
const greatest = (a, b) => (a !== a ? b : b !== b ? a : a > b ? a : b);
const and2 = (a, b) => (a === 0 || b === 0 ? 0 : a !== a || b !== b ? NaN : 1);
const or2 = (a, b) => (a === 1 || b === 1 ? 1 : a !== a || b !== b ? NaN : 0);
const not1 = (a) => (a !== a ? NaN : a === 0 ? 1 : 0);
const lt = (a, b) => (a !== a || b !== b ? NaN : a < b ? 1 : 0);
const le = (a, b) => (a !== a || b !== b ? NaN : a <= b ? 1 : 0);
const gt = (a, b) => (a !== a || b !== b ? NaN : a > b ? 1 : 0);
const ge = (a, b) => (a !== a || b !== b ? NaN : a >= b ? 1 : 0);
const eq = (a, b) => (a !== a || b !== b ? NaN : a === b ? 1 : 0);
const ne = (a, b) => (a !== a || b !== b ? NaN : a !== b ? 1 : 0);
const co = (a, b) => (a === a ? a : b);
const isnull = (a) => (a !== a ? 1 : 0);`;

const CMP = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '=': 'eq', '<>': 'ne' } as const;

/** The value a parameter takes in the kernel; a string cannot be one (the kernel compares numbers only). */
function numeric(v: ParamValue, what: string): number {
	if (v === null) return Number.NaN;
	if (typeof v === 'boolean') return v ? 1 : 0;
	if (typeof v === 'number') return v;
	throw new Error(`${what} is text: the column kernel compares numbers only`);
}

/** The column names `expr` reads (`regionParam` reads `region`). */
export function columnsOf(expr: Node, into = new Set<string>()): Set<string> {
	const walk = (e: Node): void => {
		if (e.kind === 'col') into.add(e.name);
		else if (e.kind === 'regionParam') into.add('region');
		else if (e.kind === 'arith' || e.kind === 'cmp') (walk(e.left), walk(e.right));
		else if (e.kind === 'minmax' || e.kind === 'logic' || e.kind === 'coalesce') e.args.forEach(walk);
		else if (e.kind === 'not' || e.kind === 'isNull') walk(e.arg);
		else if (e.kind === 'if') (walk(e.cond), walk(e.then), walk(e.else));
	};
	walk(expr);
	return into;
}

/** Compiles `expr` under `params` for `data`; throws when it reads a column `data` lacks or compares text. */
export function compileKernel(expr: Node, params: ParamValues, data: KernelColumns): Kernel {
	const columns: ArrayLike<number>[] = [];
	const columnSlot = new Map<string, number>();
	const tables: Float64Array[] = [];
	const go = (e: Node): string => {
		switch (e.kind) {
			case 'col': {
				const values = data.columns[e.name];
				if (!values) throw new Error(`the household columns have no ${e.name}`);
				if (!columnSlot.has(e.name)) columnSlot.set(e.name, columns.push(values) - 1);
				return `c${columnSlot.get(e.name)}[i]`;
			}
			case 'param':
				return literal(numeric(paramValue(params, e.path), e.path));
			case 'regionParam': {
				const table = new Float64Array(256).fill(Number.NaN);
				REGION_CODES.forEach((r, k) => (table[k] = numeric(paramValue(params, regionPath(e.template, r)), e.template)));
				return `t${tables.push(table) - 1}[region[i]]`;
			}
			case 'lit':
				return literal(numeric(e.value, `literal ${JSON.stringify(e.value)}`));
			case 'arith':
				return e.op === '/' ? `div(${go(e.left)}, ${go(e.right)})` : `(${go(e.left)} ${e.op} ${go(e.right)})`;
			case 'minmax':
				return fold(e.op === 'min' ? 'least' : 'greatest', e.args.map(go));
			case 'cmp':
				return `${CMP[e.op]}(${go(e.left)}, ${go(e.right)})`;
			case 'logic':
				return fold(e.op === 'and' ? 'and2' : 'or2', e.args.map(go));
			case 'not':
				return `not1(${go(e.arg)})`;
			case 'isNull':
				return `isnull(${go(e.arg)})`;
			case 'if':
				return `(${go(e.cond)} === 1 ? ${go(e.then)} : ${go(e.else)})`;
			case 'coalesce':
				return e.args.map(go).reduceRight((rest, a) => `co(${a}, ${rest})`);
		}
	};
	const body = go(expr);
	const names = [...columns.keys()].map((k) => `c${k}`).concat([...tables.keys()].map((k) => `t${k}`));
	const source = `${HELPERS}
return function kernel(out, from = 0, to = n) {
	for (let i = from; i < to; i++) out[i] = ${body};
	return out;
};`;
	const make = new Function('n', 'region', ...names, source) as (...args: unknown[]) => Kernel;
	return make(data.n, data.region, ...columns, ...tables);
}

function literal(v: number): string {
	return Number.isNaN(v) ? 'NaN' : `(${v})`;
}

function fold(helper: string, args: string[]): string {
	if (args.length === 0) throw new Error(`${helper} of no arguments`);
	return args.reduce((acc, a) => `${helper}(${acc}, ${a})`);
}
