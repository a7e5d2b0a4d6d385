// `impactSql`'s figures (impact.ts) from an evaluation's columns: poverty headcount, gap and age groups before and
// after assistance in one pass, and the Gini coefficient from the households in order of income (a radix sort).
import { REGION_CODES } from '../data/regions';
import type { ParamValues } from '../rules/parameter';
import { readsSameParams } from '../fast/expr-fold';
import type { Num } from '../rules/expr';
import type { EvaluatedColumns, EvaluatedHouseholds } from './evaluated-columns';
import { rowsWhereDiffer } from './household-subset';
import { evaluateAt, evaluatedRead, evaluateOver } from './evaluated-kernel';
import { INCOME_AFTER, INCOME_BEFORE } from './impact';
import type { ImpactTotals } from './result';
import { rowsInOrder, rowsReordered } from './row-order';

/** One evaluation's incomes per capita before (`x0`) and after (`x1`) assistance; `keep`: members and a weight. */
export interface ImpactIncomes {
	keep: Uint8Array;
	x0: Float64Array;
	x1: Float64Array;
}

/** The law's incomes, an evaluation's baseline: under the same parameters a scenario's are derived from them. */
export interface LawIncomes {
	incomes: ImpactIncomes;
	side: EvaluatedColumns;
	params: ParamValues;
}

/**
 * INCOME_BEFORE and INCOME_AFTER of every household under `params`, and which households the impact counts. With
 * `law`, each income whose parameters read the same is derived from the law's: the same x0 (it reads no rule), and x1
 * evaluated again only for the families whose assistance differs (a slider's step moves a few per cent of them).
 */
export function impactIncomes(h: EvaluatedHouseholds, side: EvaluatedColumns, params: ParamValues, law?: LawIncomes): ImpactIncomes {
	const weight = h.fact('weight');
	const size = h.fact('size');
	let keep = law?.incomes.keep;
	if (!keep) {
		keep = new Uint8Array(h.n);
		for (let i = 0; i < h.n; i++) keep[i] = +(size[i] > 0 && weight[i] > 0);
	}
	const same = (expr: Num) => law !== undefined && readsSameParams(expr, law.params, params);
	return {
		keep,
		x0: same(INCOME_BEFORE) ? law!.incomes.x0 : evaluateOver(h, INCOME_BEFORE, params, new Float64Array(h.n), side),
		x1: same(INCOME_AFTER) ? afterWhereChanged(h, side, params, law!) : evaluateOver(h, INCOME_AFTER, params, new Float64Array(h.n), side)
	};
}

// The evaluated columns INCOME_AFTER reads beside the household facts.
const AFTER_READS = evaluatedRead(INCOME_AFTER);

/** INCOME_AFTER of `side` (under parameters it reads as the law's): the law's x1 but where a column it reads differs. */
function afterWhereChanged(h: EvaluatedHouseholds, side: EvaluatedColumns, params: ParamValues, law: LawIncomes): Float64Array {
	const rows = rowsWhereDiffer(h.n, law.side, side, AFTER_READS);
	const x1 = law.incomes.x1.slice();
	if (rows.length === 0) return x1;
	const values = evaluateAt(h, rows, INCOME_AFTER, params, side);
	for (let k = 0; k < rows.length; k++) x1[rows[k]] = values[k];
	return x1;
}

// Sums per group (the 20 regions, then the nation), FIELDS.length each.
const FIELDS = ['poor0', 'poor1', 'gap0', 'gap1', 'children0', 'children1', 'working0', 'working1', 'pension0', 'pension1'] as const;
const NATION = REGION_CODES.length;

/** Impact totals nationally (`total`) and of each region. */
export type ImpactByRegion = { total: ImpactTotals; byRegion: Record<string, ImpactTotals> };

/**
 * `impactSql`'s figures of one evaluation from its columns: national (`total`) and each region's. `order0` and
 * `order1` (the kept rows in order of x0 and of x1, see rowsInOrder) are computed when not given; `sameBefore`, the
 * figures of an evaluation with the same x0, gives the Gini before assistance.
 */
