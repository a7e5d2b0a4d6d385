// The focused region's local assistance from the evaluated households' columns, without SQL: the figures of
// `localAssistance` (local-assistance.ts), each ground evaluated by the column kernel over the region's households
// under each distinct quarter's parameters, and summed as its SQL sums them.
import { REGION_CODES, type RegionCode } from '$lib/data/regions';
import { columnsOf, compileKernel, type KernelColumns } from '$lib/fast/column-kernel';
import { num, type Node } from '$lib/rules/expr';
import type { ParamValues } from '$lib/rules/parameter';
import { perCapitaIncome } from '$lib/rules/tsa/counted-income';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { baselineFor } from '$lib/rules/baseline';
import { quarterParams, REFERENCE_QUARTER } from '$lib/rules/quarters';
import { distinctQuarters } from '$lib/sim/year';
import {
	GROUND_ORDER,
	LOCAL_GROUNDS,
	LOCAL_MULTIPLES,
	thresholdPath,
	type Helped,
	type LocalAssistanceFigures,
	type LocalFigures,
	type LocalGround,
	type LocalInputs
} from './local-grounds';

/** The households of one region as kernel columns (the features of `hh` the grounds read), with their weights. */
interface RegionRows extends KernelColumns {
	weight: Float64Array;
}

/** The rows of `region` in `h`, gathered once per evaluation of the law (they are features, the same in every evaluation). */
function regionRows(h: EvaluatedHouseholds, region: RegionCode): RegionRows {
	const code = REGION_CODES.indexOf(region);
	if (code < 0) throw new Error(`Not a region code: ${String(region)}`);
	return h.baseline.figure(`local-assistance rows of ${region}`, () => {
		const at: number[] = [];
		for (let i = 0; i < h.n; i++) if (h.region[i] === code) at.push(i);
		const gather = (values: ArrayLike<number>) => Float64Array.from(at, (i) => values[i]);
		const names = new Set<string>();
		for (const g of GROUND_ORDER) columnsOf(LOCAL_GROUNDS[g], names);
		names.delete('region');
		const feature = (name: string) => {
			const values = h.feature(name);
			if (!values) throw new Error(`the household columns have no ${name}`);
			return values;
		};
		const columns = Object.fromEntries([...names].map((name) => [name, gather(feature(name))]));
		return { n: at.length, region: new Uint8Array(at.length).fill(code), columns, weight: gather(h.fact('weight')) };
	});
}

// The income ground reading per-capita income from a column: the sweep computes that once per quarter, not per threshold.
const PC_INCOME = 'pc_income';
const INCOME_OF_PC = withColumn(LOCAL_GROUNDS.income, perCapitaIncome.expr, PC_INCOME);

/** `expr` with each occurrence of the subtree `part` (the same object) read from the column `name`. */
function withColumn(expr: Node, part: Node, name: string): Node {
	if (expr === part) return num(name);
	const fields = Object.entries(expr).map(([k, v]) => [
		k,
		Array.isArray(v) ? v.map((x) => (isNode(x) ? withColumn(x, part, name) : x)) : isNode(v) ? withColumn(v, part, name) : v
	]);
	return Object.fromEntries(fields) as Node;
}

function isNode(v: unknown): v is Node {
	return typeof v === 'object' && v !== null && 'kind' in v;
}

/** One distinct parameter set of the year's quarters and the quarters it stands for (distinctQuarters). */
type QuarterSet = { params: ParamValues; quarters: number[] };

/** One distinct quarter set's evaluation: the quarters it stands for, each ground's amounts (GROUND_ORDER) and per-capita income. */
interface QuarterEvaluation extends QuarterSet {
	grounds: Float64Array[];
	pc: Float64Array;
}

/** `params` for the quarters of `year` (distinctQuarters, reference first). */
function quarterSets(year: number, params: ParamValues) {
	return distinctQuarters(year, Object.isFrozen(params) ? params : Object.freeze({ ...params }));
}

/** The income ground under `params` from per-capita income `pc`. */
function incomeOf(rows: RegionRows, params: ParamValues, pc: Float64Array): Float64Array {
	return compileKernel(INCOME_OF_PC, params, { ...rows, columns: { ...rows.columns, [PC_INCOME]: pc } })(new Float64Array(rows.n));
}

