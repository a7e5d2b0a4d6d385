// Each household's evaluation from the household columns, without SQL: the rows `evaluateInto` makes (sim/simulate.ts,
// sim/evaluation.ts), one typed array per column, each computed on first use. Every rule is the rulebook's own
// expression compiled by `compileKernel`; the line's median and the learnt rates are the extract's (extract-columns.ts),
// laid out per household as SQL joins them. evaluate-households.test.ts holds the two equal.
import { learningBaseline } from '../rules/dataset-params';
import type { Node } from '../rules/expr';
import type { ResolvedScenario } from '../rules/scenario';
import { MEDIAN_COLUMN, medianIsNational } from '../rules/tsa/poverty-line';
import { EVALUATION_COLUMNS } from '../sim/evaluation';
import {
	keptFigures,
	type EvaluatedColumns,
	type EvaluatedHouseholds,
	type EvaluatedName,
	type FactColumns,
	type HouseholdFact
} from '../sim/evaluated-columns';
import type { ParamValues } from '../rules/parameter';
import { columnsOf, compileKernel } from './column-kernel';
import { readsSameParams } from './expr-fold';
import { gapCell } from './extract';
import { learntOf, lineMedians, type LearntRates } from './extract-columns';
import { featureParamsOf, type HouseholdColumns } from './household-columns';

const NONE = 255;

/** Each household's rate laid out from a learnt rates' cells (by the cells' array and the rate of a household in none). */
const LAID_OUT = new WeakMap<Float64Array, Map<number, Float64Array>>();

/** Full take-up (1) for every household of `h`, one column per dataset. */
const FULL_TAKEUP = new WeakMap<HouseholdColumns, Float64Array>();

function fullTakeup(h: HouseholdColumns): Float64Array {
	let out = FULL_TAKEUP.get(h);
	if (!out) FULL_TAKEUP.set(h, (out = new Float64Array(h.n).fill(1)));
	return out;
}

/** Why the columns cannot evaluate `scenario` (SQL must), or null when they can. */
export function evaluationRefusal(h: HouseholdColumns, scenario: ResolvedScenario): string | null {
	// The person-level counts (pensioners, able-bodied, supplemented children) were made in SQL for the ages of `h`.
	if (featureParamsOf(scenario.params).some((v, i) => v !== h.featureParams[i]))
		return 'the household columns were counted with other ages (pension, able-bodied or supplement)';
	return null;
}

/** An evaluation of the same households whose columns another may share: its scenario and its columns. */
export type SharedEvaluation = { scenario: ResolvedScenario; columns: EvaluatedColumns };

/** An evaluation from the household columns: `EvaluatedColumns`, what was asked of it, and its rules computed in slices. */
export interface ColumnEvaluation extends EvaluatedColumns {
	/** The columns computed or shared so far (those views asked for, and the columns they read). */
	asked(): EvaluatedName[];
	/** Computes each of `names` not kept yet, `rows` households at a time, yielding after each slice. */
	steps(names: readonly EvaluatedName[], rows: number): Generator<void, void>;
}

/**
 * One scenario's evaluation of every household of `h` (the rows of evaluateInto's table), each column computed on first
 * use. A rule reading no parameter that differs from `shared`'s (and the same line medians) takes `shared`'s column:
 * a slider on the line leaves the asset tests and the local programmes as they were.
 */
