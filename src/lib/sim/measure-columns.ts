// The registry's measures (measures.ts) from one evaluation's columns, without SQL: each sum is Σ weight × share × term
// over the rows meeting its conditions, nationally and by region, as aggregate.ts renders it to SQL (a NULL term or
// share adds nothing, a NULL condition is false); a measure's value is `valueOf` its sums.
import { REGION_CODES } from '../data/regions';
import type { EvaluatedHouseholds, EvaluatedName } from './evaluated-columns';
import {
	measure,
	SUMS,
	valueOf,
	type Condition,
	type Expr,
	type MeasureKey,
	type Share,
	type SumName,
	type Sums,
	type Term
} from './measures';

/** The columns of one evaluation (a side of EvaluatedHouseholds, or a variant of one). */
export type RuleColumns = { column(name: EvaluatedName): ArrayLike<number> };

/** Measures by key, nationally (`total`) and in every region of REGION_CODES. */
export type MeasureValues<K extends MeasureKey> = { total: Record<K, number | null>; byRegion: Record<string, Record<K, number | null>> };

// Each term and share as the evaluated columns whose sum (term) or product (share) it is; TERMS and SHARES say the same in SQL.
const TERM_COLUMNS: Record<Term, readonly EvaluatedName[] | 'size'> = {
	households: [],
	persons: 'size',
	children: ['supplemented_children'],
	entitlement: ['tsa_amount', 'child_supplement'],
	local_cost: ['local_annual']
};
const SHARE_COLUMNS: Record<Exclude<Share, 'unclaimed'>, readonly EvaluatedName[]> = {
	all: [],
	expected: ['takeup_rate', 'compliance_factor'],
	assigned: ['takeup_rate', 'assigned_per_standing'],
	notified: ['gap_notified'],
	applied: ['gap_applied'],
	paid: ['gap_applied', 'compliance_factor']
};

/** The values of `keys` for the evaluation `c` of the households `h`; throws for a measure not made of sums. */
export function measuresFromColumns<K extends MeasureKey>(h: EvaluatedHouseholds, c: RuleColumns, keys: readonly K[]): MeasureValues<K> {
	return measuresOfSums(keys, (name) => sumFromColumns(h, c, name));
}

/**
 * The values of `keys` from their sums, `sum` giving each by region and for the nation (as sumFromColumns), asked once
 * per sum; throws for a measure not made of sums.
 */
export function measuresOfSums<K extends MeasureKey>(keys: readonly K[], sum: (name: SumName) => Float64Array): MeasureValues<K> {
	const exprs = keys.map((k) => {
		const value = measure(k).value;
		if (value === null) throw new Error(`${k} is not made of sums`);
		return value;
	});
	const names = sumsRead(keys);
	const sums = new Map(names.map((name) => [name, sum(name)]));
	const at = (slot: number): Record<K, number | null> => {
		const s = Object.fromEntries(names.map((name) => [name, sums.get(name)![slot]])) as Sums;
		return Object.fromEntries(keys.map((k, j) => [k, valueOf(exprs[j], s)])) as Record<K, number | null>;
	};
	return { total: at(REGION_CODES.length), byRegion: Object.fromEntries(REGION_CODES.map((r, k) => [r, at(k)])) };
}

/** The sums the measures `keys` are made of, each once. */
export function sumsRead(keys: readonly MeasureKey[]): SumName[] {
	return [
		...new Set(
			keys.flatMap((k) => {
				const value = measure(k).value;
				return value === null ? [] : sumsOf(value);
			})
		)
	];
}

/** The sums an expression reads. */
function sumsOf(e: Expr): SumName[] {
	if (typeof e === 'string') return [e];
	if ('scale' in e) return sumsOf(e.of);
	return ('minus' in e ? e.minus : e.ratio).flatMap(sumsOf);
}

/** The sum `name` over the evaluation `c` of `h` by region (slot k: REGION_CODES[k]) and for the nation (the last slot). */
export function sumFromColumns(h: EvaluatedHouseholds, c: RuleColumns, name: SumName): Float64Array {
	const slots = REGION_CODES.length + 1;
	const d = SUMS[name];
	const weight = h.fact('weight');
	const size = h.fact('size');
	const term = TERM_COLUMNS[d.term];
	const terms = term === 'size' ? [size] : term.map((t) => c.column(t));
	const shares = d.share === 'unclaimed' ? [] : SHARE_COLUMNS[d.share].map((t) => c.column(t));
	const unclaimed = d.share === 'unclaimed' ? c.column('gap_takeup_rate') : null;
	const flags = d.where.map((w) => conditionOf(h, c, w));
	const consumption = d.over === 'consumers' ? h.fact('consumption_monthly') : null;
	const out = new Float64Array(slots);
	const nation = slots - 1;
	rows: for (let i = 0; i < h.n; i++) {
		// The consumers: households with consumption and members (QUINTILE_SQL's rows).
		if (consumption && !(consumption[i] === consumption[i] && size[i] > 0)) continue;
		for (const f of flags) if (!f(i)) continue rows;
		let v = weight[i] * (d.annual ? 12 : 1);
		if (terms.length > 0) {
			let t = 0;
			for (const col of terms) t += col[i];
			v *= t;
		}
		for (const col of shares) v *= col[i];
		if (unclaimed) v *= 1 - unclaimed[i];
		if (v !== v) continue;
		out[nation] += v;
		if (h.region[i] < REGION_CODES.length) out[h.region[i]] += v;
	}
	return out;
}

// A row condition: an evaluated flag, or `poor` (consumption per capita below the regional ПМ, as targetingSql).
function conditionOf(h: EvaluatedHouseholds, c: RuleColumns, w: Condition): (i: number) => boolean {
	if (w === 'eligible' || w === 'local_eligible') {
		const flag = c.column(w);
		return (i) => flag[i] === 1;
	}
	if (w === 'poor') {
		const [consumption, size, pm] = [h.fact('consumption_monthly'), h.fact('size'), c.column('pm_regional')];
		return (i) => consumption[i] / size[i] < pm[i];
	}
	throw new Error(`the columns have no ${w} condition yet (the poorest quintile is SQL's and the index's)`);
}