/** Every ground under each of the year's distinct quarter sets of `params`. */
function evaluateQuarters(rows: RegionRows, year: number, params: ParamValues): QuarterEvaluation[] {
	return quarterSets(year, params).map((set) => {
		const pc = compileKernel(perCapitaIncome.expr, set.params, rows)(new Float64Array(rows.n));
		const grounds = GROUND_ORDER.map((g) =>
			g === 'income' ? incomeOf(rows, set.params, pc) : compileKernel(LOCAL_GROUNDS[g], set.params, rows)(new Float64Array(rows.n))
		);
		return { quarters: set.quarters, params: set.params, grounds, pc };
	});
}

/**
 * The distinct quarter sets of `scenario` with `path` at `multiple`. When the law holds the threshold the same in every
 * quarter (quarterParams: a quarter's set is its law overlaid with the scenario's own values), each quarter's set is
 * the scenario's with the threshold at `multiple`, so the quarters group as the scenario's do; else as distinctQuarters says.
 */
function sweepSets(year: number, scenario: ParamValues, sets: readonly QuarterSet[], path: string, multiple: number): QuarterSet[] {
	const law = quarterParams(year, baselineFor(year));
	if (law.every((q) => Object.is(q[path], law[REFERENCE_QUARTER][path])))
		return sets.map((set) => ({ quarters: set.quarters, params: { ...set.params, [path]: multiple } }));
	return quarterSets(year, { ...scenario, [path]: multiple });
}

/**
 * The scenario with the threshold moved to `multiple`, reusing the scenario's evaluation: only the income ground reads
 * the threshold, so a set's other grounds and per-capita income are those of the scenario's set holding its first
 * quarter (the quarters of a set differ in the scenario at most by the threshold).
 */
function moveThreshold(rows: RegionRows, year: number, params: ParamValues, scenario: QuarterEvaluation[], path: string, multiple: number) {
	const sets = sweepSets(year, params, scenario, path, multiple);
	return sets.map((set): QuarterEvaluation => {
		const same = scenario.find((e) => e.quarters.includes(set.quarters[0]))!;
		const grounds = GROUND_ORDER.map((g, k) => (g === 'income' ? incomeOf(rows, set.params, same.pc) : same.grounds[k]));
		return { quarters: set.quarters, params: set.params, grounds, pc: same.pc };
	});
}

/**
 * One variant's figures as `localVariantsSql` sums them: families helped in the reference quarter (the first distinct
 * set), the annual cost over the quarters each set stands for. A NULL amount helps nobody and costs nothing; a NULL
 * ground makes the family's total NULL.
 */
function variantFigures(rows: RegionRows, evaluation: readonly QuarterEvaluation[], variant: number): LocalFigures {
	const slots = GROUND_ORDER.length + 1;
	const helped = new Float64Array(slots);
	const cost = new Float64Array(slots);
	for (const [s, { quarters, grounds }] of evaluation.entries()) {
		const reference = s === 0;
		const share = quarters.length / 4;
		const tally = (k: number, w: number, v: number) => {
			if (reference && v > 0 && w === w) helped[k] += w;
			const c = share * w * v;
			if (c === c) cost[k] += c;
		};
		for (let i = 0; i < rows.n; i++) {
			const w = rows.weight[i];
			let all = 0;
			for (let k = 0; k < grounds.length; k++) {
				all += grounds[k][i];
				tally(k, w, grounds[k][i]);
			}
			tally(grounds.length, w, all);
		}
	}
	const at = (k: number): Helped => ({ households: helped[k], annual_cost_kzt: cost[k] });
	const grounds = Object.fromEntries(GROUND_ORDER.map((g, k) => [g, at(k)])) as Record<LocalGround, Helped>;
	return { variant, total: at(GROUND_ORDER.length), grounds };
}

/** Law, scenario and the threshold sweep of the focused region from the columns (null without a region): `localAssistance`'s figures. */
export function localAssistanceFromColumns(h: EvaluatedHouseholds, { region, year, params }: LocalInputs): LocalAssistanceFigures | null {
	if (region === null) return null;
	const rows = regionRows(h, region);
	const path = thresholdPath(region);
	const scenario = evaluateQuarters(rows, year, params.scenario);
	return {
		region,
		law: variantFigures(rows, evaluateQuarters(rows, year, params.baseline), -2),
		scenario: variantFigures(rows, scenario, -1),
		sweep: LOCAL_MULTIPLES.map((multiple, i) => {
			const moved = moveThreshold(rows, year, params.scenario, scenario, path, multiple);
			return { ...variantFigures(rows, moved, i), multiple };
		})
	};
}
