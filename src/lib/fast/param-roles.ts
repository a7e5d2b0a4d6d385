// Which parameters the prefix index answers for ("fast"), derived from the rule expressions. The index bakes every
// expression into the rows of its extract except a few sub-expressions it computes from the parameters when it
// answers (RUN_TIME_INPUTS). A parameter is fast when, under the other parameters' values (a switched-off test reads
// nothing), it is read only inside those inputs, where the index computes them; a rule that reads it anywhere else
// makes it structure, with no list to update.
import { REGION_CODES } from '../data/regions';
import type { ParamValue, ParamValues } from '../rules/parameter';
import { evaluate, lit, lt, mul, param, regionPath, sub, type Node } from '../rules/expr';
import { mrpAmount } from '../rules/local/amount';
import { assignedPerStanding } from '../rules/tsa/caseload';
import { childSupplement } from '../rules/tsa/child-supplement';
import { complianceFactor, conditionalShare } from '../rules/tsa/conditionality';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { MEDIAN_COLUMN, OFFICIAL_MEDIAN_PREFIX, povertyLine } from '../rules/tsa/poverty-line';
import { EVALUATION_COLUMNS } from '../sim/evaluation';

/** A host standing for "an evaluation column of its own" (no parent node). */
export const ROOT = 'root';

/** A sub-expression the prefix index computes from the parameters when it answers, and the parents it may stand in. */
export interface RunTimeInput {
	/** What `prefix-index.ts` computes it as. */
	name: string;
	/** The sub-expression, matched by shape. */
	expr: Node;
	/** Parent nodes (shapes; `*` in a name matches any text) in which the index computes it, or ROOT. */
	hosts: (Node | typeof ROOT)[];
}

/**
 * The index's run-time inputs: the only places a fast parameter may be read. Each is restated in prefix-index.ts
 * (`regionSums`), so an entry here is a promise that the index computes that expression, in those places.
 */
export const RUN_TIME_INPUTS: readonly RunTimeInput[] = [
	// `lineOf`: L_r from the shares, the regional ПМ and the median; one binary search for pc < L_r, and the amount
	// (L_r − pc) × size summed as L_r·Σwn − Σwny. The line inside any other test is not one income threshold.
	{ name: 'poverty line', expr: povertyLine.expr, hosts: [lt(perCapitaIncome.expr, povertyLine.expr), sub(povertyLine.expr, perCapitaIncome.expr)] },
	// `sup` = МРП per child × МРП, times Σ w·c of the supplement's children.
	{ name: 'child supplement per child', expr: mul(param('tsa.child_supplement.mrp_per_child'), param('indices.mrp')), hosts: [childSupplement.expr] },
	// `cs`: the share of a conditional family's entitlement paid, times its sums.
	{ name: 'conditional share', expr: conditionalShare.expr, hosts: [complianceFactor.expr] },
	// `perStanding`: families assigned in the year per standing family, times the expected caseload.
	{ name: 'assigned per standing family', expr: assignedPerStanding.expr, hosts: [ROOT] },
	// The extract sums the local МРП categories at МРП = 1 (`localSql`); the index multiplies by the МРП.
	{ name: 'local amount in МРП', expr: param('indices.mrp'), hosts: [mrpAmount('*')] }
];

/**
 * Context columns that hold parameters: the line's median is the official one (`hhWithMedianSql`) while
 * `median_source` is official. Read inside a run-time input, the index reads those parameters itself (`officialMedian`).
 */
export const PARAMETER_COLUMNS: Readonly<Record<string, string>> = { [MEDIAN_COLUMN]: OFFICIAL_MEDIAN_PREFIX };

/** The evaluation's rule expressions that no other one contains: every place a rule is read from. */
export function rootsOf(columns: readonly Node[]): Node[] {
	const inner = new Set<Node>();
	const mark = (e: Node): void => childrenOf(e).forEach((c) => (inner.add(c), mark(c)));
	columns.forEach(mark);
	return [...new Set(columns)].filter((e) => !inner.has(e));
}

const EVALUATION_ROOTS = rootsOf(Object.values(EVALUATION_COLUMNS));

/** The parameters of `params` the prefix index answers for, derived from `roots` (the evaluation's rules by default). */
export function fastParamsOf(params: ParamValues, roots: readonly Node[] = EVALUATION_ROOTS): Set<string> {
	// Start from every parameter an input reads; drop each one read elsewhere, fold it in as a constant (its value is
	// part of the structure) and look again: a test it switches off may have been the only other reader of another.
	const fast = candidates(params);
	for (;;) {
		const scan = new Scan(params, fast);
		roots.forEach((r) => scan.visit(r, null));
		if (scan.structural.size === 0) return fast;
		scan.structural.forEach((p) => fast.delete(p));
	}
}

