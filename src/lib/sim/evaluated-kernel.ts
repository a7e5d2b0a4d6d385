// A rulebook expression evaluated over evaluated households (evaluated-columns.ts) with the column kernel: the same
// definition a view renders to SQL, computed from the columns without SQL.
import { columnsOf, compileKernel } from '../fast/column-kernel';
import type { Bool, Num } from '../rules/expr';
import { flag, num } from '../rules/expr';
import type { ParamValues } from '../rules/parameter';
import {
	EVALUATED_NAMES,
	HOUSEHOLD_FACTS,
	type EvaluatedColumns,
	type EvaluatedHouseholds,
	type EvaluatedName,
	type HouseholdFact
} from './evaluated-columns';
import { householdsAt } from './household-subset';

/** How an expression names one evaluation's columns (its numbers and its flags). */
export interface SideColumns {
	num(name: EvaluatedName): Num;
	flag(name: EvaluatedName): Bool;
}

/** Columns by their plain names: in SQL, prefixed by the evaluation's alias; over columns, the `side` evaluated. */
export const PLAIN: SideColumns = { num, flag };

/** The baseline's columns in an expression over both evaluations (evaluateOver reads them from `baseline`). */
export const BASELINE: SideColumns = { num: (n) => num(`baseline:${n}`), flag: (n) => flag(`baseline:${n}`) };

/** The scenario's columns in an expression over both evaluations. */
export const SCENARIO: SideColumns = { num: (n) => num(`scenario:${n}`), flag: (n) => flag(`scenario:${n}`) };

const evaluated = new Set<string>(EVALUATED_NAMES);
const facts = new Set<string>(HOUSEHOLD_FACTS);

/** The evaluated columns `expr` reads by their plain names (PLAIN), each once; facts and prefixed columns left out. */
export function evaluatedRead(expr: Num | Bool): EvaluatedName[] {
	return [...columnsOf(expr)].filter((name): name is EvaluatedName => evaluated.has(name));
}

/**
 * `expr` under `params` for every household into `out` (a Float64Array keeps NULL as NaN; bytes hold 1 where a
 * condition is true, 0 where false or NULL). A column is a BASELINE or SCENARIO column, a plain evaluated column of
 * `side`, or a household fact; any other throws.
 */
export function evaluateOver<T extends Float64Array | Uint8Array>(
	h: EvaluatedHouseholds,
	expr: Num | Bool,
	params: ParamValues,
	out: T,
	side?: EvaluatedColumns
): T {
	const columns: Record<string, ArrayLike<number>> = {};
	for (const name of columnsOf(expr)) {
		if (name === 'region') continue;
		const [prefix, rest] = name.includes(':') ? name.split(':') : ['', name];
		const from = prefix === 'baseline' ? h.baseline : prefix === 'scenario' ? h.scenario : side;
		if (evaluated.has(rest) && from) columns[name] = from.column(rest as EvaluatedName);
		else if (!prefix && facts.has(rest)) columns[name] = h.fact(rest as HouseholdFact);
		else throw new Error(`no evaluated column or household fact ${name}`);
	}
	return compileKernel(expr, params, { n: h.n, region: h.region, columns })(out);
}

/**
 * `expr` under `params` for the rows `rows` of `h` alone (one value per row given, in order): evaluateOver over those
 * households, `side` (the baseline or the scenario of `h`) read at those rows.
 */
export function evaluateAt(
	h: EvaluatedHouseholds,
	rows: Uint32Array,
	expr: Num | Bool,
	params: ParamValues,
	side?: EvaluatedColumns
): Float64Array {
	const some = householdsAt(h, rows);
	const at = side === undefined ? undefined : side === h.baseline ? some.baseline : side === h.scenario ? some.scenario : null;
	if (at === null) throw new Error('evaluateAt reads the baseline or the scenario of the households it is given');
	return evaluateOver(some, expr, params, new Float64Array(rows.length), at);
}
