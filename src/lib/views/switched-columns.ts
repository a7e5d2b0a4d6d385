// The scenario with a few parameters set otherwise (an asset test switched, the line's share moved), evaluated from the
// evaluated households' columns without SQL: a rule reading none of the changed parameters is the scenario's own
// column; any other is the rulebook's expression compiled by the column kernel over the households' features, reading
// the scenario's columns for the sub-rules the change leaves alone (the income test is computed once, by the scenario).
import { columnsOf, compileKernel } from '$lib/fast/column-kernel';
import { ExprFold, paramsReadBy, readsAny } from '$lib/fast/expr-fold';
import type { Node } from '$lib/rules/expr';
import type { ParamValues } from '$lib/rules/parameter';
import { MEDIAN_COLUMN } from '$lib/rules/tsa/poverty-line';
import type { EvaluatedColumns, EvaluatedHouseholds, EvaluatedName } from '$lib/sim/evaluated-columns';
import { EVALUATION_COLUMNS } from '$lib/sim/evaluation';
import type { RuleColumns } from '$lib/sim/measure-columns';

/**
 * The rules of `side` (evaluated under `from`) under `to`, where only the parameters `switchable` may differ: none of them
 * may move the line's median or the learnt rates (learnt under the law), which stay the side's. Each rule is computed
 * once, on first use, and a moved rule inside another is its own column (so computed once); a column made from the
 * rules (the card's funnel) is refused.
 */
export function switchedColumns(
	h: EvaluatedHouseholds,
	side: EvaluatedColumns,
	from: ParamValues,
	to: ParamValues,
	switchable: ReadonlySet<string>
): RuleColumns {
	const changed = new Set(Object.keys({ ...from, ...to }).filter((p) => !Object.is(from[p], to[p])));
	for (const p of changed) if (!switchable.has(p)) throw new Error(`${p} cannot be switched over evaluated columns`);
	const kept = new Map<EvaluatedName, ArrayLike<number>>();
	const switched = (name: EvaluatedName): ArrayLike<number> => {
		let values = kept.get(name);
		if (!values) kept.set(name, (values = compute(name, EVALUATION_COLUMNS[name])));
		return values;
	};
	const column = (name: EvaluatedName): ArrayLike<number> => {
		if (!(name in EVALUATION_COLUMNS) || !readsAny(EVALUATION_COLUMNS[name], changed)) {
			if (name in EVALUATION_COLUMNS || name === MEDIAN_COLUMN || LEARNT.has(name)) return side.column(name);
			throw new Error(`${name} is made from the rules: switching a parameter may move it`);
		}
		return switched(name);
	};
	const compute = (name: EvaluatedName, root: Node): ArrayLike<number> => {
		const plan = planOf(name, root, changed, to);
		const columns: Record<string, ArrayLike<number>> = {};
		for (const rule of plan.sides) columns[`scenario ${rule}`] = side.column(rule);
		for (const rule of plan.switched) columns[`switched ${rule}`] = switched(rule);
		for (const c of plan.features) {
			const values = h.feature(c);
			if (!values) throw new Error(`the households hold no column ${c}`);
			columns[c] = values;
		}
		if (plan.median) columns[MEDIAN_COLUMN] = side.column(MEDIAN_COLUMN);
		return compileKernel(plan.expr, to, { n: h.n, region: h.region, columns })(new Float64Array(h.n));
	};
	return { column };
}

/**
 * How a rule is computed under a change: its expression with each sub-rule the change leaves alone read from the side
 * (`sides`), each one it moves read as its own switched column (`switched`), and each one no row decides (a test
 * switched off) left inline for the kernel to fold; the features and whether it reads the line's median.
 */
type Plan = { expr: Node; sides: EvaluatedName[]; switched: EvaluatedName[]; features: string[]; median: boolean };

/** How many plans are kept (one per rule, change and parameter values: a slider's positions each make one). */
const PLANS_KEPT = 64;
const plans = new Map<string, Plan>();

/** The plan of rule `name` (expression `root`) when the parameters `changed` take their values in `to`; made once, then kept. */
function planOf(name: EvaluatedName, root: Node, changed: ReadonlySet<string>, to: ParamValues): Plan {
	const key = `${name} ${JSON.stringify([...changed].sort())} ${JSON.stringify([...paramsReadBy(root)].sort().map((p) => to[p] ?? null))}`;
	let plan = plans.get(key);
	if (plan) return plan;
	const fold = new ExprFold(to, new Set());
	const sides = new Set<EvaluatedName>();
	const switched = new Set<EvaluatedName>();
	const expr = mapTree(root, (e) => {
		const rule = e === root ? undefined : RULE_OF.get(e);
		if (!rule || fold.fold(e).constant) return null;
		const moved = readsAny(e, changed);
		(moved ? switched : sides).add(rule);
		return { kind: 'col', name: `${moved ? 'switched' : 'scenario'} ${rule}` };
	});
	const read = [...columnsOf(expr)].filter((c) => c !== 'region' && !/^(scenario|switched) /.test(c));
	plan = {
		expr,
		sides: [...sides],
		switched: [...switched],
		features: read.filter((c) => c !== MEDIAN_COLUMN),
		median: read.includes(MEDIAN_COLUMN)
	};
	plans.set(key, plan);
	if (plans.size > PLANS_KEPT) plans.delete(plans.keys().next().value!);
	return plan;
}

// The rates learnt under the law (takeupSql, extract-columns.ts' learntOf): no scenario's test or line moves them.
const LEARNT = new Set<string>([
	'takeup_rate',
	'gap_takeup_rate',
	'notify_rate',
	'response_rate',
	'notify_other_rate',
	'response_other_rate'
]);

// Each evaluated rule by its expression object (a rule's expression sits whole inside the rules built on it).
const RULE_OF = new Map<Node, EvaluatedName>(Object.entries(EVALUATION_COLUMNS).map(([name, e]) => [e, name as EvaluatedName]));

/** `expr` with each subtree `replace` gives a node for replaced (the others rebuilt only when a child changed). */
function mapTree(expr: Node, replace: (e: Node) => Node | null): Node {
	const walk = (e: Node): Node => {
		const r = replace(e);
		if (r) return r;
		let changed = false;
		const fields = Object.entries(e).map(([k, v]) => {
			const w = Array.isArray(v) ? v.map((x) => (isNode(x) ? walk(x) : x)) : isNode(v) ? walk(v) : v;
			if (Array.isArray(w) ? w.some((x, i) => x !== v[i]) : w !== v) changed = true;
			return [k, w];
		});
		return changed ? (Object.fromEntries(fields) as Node) : e;
	};
	return walk(expr);
}

function isNode(v: unknown): v is Node {
	return typeof v === 'object' && v !== null && 'kind' in v;
}
