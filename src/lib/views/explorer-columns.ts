// The household explorer's answers from the evaluated households' columns, without SQL (a bundle has none): ids by
// prefix, one household's features row for the explainer, and the typical families. explorer.columns.test.ts holds
// each equal to its SQL in explorer.ts.
import { REGION_CODES } from '$lib/data/regions';
import { columnSpec } from '$lib/data/schema';
import { columnsOf, compileKernel } from '$lib/fast/column-kernel';
import { neededColumns } from '$lib/fast/household-columns';
import type { Bool } from '$lib/rules/expr';
import type { ParamValue } from '$lib/rules/parameter';
import type { EvaluatedHouseholds, EvaluatedName } from '$lib/sim/evaluated-columns';

const NONE = 255;

const rowsByRank = new WeakMap<Uint32Array, Uint32Array>();

/** The row of each hh_id rank (the inverse of `idRank`), made once per evaluated rows. */
function rowOfRank(h: EvaluatedHouseholds): Uint32Array {
	let rows = rowsByRank.get(h.idRank);
	if (!rows) {
		rows = new Uint32Array(h.n);
		for (let i = 0; i < h.n; i++) rows[h.idRank[i]] = i;
		rowsByRank.set(h.idRank, rows);
	}
	return rows;
}

/** The row of household `hhId`, or −1 when there is none. */
export function rowOfId(h: EvaluatedHouseholds, hhId: string): number {
	const rank = h.ids.rankOf(hhId);
	return rank < 0 ? -1 : rowOfRank(h)[rank];
}

/** Up to `limit` ids starting with `prefix`, in hh_id order, of households in `region` (or any): as ID_SEARCH_SQL. */
export function idsFromColumns(h: EvaluatedHouseholds, prefix: string, region: string | null, limit: number): string[] {
	const { from, to } = h.ids.withPrefix(prefix);
	const code = region === null ? -1 : REGION_CODES.indexOf(region as (typeof REGION_CODES)[number]);
	const rows = region === null ? null : rowOfRank(h);
	const out: string[] = [];
	for (let r = from; r < to && out.length < limit; r++) if (!rows || h.region[rows[r]] === code) out.push(h.ids.at(r));
	return out;
}

/** The `hh` row of `row` as the explainer reads it: every feature a rule reads (NaN as NULL, the contract's flags as booleans). */
export function featureRow(h: EvaluatedHouseholds, row: number): Record<string, ParamValue> {
	const out: Record<string, ParamValue> = {
		hh_id: h.ids.at(h.idRank[row]),
		region: h.region[row] === NONE ? null : REGION_CODES[h.region[row]],
		settlement: h.settlement[row] === NONE ? null : h.settlements[h.settlement[row]]
	};
	for (const name of neededColumns()) {
		const values = h.feature(name);
		if (!values) continue;
		const v = values[row];
		out[name] = v !== v ? null : FLAGS.has(name) ? v === 1 : v;
	}
	return out;
}

const FLAGS: ReadonlySet<string> = new Set(neededColumns().filter((name) => columnSpec('households', name)?.type === 'boolean'));

/** The rows where `condition` (over plain features and BASELINE / SCENARIO columns) is true, as 1 / 0 bytes. */
export function rowsWhere(h: EvaluatedHouseholds, condition: Bool): Uint8Array {
	const columns: Record<string, ArrayLike<number>> = {};
	for (const name of columnsOf(condition)) {
		if (name === 'region') continue;
		const [side, rest] = name.includes(':') ? name.split(':') : ['', name];
		const values =
			side === 'baseline'
				? h.baseline.column(rest as EvaluatedName)
				: side === 'scenario'
					? h.scenario.column(rest as EvaluatedName)
					: h.feature(name);
		if (!values) throw new Error(`the household columns have no ${name}`);
		columns[name] = values;
	}
	return compileKernel(condition, {}, { n: h.n, region: h.region, columns })(new Uint8Array(h.n));
}

/**
 * Among the rows where `hit` is 1 (in `region` and `settlement` when given), the one whose baseline per-capita income
 * is closest to their median (unknown incomes last, ties by hh_id), and how many there are: as presetSql.
 */
export function closestToMedian(
	h: EvaluatedHouseholds,
	hit: Uint8Array,
	region: string | null,
	settlement: string | null
): { id: string; matches: number } | null {
	const regionCode = region === null ? -1 : REGION_CODES.indexOf(region as (typeof REGION_CODES)[number]);
	const settlementCode = settlement === null ? -1 : h.settlements.indexOf(settlement);
	const pc = h.baseline.column('pc_income');
	const rows: number[] = [];
	for (let i = 0; i < h.n; i++)
		if (hit[i] === 1 && (region === null || h.region[i] === regionCode) && (settlement === null || h.settlement[i] === settlementCode))
			rows.push(i);
	if (rows.length === 0) return null;
	const med = median(rows.map((i) => pc[i]).filter((v) => v === v));
	let best = -1;
	let bestGap = Number.NaN;
	for (const i of rows) {
		const gap = Math.abs(pc[i] - med);
		const better =
			best < 0 ||
			(gap === gap && (bestGap !== bestGap || gap < bestGap)) ||
			((gap === bestGap || (gap !== gap && bestGap !== bestGap)) && h.idRank[i] < h.idRank[best]);
		if (better) [best, bestGap] = [i, gap];
	}
	return { id: h.ids.at(h.idRank[best]), matches: rows.length };
}

/** DuckDB's `median` of doubles: the middle value, or the two middle ones interpolated as its quantile_cont does; NaN of none. */
function median(values: number[]): number {
	if (values.length === 0) return Number.NaN;
	values.sort((a, b) => a - b);
	const at = (values.length - 1) / 2;
	const [lo, hi] = [values[Math.floor(at)], values[Math.ceil(at)]];
	return lo + (hi - lo) * (at - Math.floor(at));
}
