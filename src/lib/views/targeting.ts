// Targeting accuracy beyond the contract's four figures: benefit incidence by consumption-per-capita decile.
import type { Row, SqlValue } from '$lib/db/db';
import { REGION_CODES, type RegionCode } from '$lib/data/regions';
import type { SimulationResult, TargetingTotals } from '$lib/sim/result';
import { quoteIdent } from '$lib/sql/quote';
import { cachedTable } from '$lib/sim/cached-table';
import type { EvaluatedColumns, EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { evaluateOver } from '$lib/sim/evaluated-kernel';
import { rowsInOrder } from '$lib/sim/row-order';
import { add, mul, num } from '$lib/rules/expr';
import type { Evaluated, FigureQuery } from '$lib/state/figures.svelte';
import { decilesSql, personDeciles } from './deciles';

/** The four targeting figures the panel shows, as keys of `totals.targeting`. */
export const TARGETING_KEYS = ['inclusion_error', 'exclusion_error', 'poorest_quintile_coverage', 'cgh'] as const;

/** One of TARGETING_KEYS. */
export type TargetingKey = (typeof TARGETING_KEYS)[number];

/**
 * Each household's consumption-per-capita decile (1 = poorest), by weighted persons: the tenth of persons it
 * starts in. Ordered like QUINTILE_SQL in sim/aggregate.ts, so deciles 1–2 are exactly its poorest quintile.
 */
export const DECILE_SQL = decilesSql(
	'(SELECT hh_id, weight, size, consumption_monthly / size AS cpc FROM hh WHERE consumption_monthly IS NOT NULL AND size > 0)',
	'cpc'
);

// Deciles move with the dataset, not with the rules: kept per row order (idRank) with the facts they were made from
// (the dataset's own arrays, evaluated-households.ts), so a scenario change reuses them.
const decileCache = new WeakMap<Uint32Array, { facts: ArrayLike<number>[]; deciles: Uint8Array }>();

/** Each row's DECILE_SQL decile (0: not ranked, no consumption or no members), computed once per dataset. */
export function consumptionDeciles(h: EvaluatedHouseholds): Uint8Array {
	const consumption = h.fact('consumption_monthly');
	const weight = h.fact('weight');
	const size = h.fact('size');
	const facts = [consumption, weight, size];
	const known = decileCache.get(h.idRank);
	if (known && known.facts.every((f, k) => f === facts[k])) return known.deciles;
	const cpc = new Float64Array(h.n);
	const keep = new Uint8Array(h.n);
	for (let i = 0; i < h.n; i++) {
		keep[i] = consumption[i] === consumption[i] && size[i] > 0 ? 1 : 0;
		cpc[i] = consumption[i] / size[i];
	}
	const deciles = personDeciles(rowsInOrder(cpc, h.idRank, keep), weight, size, h.n);
	decileCache.set(h.idRank, { facts, deciles });
	return deciles;
}

/** One decile's monthly TSA entitlement (amount + child supplement, weighted) and its share of the total. */
export interface IncidenceRow {
	decile: number;
	monthly_kzt: number;
	share: number;
}

/**
 * Monthly entitlement of `table` (an evaluation) reaching each decile of `deciles` (a table of DECILE_SQL), all
 * ten deciles (`incidenceRows` adds the shares). Bind `[region, region]` (null: the nation).
 */
export function incidenceSql(table: string, deciles: string): string {
	return `WITH e AS (
	SELECT d.decile, e.weight * (e.tsa_amount + e.child_supplement) AS paid
	FROM ${quoteIdent(table)} e JOIN ${deciles} d USING (hh_id)
	WHERE (?::VARCHAR IS NULL OR e.region = ?::VARCHAR)
), s AS (SELECT decile, sum(paid) AS paid FROM e GROUP BY decile)
SELECT g.decile::INTEGER AS decile, coalesce(s.paid, 0) AS monthly_kzt
FROM (SELECT range::INTEGER AS decile FROM range(1, 11)) g LEFT JOIN s USING (decile) ORDER BY g.decile`;
}

/** The bound values of `incidenceSql`. */
export function incidenceParams(region: RegionCode | null): SqlValue[] {
	return [region, region];
}

/** The ten deciles' monthly entitlement (decile 1 first) with each one's share of their sum (0 when nobody is entitled). */
export function incidenceShares(monthly: ArrayLike<number>): IncidenceRow[] {
	let total = 0;
	for (let d = 0; d < monthly.length; d++) total += monthly[d];
	return Array.from(monthly, (m, d) => ({ decile: d + 1, monthly_kzt: m, share: total !== 0 ? m / total : 0 }));
}

/** Rows of `incidenceSql`, with their shares. */
export function incidenceRows(rows: readonly Row[]): IncidenceRow[] {
	return incidenceShares(rows.map((r) => Number(r.monthly_kzt ?? 0)));
}

// A family's monthly entitlement, weighted (NULL when any part is): what incidenceSql sums.
const PAID = mul(num('weight'), add(num('tsa_amount'), num('child_supplement')));

/** The entitlement of `side` by consumption decile, from the households' columns, as `incidenceRows(incidenceSql(…))`. */
export function incidenceFromColumns(h: EvaluatedHouseholds, side: EvaluatedColumns, region: RegionCode | null): IncidenceRow[] {
	const deciles = consumptionDeciles(h);
	const focus = region === null ? -1 : REGION_CODES.indexOf(region);
	// Each family's weighted entitlement by the kernel (its loops read each column's own array type: a loop here read
	// the baseline's and the scenario's columns of different types, and ran about ten times slower in the page).
	const paid = evaluateOver(h, PAID, {}, new Float64Array(h.n), side);
	const monthly = new Float64Array(10);
	for (let i = 0; i < h.n; i++) {
		const d = deciles[i];
		if (d === 0 || (focus >= 0 && h.region[i] !== focus)) continue;
		const p = paid[i];
		if (p === p) monthly[d - 1] += p;
	}
	return incidenceShares(monthly);
}

/** The targeting figures of the nation or of a focused region, with their key path; null without consumption. */
export function scopedTargeting(
	result: SimulationResult | null,
	region: RegionCode | null
): { prefix: string; figures: TargetingTotals } | null {
	if (!result?.totals.targeting) return null;
	const figures = region ? result.by_region[region]?.targeting : result.totals.targeting;
	return figures ? { prefix: region ? `by_region.${region}.targeting` : 'totals.targeting', figures } : null;
}

/** What the incidence is asked for: the nation or a focused region, and whether the dataset records consumption. */
export type IncidenceInputs = { region: RegionCode | null; hasConsumption: boolean };

/** The incidence figures of the law and the scenario. */
export type IncidenceFigures = { baseline: IncidenceRow[]; scenario: IncidenceRow[] };

/** The share of the entitlement by consumption decile, law and scenario (null without consumption), in SQL or from the columns. */
export const incidenceFigures = {
	sql: async ({ db, tables }: Evaluated, { region, hasConsumption }: IncidenceInputs): Promise<IncidenceFigures | null> => {
		if (!hasConsumption) return null;
		const deciles = await cachedTable(db, 'deciles', DECILE_SQL);
		const params = incidenceParams(region);
		const side = async (table: string) => incidenceRows(await db.query(incidenceSql(table, deciles), params));
		return { baseline: await side(tables.baseline), scenario: await side(tables.scenario) };
	},
	columns: (h: EvaluatedHouseholds, { region, hasConsumption }: IncidenceInputs): IncidenceFigures | null =>
		hasConsumption
			? {
					baseline: h.baseline.figure(`incidence of ${region}`, () => incidenceFromColumns(h, h.baseline, region)),
					scenario: h.scenario.figure(`incidence of ${region}`, () => incidenceFromColumns(h, h.scenario, region))
				}
			: null
} satisfies FigureQuery<IncidenceInputs, IncidenceFigures | null>;