export function impactFromColumns(
	h: EvaluatedHouseholds,
	side: EvaluatedColumns,
	incomes: ImpactIncomes,
	order0 = rowsInOrder(incomes.x0, h.idRank, incomes.keep),
	order1 = rowsReordered(order0, incomes.x0, incomes.x1, h.idRank),
	sameBefore?: ImpactByRegion
): ImpactByRegion {
	const { keep, x0, x1 } = incomes;
	const weight = h.fact('weight');
	const size = h.fact('size');
	const children = h.fact('children_under_18');
	const pensioners = h.fact('pensioners');
	const pm = side.column('pm_regional');
	const groups = NATION + 1;
	const sums = new Float64Array(groups * FIELDS.length);
	const persons = new Float64Array(groups);
	const add = (g: number, f: number, v: number) => {
		if (v === v) {
			sums[g * FIELDS.length + f] += v;
			if (g !== NATION) sums[NATION * FIELDS.length + f] += v;
		}
	};
	for (let i = 0; i < h.n; i++) {
		if (!keep[i]) continue;
		const w = weight[i];
		const wp = w * size[i];
		const r = h.region[i] < NATION ? h.region[i] : NATION; // a household without a region counts in the nation only
		persons[NATION] += wp;
		if (r !== NATION) persons[r] += wp;
		const line = pm[i];
		const wc = w * children[i];
		const ww = w * (size[i] - children[i] - pensioners[i]);
		const wpen = w * pensioners[i];
		if (x0[i] < line) {
			add(r, 0, wp);
			add(r, 2, wp * (line - x0[i]));
			add(r, 4, wc);
			add(r, 6, ww);
			add(r, 8, wpen);
		}
		if (x1[i] < line) {
			add(r, 1, wp);
			add(r, 3, wp * (line - x1[i]));
			add(r, 5, wc);
			add(r, 7, ww);
			add(r, 9, wpen);
		}
	}
	const gini0 = sameBefore
		? [...REGION_CODES.map((code) => sameBefore.byRegion[code].gini_before), sameBefore.total.gini_before]
		: ginis(h, x0, order0, persons);
	const gini1 = ginis(h, x1, order1, persons);
	const totals = (g: number): ImpactTotals => {
		const s = (f: number) => sums[g * FIELDS.length + f];
		return {
			poor_persons_before: s(0),
			poor_persons_after: s(1),
			poverty_gap_before_kzt: s(2),
			poverty_gap_after_kzt: s(3),
			gini_before: gini0[g],
			gini_after: gini1[g],
			poor_by_age: {
				children: { before: s(4), after: s(5) },
				working_age: { before: s(6), after: s(7) },
				pension_age: { before: s(8), after: s(9) }
			}
		};
	};
	return { total: totals(NATION), byRegion: Object.fromEntries(REGION_CODES.map((code, g) => [code, totals(g)])) };
}

/**
 * The Gini of `x` over weighted persons per region and nationally, as impactSql: Σᵢ wᵢxᵢ(2 Bᵢ + wᵢ − W) / (W Σ wᵢxᵢ)
 * with Bᵢ the weight before i in `order` (x, then hh_id); null where nobody has an income or it sums to 0.
 */
function ginis(h: EvaluatedHouseholds, x: Float64Array, order: Uint32Array, persons: Float64Array): (number | null)[] {
	const weight = h.fact('weight');
	const size = h.fact('size');
	const groups = NATION + 1;
	const before = new Float64Array(groups);
	const top = new Float64Array(groups);
	const mass = new Float64Array(groups);
	const valued = new Uint8Array(groups);
	const step = (g: number, wp: number, xi: number) => {
		if (xi === xi) {
			const wx = wp * xi;
			top[g] += wx * (2 * before[g] + wp - persons[g]);
			mass[g] += wx;
			valued[g] = 1;
		}
		before[g] += wp;
	};
	for (let j = 0; j < order.length; j++) {
		const i = order[j];
		const wp = weight[i] * size[i];
		step(NATION, wp, x[i]);
		if (h.region[i] < NATION) step(h.region[i], wp, x[i]);
	}
	return Array.from({ length: groups }, (_, g) => {
		const d = persons[g] * mass[g];
		return valued[g] && d !== 0 ? top[g] / d : null;
	});
}
