// A small typed expression language over household columns: one definition compiles to DuckDB SQL
// (`toSql` in sql/to-sql.ts) and evaluates in TypeScript (`evaluate`) with the same NULL, boolean and division semantics.
import type { ParamValue, ParamValues } from './parameter';

/** The value type of an expression. */
export type ValueType = 'number' | 'boolean' | 'string';

/** A node of the expression tree (untyped view). */
export type Node =
	| { kind: 'col'; name: string }
	| { kind: 'param'; path: string }
	/** A parameter whose path contains `{region}`, resolved with the row's `region`. */
	| { kind: 'regionParam'; template: string }
	| { kind: 'lit'; value: ParamValue }
	| { kind: 'arith'; op: '+' | '-' | '*' | '/'; left: Node; right: Node }
	| { kind: 'minmax'; op: 'min' | 'max'; args: Node[] }
	| { kind: 'cmp'; op: '<' | '<=' | '>' | '>=' | '=' | '<>'; left: Node; right: Node }
	| { kind: 'logic'; op: 'and' | 'or'; args: Node[] }
	| { kind: 'not'; arg: Node }
	| { kind: 'isNull'; arg: Node }
	| { kind: 'if'; cond: Node; then: Node; else: Node }
	| { kind: 'coalesce'; args: Node[] };

/** An expression of value type `T` (the type is a compile-time tag only). */
export type Expr<T extends ValueType = ValueType> = Node & { readonly __type?: T };
/** A numeric expression. */
export type Num = Expr<'number'>;
/** A boolean expression. */
export type Bool = Expr<'boolean'>;

/** One row of household features (a row of table `hh`, plus scenario context columns). */
export type FeatureRow = Readonly<Record<string, ParamValue>>;

/** A numeric column of the row. */
export const num = (name: string): Num => ({ kind: 'col', name });
/** A boolean column of the row. */
export const flag = (name: string): Bool => ({ kind: 'col', name });
/** A string column of the row. */
export const text = (name: string): Expr<'string'> => ({ kind: 'col', name });
/** A parameter by dotted path (its type is the caller's promise; the parameters module checks values). */
export const param = <T extends ValueType = 'number'>(path: string): Expr<T> => ({ kind: 'param', path });
/** A per-region parameter: `template` contains `{region}`, e.g. `indices.pm_regional.{region}`. */
export const regionParam = <T extends ValueType = 'number'>(template: string): Expr<T> => ({
	kind: 'regionParam',
	template
});
/** A literal value. */
export const lit = <T extends ValueType>(value: number | boolean | string | null): Expr<T> => ({ kind: 'lit', value });
const arith = (op: '+' | '-' | '*' | '/', left: Num, right: Num): Num => ({ kind: 'arith', op, left, right });
/** a + b */
export const add = (a: Num, b: Num): Num => arith('+', a, b);
/** a − b */
export const sub = (a: Num, b: Num): Num => arith('-', a, b);
/** a × b */
export const mul = (a: Num, b: Num): Num => arith('*', a, b);
/** a ÷ b; division by zero gives NULL. */
export const div = (a: Num, b: Num): Num => arith('/', a, b);
/** The smallest non-NULL argument (SQL LEAST). */
export const min = (...args: Num[]): Num => ({ kind: 'minmax', op: 'min', args });
/** The largest non-NULL argument (SQL GREATEST). */
export const max = (...args: Num[]): Num => ({ kind: 'minmax', op: 'max', args });
const cmp = (op: '<' | '<=' | '>' | '>=' | '=' | '<>', left: Expr, right: Expr): Bool => ({ kind: 'cmp', op, left, right });
/** a < b */
export const lt = (a: Num, b: Num): Bool => cmp('<', a, b);
/** a ≤ b */
export const le = (a: Num, b: Num): Bool => cmp('<=', a, b);
/** a > b */
export const gt = (a: Num, b: Num): Bool => cmp('>', a, b);
/** a ≥ b */
export const ge = (a: Num, b: Num): Bool => cmp('>=', a, b);
/** a = b */
export const eq = <T extends ValueType>(a: Expr<T>, b: Expr<T>): Bool => cmp('=', a, b);
/** a ≠ b */
export const ne = <T extends ValueType>(a: Expr<T>, b: Expr<T>): Bool => cmp('<>', a, b);
/** Three-valued AND. */
export const and = (...args: Bool[]): Bool => ({ kind: 'logic', op: 'and', args });
/** Three-valued OR. */
export const or = (...args: Bool[]): Bool => ({ kind: 'logic', op: 'or', args });
/** Three-valued NOT. */
export const not = (arg: Bool): Bool => ({ kind: 'not', arg });
/** True when the argument is NULL. */
export const isNull = (arg: Expr): Bool => ({ kind: 'isNull', arg });
/** if cond then a else b (a NULL condition takes the else branch, as SQL CASE does). */
export const iff = <T extends ValueType>(cond: Bool, a: Expr<T>, b: Expr<T>): Expr<T> => ({ kind: 'if', cond, then: a, else: b });
/** The first non-NULL argument. */
export const coalesce = <T extends ValueType>(...args: Expr<T>[]): Expr<T> => ({ kind: 'coalesce', args });