export function evaluateColumns(h: HouseholdColumns, scenario: ResolvedScenario, shared?: SharedEvaluation): ColumnEvaluation {
	const refusal = evaluationRefusal(h, scenario);
	if (refusal) throw new Error(`the household columns cannot evaluate this scenario: ${refusal}`);
	const params = scenario.params;
	const baseline = learningBaseline(scenario.year, params);
	// As prepareEvaluation: observed take-up falls back to full when the dataset has no `applied`.
	const observed = params['takeup.mode'] === 'observed' && h.hasApplied;
	const kept = new Map<EvaluatedName, ArrayLike<number>>();
	const column = (name: EvaluatedName): ArrayLike<number> => {
		let values = kept.get(name);
		if (!values) kept.set(name, (values = shares(name) ? shared!.columns.column(name) : compute(name)));
		return values;
	};
	const shares = (name: EvaluatedName): boolean =>
		shared !== undefined && name in EVALUATION_COLUMNS && readsSame(h, EVALUATION_COLUMNS[name], params, shared.scenario.params);

	let learnt: LearntRates | null = null;
	const rates = () => (learnt ??= learntOf(h, params, baseline));
	// SQL joins the rates on region and settlement: a household missing either has none (take-up 1, the card's rates 0).
	// Laid out once per learnt rates: every evaluation learning under the same baseline shares the column.
	const byCell = (cells: Float64Array, none: number): Float64Array => {
		const gap = rates().gap;
		const laid = LAID_OUT.get(cells) ?? new Map<number, Float64Array>();
		LAID_OUT.set(cells, laid);
		let out = laid.get(none);
		if (out) return out;
		out = new Float64Array(h.n);
		for (let i = 0; i < h.n; i++) {
			const r = h.region[i];
			const s = h.settlement[i];
			out[i] = r === NONE || s === NONE ? none : cells[gapCell(gap, r, s)];
		}
		laid.set(none, out);
		return out;
	};
	const compute = (name: EvaluatedName): ArrayLike<number> => {
		switch (name) {
			case 'median_pc_income': {
				// Joined on region when the median is regional: a household of no known region has none.
				const byRegion = lineMedians(h, params);
				const national = medianIsNational(params);
				const out = new Float64Array(h.n);
				for (let i = 0; i < h.n; i++) out[i] = !national && h.region[i] === NONE ? Number.NaN : byRegion[h.region[i]];
				return out;
			}
			case 'takeup_rate':
				return observed ? byCell(rates().gap.takeup, 1) : fullTakeup(h);
			case 'gap_takeup_rate':
				return byCell(rates().gap.takeup, 1);
			case 'notify_rate':
				return byCell(rates().gap.notify, 0);
			case 'response_rate':
				return byCell(rates().response, 0);
			case 'notify_other_rate':
				return byCell(rates().gap.notifyOther, 0);
			case 'response_other_rate':
				return byCell(rates().responseOther, 0);
			case 'gap_notified': {
				const [eligible, notify, notifyOther] = [column('eligible'), column('notify_rate'), column('notify_other_rate')];
				const out = new Float64Array(h.n);
				for (let i = 0; i < h.n; i++) out[i] = eligible[i] === 1 ? notify[i] : notifyOther[i];
				return out;
			}
			case 'gap_applied': {
				const [eligible, notify, respond] = [column('eligible'), column('notify_rate'), column('response_rate')];
				const [notifyOther, respondOther] = [column('notify_other_rate'), column('response_other_rate')];
				const out = new Float64Array(h.n);
				for (let i = 0; i < h.n; i++) out[i] = eligible[i] === 1 ? notify[i] * respond[i] : notifyOther[i] * respondOther[i];
				return out;
			}
			default:
				return asBytesIfExact(ruleKernel(name)(new Float64Array(h.n)));
		}
	};
	// A rule's kernel, reading the rules inside it that are kept (or shared) from their columns.
	const ruleKernel = (name: EvaluatedName) => {
		const { expr, reused } = reusing(EVALUATION_COLUMNS[name], (rule) => kept.get(rule) ?? (shares(rule) ? column(rule) : undefined));
		const columns: Record<string, ArrayLike<number>> = { ...h.columns, ...reused };
		if (columnsOf(expr).has(MEDIAN_COLUMN)) columns[MEDIAN_COLUMN] = column('median_pc_income');
		return compileKernel(expr, params, { ...h, columns });
	};
	function* steps(names: readonly EvaluatedName[], rows: number): Generator<void, void> {
		for (const name of names) {
			if (kept.has(name)) continue;
			// The learnt rates and the funnel's columns are a single quick pass each; a rule runs in slices.
			if (!(name in EVALUATION_COLUMNS) || shares(name)) {
				column(name);
				yield;
				continue;
			}
			const kernel = ruleKernel(name);
			const out = new Float64Array(h.n);
			for (let from = 0; from < h.n; from += rows) {
				kernel(out, from, Math.min(h.n, from + rows));
				yield;
			}
			kept.set(name, asBytesIfExact(out));
		}
	}
	return { column, figure: keptFigures(), asked: () => [...kept.keys()], steps };
}

