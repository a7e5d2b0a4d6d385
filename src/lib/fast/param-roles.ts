// Which parameters the prefix index answers for ("fast"), derived from the rule expressions. The index bakes every
// expression into the rows of its extract except a few sub-expressions it computes from the parameters when it
// answers (RUN_TIME_INPUTS). A parameter is fast when, under the other parameters' values (a switched-off test reads
// nothing), it is read only inside those inputs, where the index computes them; a rule that reads it anywhere else
// makes it structure, with no list to update.
import type { ParamValues } from '../rules/parameter';
import { lt, mul, param, sub, type Node } from '../rules/expr';
import { mrpAmount } from '../rules/local/amount';
import { assignedPerStanding } from '../rules/tsa/caseload';
import { childSupplement } from '../rules/tsa/child-supplement';
import { complianceFactor, conditionalShare } from '../rules/tsa/conditionality';
import { perCapitaIncome } from '../rules/tsa/counted-income';
import { MEDIAN_COLUMN, OFFICIAL_MEDIAN_PREFIX, povertyLine } from '../rules/tsa/poverty-line';
import { EVALUATION_COLUMNS } from '../sim/evaluation';
import { ExprFold, regionPaths } from './expr-fold';
import { childrenOf, matches } from './expr-shape';

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
	{
		name: 'poverty line',
		expr: povertyLine.expr,
		hosts: [lt(perCapitaIncome.expr, povertyLine.expr), sub(povertyLine.expr, perCapitaIncome.expr)]
	},
	// `sup` = МРП per child × МРП, times Σ w·c of the supplement's children.
	{
		name: 'child supplement per child',
		expr: mul(param('tsa.child_supplement.mrp_per_child'), param('indices.mrp')),
		hosts: [childSupplement.expr]
	},
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
	const mark = (e: Node): void => childrenOf(e).forEach((c) => !inner.has(c) && (inner.add(c), mark(c)));
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

/** One pass over the rules: the symbolic (fast so far) parameters read outside the run-time inputs. */
class Scan {
	readonly structural = new Set<string>();
	private readonly seen = new Set<Node>();
	private readonly folds: ExprFold;

	constructor(
		private readonly params: ParamValues,
		private readonly symbolic: ReadonlySet<string>
	) {
		this.folds = new ExprFold(params, symbolic);
	}

	visit(e: Node, parent: Node | null): void {
		const inputs = inputsAt(e);
		if (inputs.length === 0) {
			if (this.seen.has(e)) return; // the same shared subtree, the same verdict
			this.seen.add(e);
		}
		if (this.folds.fold(e).constant) return; // decided by structural parameters alone: reads nothing that moves
		if (inputs.some((input) => hostedBy(input, parent))) return;
		reads(e, this.params, (p) => this.symbolic.has(p) && this.structural.add(p));
		this.folds.liveChildren(e).forEach((c) => this.visit(c, e));
	}
}

// The rulebook's nodes are shared and never change: what matches where is worked out once per node.
const inputsMatching = new WeakMap<Node, RunTimeInput[]>();
const hosting = new WeakMap<RunTimeInput, WeakMap<Node, boolean>>();

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
