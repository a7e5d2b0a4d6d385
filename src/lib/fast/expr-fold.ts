// What a rule expression's value is when some parameters are known and others (the symbolic ones) may move: a
// condition or a decisive argument that the known parameters decide leaves the other branches dead.
import { REGION_CODES } from '../data/regions';
import type { ParamValue, ParamValues } from '../rules/parameter';
import { evaluate, lit, regionPath, type Node } from '../rules/expr';
import { childrenOf } from './expr-shape';

/** An expression's value when the known parameters decide it, or not constant. */
export type Folded = { constant: true; value: ParamValue } | { constant: false };
const UNKNOWN: Folded = { constant: false };

/** Folds expressions under `params`, each parameter of `symbolic` unknown; remembers each node's value. */
export class ExprFold {
	private readonly folded = new Map<Node, Folded>();

	constructor(
		private readonly params: ParamValues,
		private readonly symbolic: ReadonlySet<string>
	) {}

	/** The children whose value can still matter (a decided condition or a decisive argument leaves the others dead). */
	liveChildren(e: Node): Node[] {
		if (e.kind === 'if') {
			const cond = this.fold(e.cond);
			return cond.constant ? [cond.value === true ? e.then : e.else] : [e.cond, e.then, e.else];
		}
		if (e.kind === 'coalesce') {
			const k = e.args.findIndex((a) => {
				const f = this.fold(a);
				return f.constant && f.value !== null;
			});
			return k < 0 ? e.args : e.args.slice(0, k + 1);
		}
		return childrenOf(e);
	}

	/** The value of `e` when no symbolic parameter, column or region decides it (SQL's NULL rules, as `evaluate`). */
	fold(e: Node): Folded {
		let f = this.folded.get(e);
		if (!f) this.folded.set(e, (f = this.foldNew(e)));
		return f;
	}

	private foldNew(e: Node): Folded {
		const { params, symbolic } = this;
		if (e.kind === 'col') return UNKNOWN;
		if (e.kind === 'lit') return known(e.value);
		if (e.kind === 'param') return e.path in params && !symbolic.has(e.path) ? known(params[e.path]) : UNKNOWN;
		if (e.kind === 'regionParam') {
			// NULL in every region (and so for an unknown region) is a constant; any value varies with the row.
			return regionPaths(e.template).every((p) => !symbolic.has(p) && (params[p] ?? null) === null) ? known(null) : UNKNOWN;
		}
		if (e.kind === 'if') {
			const cond = this.fold(e.cond);
			return cond.constant ? this.fold(cond.value === true ? e.then : e.else) : UNKNOWN;
		}
		const args = childrenOf(e).map((c) => this.fold(c));
		const values = args.flatMap((a) => (a.constant ? [a.value] : []));
		if (values.length === args.length) return known(evaluate(withValues(e, values), {}, params));
		if (e.kind === 'logic') return values.includes(e.op === 'or') ? known(e.op === 'or') : UNKNOWN;
		if (e.kind === 'coalesce') {
			const first = args.findIndex((a) => !a.constant || a.value !== null);
			return args[first].constant ? args[first] : UNKNOWN;
		}
		return (e.kind === 'arith' || e.kind === 'cmp') && values.includes(null) ? known(null) : UNKNOWN;
	}
}

const paths = new Map<string, string[]>();

/** The parameter paths of a `regionParam` template, one per region. */
export function regionPaths(template: string): string[] {
	let p = paths.get(template);
	if (!p) paths.set(template, (p = REGION_CODES.map((r) => regionPath(template, r))));
	return p;
}

const readBy = new WeakMap<Node, Set<string>>();

/** Every parameter path `expr` reads (a regional parameter: each region's), kept per sub-expression. */
export function paramsReadBy(expr: Node): Set<string> {
	let read = readBy.get(expr);
	if (read) return read;
	read = new Set<string>();
	for (const e of childrenOf(expr)) paramsReadBy(e).forEach((p) => read!.add(p));
	if (expr.kind === 'param') read.add(expr.path);
	else if (expr.kind === 'regionParam') regionPaths(expr.template).forEach((p) => read!.add(p));
	readBy.set(expr, read);
	return read;
}

/** True when `expr` reads any of the parameters `paths`. */
export function readsAny(expr: Node, paths: ReadonlySet<string>): boolean {
	for (const path of paramsReadBy(expr)) if (paths.has(path)) return true;
	return false;
}

/** True when every parameter `expr` reads has the same value in `a` and in `b`. */
export function readsSameParams(expr: Node, a: ParamValues, b: ParamValues): boolean {
	for (const path of paramsReadBy(expr)) if (a[path] !== b[path]) return false;
	return true;
}

const known = (value: ParamValue): Folded => ({ constant: true, value });

/** `e` with its children (in `childrenOf` order) replaced by literals of `values`. */
function withValues(e: Node, values: ParamValue[]): Node {
	const next = () => lit(values.shift() ?? null);
	const out: Record<string, unknown> = {};
	for (const [key, v] of Object.entries(e))
		out[key] = Array.isArray(v) ? v.map(next) : typeof v === 'object' && v !== null && 'kind' in v ? next() : v;
	return out as unknown as Node;
}