/** Every parameter of `params` read inside a run-time input (the median column: every official median). */
function candidates(params: ParamValues): Set<string> {
	const out = new Set<string>();
	const walk = (e: Node): void => {
		reads(e, params, (p) => out.add(p));
		childrenOf(e).forEach(walk);
	};
	RUN_TIME_INPUTS.forEach((input) => walk(input.expr));
	return out;
}

/** Calls `use` for each parameter of `params` node `e` itself reads. */
function reads(e: Node, params: ParamValues, use: (path: string) => void): void {
	if (e.kind === 'param' && e.path in params) use(e.path);
	else if (e.kind === 'regionParam') for (const p of regionPaths(e.template)) p in params && use(p);
	else if (e.kind === 'col' && e.name in PARAMETER_COLUMNS) for (const p in params) p.startsWith(PARAMETER_COLUMNS[e.name]) && use(p);
}

type Folded = { constant: true; value: ParamValue } | { constant: false };
const UNKNOWN: Folded = { constant: false };

/** One pass over the rules: the symbolic (fast so far) parameters read outside the run-time inputs. */
class Scan {
	readonly structural = new Set<string>();
	private readonly folded = new Map<Node, Folded>();
	private readonly seen = new Set<Node>();

	constructor(
		private readonly params: ParamValues,
		private readonly symbolic: ReadonlySet<string>
	) {}

	visit(e: Node, parent: Node | null): void {
		const inputs = inputsAt(e);
		if (inputs.length === 0) {
			if (this.seen.has(e)) return; // the same shared subtree, the same verdict
			this.seen.add(e);
		}
		if (this.fold(e).constant) return; // decided by structural parameters alone: reads nothing that moves
		if (inputs.some((input) => hostedBy(input, parent))) return;
		reads(e, this.params, (p) => this.symbolic.has(p) && this.structural.add(p));
		this.liveChildren(e).forEach((c) => this.visit(c, e));
	}

	/** The children whose value can still matter (a decided condition or a decisive argument leaves the others dead). */
	private liveChildren(e: Node): Node[] {
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
	private fold(e: Node): Folded {
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

// The rulebook's nodes are shared and never change: what matches where is worked out once per node.
const inputsMatching = new WeakMap<Node, RunTimeInput[]>();
const hosting = new WeakMap<RunTimeInput, WeakMap<Node, boolean>>();
const paths = new Map<string, string[]>();

/** The run-time inputs `e` has the shape of. */
function inputsAt(e: Node): RunTimeInput[] {
	let inputs = inputsMatching.get(e);
	if (!inputs) inputsMatching.set(e, (inputs = RUN_TIME_INPUTS.filter((input) => matches(input.expr, e))));
	return inputs;
}

/** True when `parent` (null: none) is one of the places `input` is computed by the index. */
function hostedBy(input: RunTimeInput, parent: Node | null): boolean {
	if (parent === null) return input.hosts.includes(ROOT);
	let byParent = hosting.get(input);
	if (!byParent) hosting.set(input, (byParent = new WeakMap()));
	let ok = byParent.get(parent);
	if (ok === undefined) byParent.set(parent, (ok = input.hosts.some((h) => h !== ROOT && matches(h, parent))));
	return ok;
}

/** The parameter paths of a `regionParam` template, one per region. */
function regionPaths(template: string): string[] {
	let p = paths.get(template);
	if (!p) paths.set(template, (p = REGION_CODES.map((r) => regionPath(template, r))));
	return p;
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

/** True when `node` has the shape of `pattern`: same kinds and operators, same names (`*` in a pattern's matches any text). */
export function matches(pattern: Node, node: Node): boolean {
	if (pattern === node) return true;
	if (pattern.kind !== node.kind) return false;
	const p = pattern as unknown as Record<string, unknown>;
	const n = node as unknown as Record<string, unknown>;
	for (const key in p) {
		const a = p[key];
		const b = n[key];
		if (Array.isArray(a)) {
			if (!Array.isArray(b) || a.length !== b.length || !a.every((x, i) => matches(x as Node, b[i] as Node))) return false;
		} else if (typeof a === 'object' && a !== null && 'kind' in a) {
			if (typeof b !== 'object' || b === null || !matches(a as Node, b as Node)) return false;
		} else if (typeof a === 'string' && a.includes('*')) {
			if (typeof b !== 'string' || !glob(a).test(b)) return false;
		} else if (a !== b) return false;
	}
	return true;
}

const globs = new Map<string, RegExp>();
function glob(pattern: string): RegExp {
	let re = globs.get(pattern);
	if (!re) globs.set(pattern, (re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)));
	return re;
}

/** The sub-expressions of `e`. */
export function childrenOf(e: Node): Node[] {
	return Object.values(e).flatMap((v) => (Array.isArray(v) ? v : typeof v === 'object' && v !== null && 'kind' in v ? [v] : []));
}
