import type { QueryCoordinator } from '$lib/db/coordinator';
import { REGION_CODES, type RegionCode } from '$lib/data/regions';

/** Weighted households and persons of one region. */
export type RegionPopulation = { region: RegionCode; households: number; persons: number };

/** Weighted households and persons of each region, from the loaded `households` and `persons` tables. */
export const REGION_POPULATION_SQL = `
	SELECT h.region,
	       sum(h.weight) AS households,
	       sum(h.weight * p.members) AS persons
	FROM households h
	JOIN (SELECT hh_id, count(*) AS members FROM persons GROUP BY hh_id) p USING (hh_id)
	GROUP BY h.region
	ORDER BY h.region`;

/** Population of all 20 regions (zero where the dataset has none); null when a newer request superseded it. */
export async function queryRegionPopulation(c: QueryCoordinator): Promise<RegionPopulation[] | null> {
	const rows = await c.request('region-population', REGION_POPULATION_SQL);
	if (!rows) return null;
	const byRegion = new Map(rows.map((r) => [String(r.region), r]));
	return REGION_CODES.map((region) => {
		const r = byRegion.get(region);
		return { region, households: Number(r?.households ?? 0), persons: Number(r?.persons ?? 0) };
	});
}
