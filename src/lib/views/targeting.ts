// Targeting accuracy beyond the contract's four figures: benefit incidence by consumption-per-capita decile.
import type { Row, SqlValue } from '$lib/db/db';
import type { RegionCode } from '$lib/data/regions';
import type { SimulationResult, TargetingTotals } from '$lib/sim/result';
import { quoteIdent } from '$lib/sql/quote';
import { cachedTable } from '$lib/sim/cached-table';
import type { Evaluated } from '$lib/state/figures.svelte';

/** The four targeting figures the panel shows, as keys of `totals.targeting`. */
export const TARGETING_KEYS = ['inclusion_error', 'exclusion_error', 'poorest_quintile_coverage', 'cgh'] as const;

/** One of TARGETING_KEYS. */
export type TargetingKey = (typeof TARGETING_KEYS)[number];

/**
 * Each household's consumption-per-capita decile (1 = poorest), by weighted persons: the tenth of persons it
 * starts in. Ordered like QUINTILE_SQL in sim/aggregate.ts, so deciles 1–2 are exactly its poorest quintile.
 */
export const DECILE_SQL = `SELECT hh_id, least(10, 1 + floor(10 * (cum - wp) / sum(wp) OVER ()))::INTEGER AS decile
FROM (SELECT hh_id, wp, sum(wp) OVER (ORDER BY cpc, hh_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum
	FROM (SELECT hh_id, consumption_monthly / size AS cpc, weight * size AS wp FROM hh WHERE consumption_monthly IS NOT NULL AND size > 0))`;

/** One decile's monthly TSA entitlement (amount + child supplement, weighted) and its share of the total. */
export interface IncidenceRow {
	decile: number;
	monthly_kzt: number;
	share: number;
}

/**
 * Monthly entitlement of `table` (an evaluation) reaching each decile of `deciles` (a table of DECILE_SQL), all
 * ten deciles, with shares of the households that have consumption. Bind `[region, region]` (null: the nation).
 */
export function incidenceSql(table: string, deciles: string): string {
	return `WITH e AS (
	SELECT d.decile, e.weight * (e.tsa_amount + e.child_supplement) AS paid
	FROM ${quoteIdent(table)} e JOIN ${deciles} d USING (hh_id)
	WHERE (?::VARCHAR IS NULL OR e.region = ?::VARCHAR)
), s AS (SELECT decile, sum(paid) AS paid FROM e GROUP BY decile)
SELECT g.decile::INTEGER AS decile, coalesce(s.paid, 0) AS monthly_kzt,
	coalesce(s.paid, 0) / NULLIF((SELECT sum(paid) FROM e), 0) AS share
FROM (SELECT range::INTEGER AS decile FROM range(1, 11)) g LEFT JOIN s USING (decile) ORDER BY g.decile`;
}

/** The bound values of `incidenceSql`. */
export function incidenceParams(region: RegionCode | null): SqlValue[] {
	return [region, region];
}

/** Rows of `incidenceSql` (a share is 0 when nobody is entitled). */
export function incidenceRows(rows: readonly Row[]): IncidenceRow[] {
	return rows.map((r) => ({ decile: Number(r.decile), monthly_kzt: Number(r.monthly_kzt ?? 0), share: Number(r.share ?? 0) }));
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

/** Asks the evaluated tables for the share of the entitlement by consumption decile, law and scenario (null without consumption). */
export async function incidenceFigures(
	{ db, tables }: Evaluated,
	{ region, hasConsumption }: { region: RegionCode | null; hasConsumption: boolean }
): Promise<{ baseline: IncidenceRow[]; scenario: IncidenceRow[] } | null> {
	if (!hasConsumption) return null;
	const deciles = await cachedTable(db, 'deciles', DECILE_SQL);
	const params = incidenceParams(region);
	const side = async (table: string) => incidenceRows(await db.query(incidenceSql(table, deciles), params));
	return { baseline: await side(tables.baseline), scenario: await side(tables.scenario) };
}