/** The parameter path a `regionParam` template resolves to for `region`. */
export function regionPath(template: string, region: string): string {
	return template.replaceAll('{region}', region);
}

/** Reads a parameter, refusing a path the parameter set does not have. */
export function paramValue(params: ParamValues, path: string): ParamValue {
	if (!(path in params)) throw new Error(`unknown parameter: ${path}`);
	return params[path];
}

/** Evaluates an expression for one row in TypeScript, with SQL's semantics. */
export function evaluate<T extends ValueType>(expr: Expr<T>, row: FeatureRow, params: ParamValues): ParamValue {
	return ev(expr, row, params);
}

function ev(e: Node, row: FeatureRow, params: ParamValues): ParamValue {
	switch (e.kind) {
		case 'col':
			if (!(e.name in row)) throw new Error(`row has no column ${e.name}`);
			return row[e.name] ?? null;
		case 'param':
			return paramValue(params, e.path);
		case 'regionParam': {
			const region = row.region;
			return typeof region === 'string' ? (params[regionPath(e.template, region)] ?? null) : null;
		}
		case 'lit':
			return e.value;
		case 'arith': {
			const a = ev(e.left, row, params);
			const b = ev(e.right, row, params);
			if (a === null || b === null) return null;
			const x = Number(a);
			const y = Number(b);
			if (e.op === '+') return x + y;
			if (e.op === '-') return x - y;
			if (e.op === '*') return x * y;
			return y === 0 ? null : x / y;
		}
		case 'minmax': {
			const xs = e.args
				.map((a) => ev(a, row, params))
				.filter((v) => v !== null)
				.map(Number);
			if (xs.length === 0) return null;
			return e.op === 'min' ? Math.min(...xs) : Math.max(...xs);
		}
		case 'cmp': {
			const a = ev(e.left, row, params);
			const b = ev(e.right, row, params);
			if (a === null || b === null) return null;
			if (e.op === '=') return a === b;
			if (e.op === '<>') return a !== b;
			const [x, y] = typeof a === 'string' ? [a, String(b)] : [Number(a), Number(b)];
			if (e.op === '<') return x < y;
			if (e.op === '<=') return x <= y;
			if (e.op === '>') return x > y;
			return x >= y;
		}
		case 'logic': {
			const vs = e.args.map((a) => ev(a, row, params));
			const decisive = e.op === 'and' ? false : true;
			if (vs.some((v) => v === decisive)) return decisive;
			return vs.some((v) => v === null) ? null : !decisive;
		}
		case 'not': {
			const v = ev(e.arg, row, params);
			return v === null ? null : !v;
		}
		case 'isNull':
			return ev(e.arg, row, params) === null;
		case 'if':
			return ev(e.cond, row, params) === true ? ev(e.then, row, params) : ev(e.else, row, params);
		case 'coalesce':
			for (const a of e.args) {
				const v = ev(a, row, params);
				if (v !== null) return v;
			}
			return null;
	}
}
