// The dataset's median per-capita income a typed family's line reads (tsa.poverty_line.median_source = dataset), from
// the evaluated households' columns instead of SQL's medianSql: the calculator then needs no engine on a bundle.
import { REGION_CODES } from '$lib/data/regions';
import { columnsOf, compileKernel } from '$lib/fast/column-kernel';
import type { ParamValues } from '$lib/rules/parameter';
import { perCapitaIncome } from '$lib/rules/tsa/counted-income';
import { medianIsNational, medianIsOfficial } from '$lib/rules/tsa/poverty-line';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import type { HouseholdIds } from '$lib/sim/household-ids';
import { MEDIAN_HALF_MARGIN } from '$lib/sim/median';

const NATIONAL = 255;

// The medians of the last parameters asked, per dataset (its ids): a family typed again reads them at once.
const kept = new WeakMap<HouseholdIds, { key: string; medians: Float64Array }>();

/**
 * The median `params`' line reads for `region` when its source is the dataset (as `datasetMedianFor` in SQL: the
 * persons-weighted median of per-capita income, nationally or in the region); null when official or none.
 */
export function datasetMedianFromColumns(h: EvaluatedHouseholds, params: ParamValues, region: string): number | null {
	if (medianIsOfficial(params)) return null;
	const key = JSON.stringify(params);
	let entry = kept.get(h.ids);
	if (entry?.key !== key) kept.set(h.ids, (entry = { key, medians: medians(h, params) }));
	const v = entry.medians[medianIsNational(params) ? NATIONAL : REGION_CODES.indexOf(region as (typeof REGION_CODES)[number])];
	return v === undefined || v !== v ? null : v;
}

/** Each region's median by its code (the nation's at 255 when the median is national), NaN where none. */
function medians(h: EvaluatedHouseholds, params: ParamValues): Float64Array {
	const columns: Record<string, ArrayLike<number>> = {};
	for (const name of columnsOf(perCapitaIncome.expr)) {
		if (name === 'region') continue;
		const values = h.feature(name);
		if (!values) throw new Error(`the household columns have no ${name}`);
		columns[name] = values;
	}
	const pc = compileKernel(perCapitaIncome.expr, params, { n: h.n, region: h.region, columns })(new Float64Array(h.n));
	const [weight, size] = [h.fact('weight'), h.fact('size')];
	const national = medianIsNational(params);
	const group = (i: number) => (national ? NATIONAL : h.region[i]);
	// SQL: over households with size > 0, half of Σ weight × size (every one), reached in order of per-capita income.
	const half = new Float64Array(256);
	const rows: number[] = [];
	for (let i = 0; i < h.n; i++) {
		if (!(size[i] > 0)) continue;
		const w = weight[i] * size[i];
		if (w === w) half[group(i)] += w / 2;
		if (pc[i] === pc[i]) rows.push(i);
	}
	rows.sort((a, b) => pc[a] - pc[b]);
	const out = new Float64Array(256).fill(Number.NaN);
	const cum = new Float64Array(256);
	for (const i of rows) {
		const g = group(i);
		const w = weight[i] * size[i];
		if (w === w) cum[g] += w;
		if (out[g] !== out[g] && cum[g] >= half[g] * (1 - MEDIAN_HALF_MARGIN)) out[g] = pc[i];
	}
	return out;
}
