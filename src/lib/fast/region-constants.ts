// Per-region figures that no fast parameter moves: dataset size, the card's funnel if no family were eligible (every
// family at its cell's rates for the others: gap.ts), local help per МРП and local help set in tenge (housing assistance).
import type { Db } from '../db/db';
import { REGION_CODES } from '../data/regions';
import { MEDIAN_COLUMN } from '../rules/tsa/poverty-line';
import { quoteIdent } from '../sql/quote';

/** What one region contributes regardless of the fast parameters (weighted unless said otherwise). */
export interface RegionConstants {
	households: number;
	persons: number;
	weighted_households: number;
	weighted_persons: number;
	/** Σ weight × ν′ (the cell's notification rate of families not eligible under the learning baseline: gap.ts). */
	other_notified: number;
	/** Σ weight × ν′ × ρ′. */
	other_applied: number;
	/** Households with some local help (the same at any positive МРП). */
	local_eligible_households: number;
	/** Σ weight × annual local help in МРП categories at МРП = 1: their cost is МРП × this. */
	local_annual_per_mrp: number;
	/** Households with some local help set in tenge (housing assistance): those with local help at МРП = 0. */
	local_eligible_households_fixed: number;
	/** Σ weight × annual local help set in tenge (housing assistance), which no fast parameter moves. */
	local_annual_fixed_kzt: number;
	/** Persons (weight × size) in the poorest quintile, among households with consumption. */
	bottom_persons: number;
	/** Median per-capita income the region's line uses (NaN when the region has none). */
	median: number;
}

/**
 * One grouped query over `hh` (with its median column), `quintiles` and the local cost: its МРП part at МРП = 1, its
 * tenge part; `rates` is the table of `takeupSql` (the card's rates by cell).
 */
export async function readRegionConstants(
	db: Db,
	hhWithMedian: string,
	quintiles: string,
	local: { perMrp: string; fixed: string },
	regionIndex: string,
	rates: string
): Promise<RegionConstants[]> {
	const rows = await db.query(`SELECT r, count(*) AS households, coalesce(sum(size), 0) AS persons,
	coalesce(sum(weight), 0) AS weighted_households, coalesce(sum(weight * size), 0) AS weighted_persons,
	coalesce(sum(weight * nu), 0) AS other_notified,
	coalesce(sum(weight * nu_rho), 0) AS other_applied,
	coalesce(sum(weight) FILTER (WHERE la > 0 OR lf > 0), 0) AS local_eligible_households,
	coalesce(sum(weight * la), 0) AS local_annual_per_mrp,
	coalesce(sum(weight) FILTER (WHERE lf > 0), 0) AS local_eligible_households_fixed,
	coalesce(sum(weight * lf), 0) AS local_annual_fixed_kzt,
	coalesce(sum(weight * size) FILTER (WHERE bottom), 0) AS bottom_persons,
	any_value(med) AS median
FROM (SELECT ${regionIndex} AS r, hh.size, hh.weight, ${local.perMrp} AS la, ${local.fixed} AS lf, qu.bottom,
		hh.${quoteIdent(MEDIAN_COLUMN)} AS med, coalesce(tu.notify_other_rate, 0.0) AS nu,
		coalesce(tu.notify_other_rate, 0.0) * coalesce(tu.response_other_rate, 0.0) AS nu_rho
	FROM ${hhWithMedian} hh LEFT JOIN ${quintiles} qu ON qu.hh_id = hh.hh_id
		LEFT JOIN ${rates} tu ON tu.region = hh.region AND tu.settlement = hh.settlement)
WHERE r IS NOT NULL GROUP BY r`);
	return REGION_CODES.map((_, i) => {
		const row = rows.find((x) => Number(x.r) === i);
		const n = (k: keyof RegionConstants): number => Number(row?.[k] ?? 0);
		return {
			households: n('households'),
			persons: n('persons'),
			weighted_households: n('weighted_households'),
			weighted_persons: n('weighted_persons'),
			other_notified: n('other_notified'),
			other_applied: n('other_applied'),
			local_eligible_households: n('local_eligible_households'),
			local_annual_per_mrp: n('local_annual_per_mrp'),
			local_eligible_households_fixed: n('local_eligible_households_fixed'),
			local_annual_fixed_kzt: n('local_annual_fixed_kzt'),
			bottom_persons: n('bottom_persons'),
			median: row?.median === null || row?.median === undefined ? Number.NaN : Number(row.median)
		};
	});
}