/** Whether `expr` reads the same under `a` as under `b` for the households of `h`: every parameter it reads, and the line's medians. */
function readsSame(h: HouseholdColumns, expr: Node, a: ParamValues, b: ParamValues): boolean {
	if (!readsSameParams(expr, a, b)) return false;
	if (!columnsOf(expr).has(MEDIAN_COLUMN)) return true;
	if (medianIsNational(a) !== medianIsNational(b)) return false;
	const [x, y] = [lineMedians(h, a), lineMedians(h, b)];
	return x.every((v, i) => Object.is(v, y[i]));
}

// Each evaluated rule by its expression object (a rule's expression sits whole inside the rules built on it).
const RULE_OF = new Map<Node, EvaluatedName>(Object.entries(EVALUATION_COLUMNS).map(([name, e]) => [e, name as EvaluatedName]));

/**
 * `expr` reading each subtree that is another rule whose column `ready` gives (computed already, or the shared
 * evaluation's: the same kernel made it, so the values are the same), e.g. `tsa_amount` reading `eligible` once a view
 * has asked for both, or a moved poverty line's `eligible` reading the law's asset tests: nothing else is computed ahead.
 */
function reusing(
	expr: Node,
	ready: (rule: EvaluatedName) => ArrayLike<number> | undefined
): { expr: Node; reused: Record<string, ArrayLike<number>> } {
	const reused: Record<string, ArrayLike<number>> = {};
	const walk = (e: Node): Node => {
		const rule = e === expr ? undefined : RULE_OF.get(e);
		const values = rule && ready(rule);
		if (values) {
			reused[`evaluated ${rule}`] = values;
			return { kind: 'col', name: `evaluated ${rule}` };
		}
		let changed = false;
		const fields = Object.entries(e).map(([k, v]) => {
			const w = Array.isArray(v) ? v.map((x) => (isNode(x) ? walk(x) : x)) : isNode(v) ? walk(v) : v;
			if (Array.isArray(w) ? w.some((x, i) => x !== v[i]) : w !== v) changed = true;
			return [k, w];
		});
		return changed ? (Object.fromEntries(fields) as Node) : e;
	};
	return { expr: walk(expr), reused };
}

/**
 * `values` as bytes when every value is an integer from 0 to 255 (a rule's 0 / 1 with no NULL, a count), else
 * `values`: the same numbers in an eighth of the memory (the national bundle's flags took 45 MB each as doubles).
 */
export function asBytesIfExact(values: Float64Array): Float64Array | Uint8Array {
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (!(v >= 0 && v <= 255 && v === Math.floor(v)) || Object.is(v, -0)) return values;
	}
	return Uint8Array.from(values);
}

function isNode(v: unknown): v is Node {
	return typeof v === 'object' && v !== null && 'kind' in v;
}

/** Each dataset's facts that its columns lack, as NULL (NaN) for every household, made once while its columns are kept. */
const MISSING = new WeakMap<HouseholdColumns, Map<HouseholdFact, Float64Array>>();

/** The facts of `h` alone (no rules evaluated), as stored: no copy, so a national bundle's facts cost nothing; one it lacks reads 0. */
export function householdFacts(h: HouseholdColumns): FactColumns {
	let none: Uint8Array | null = null;
	return { n: h.n, region: h.region, fact: (name) => h.columns[name] ?? (none ??= new Uint8Array(h.n)), present: h.present };
}

/** The households of `h` with two evaluations of them (facts, region, settlement, idRank and present from `h`). */
export function evaluatedHouseholds(h: HouseholdColumns, baseline: EvaluatedColumns, scenario: EvaluatedColumns): EvaluatedHouseholds {
	const missing = MISSING.get(h) ?? new Map<HouseholdFact, Float64Array>();
	MISSING.set(h, missing);
	// Facts are read as stored (bytes for 0 / 1 and counts, exact: NaN only in doubles): widening them to doubles took
	// about 850 MB on the national bundle.
	const fact = (name: HouseholdFact): ArrayLike<number> => {
		const stored = h.columns[name];
		if (stored) return stored;
		let none = missing.get(name);
		if (!none) missing.set(name, (none = new Float64Array(h.n).fill(Number.NaN)));
		return none;
	};
	const { n, region, settlement, settlements, idRank, ids, present } = h;
	return { n, region, settlement, settlements, idRank, fact, ids, feature: (name) => h.columns[name], present, baseline, scenario };
}
