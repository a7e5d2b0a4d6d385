// Each region's weighted households and persons, from the dataset's summary (what the views scale per region by).
import { REGION_CODES, type RegionCode } from '$lib/data/regions';
import type { DatasetSummary } from '$lib/data/summary';

/** Weighted households and persons of one region. */
export type RegionPopulation = { region: RegionCode; households: number; persons: number };

/** Population of all 20 regions (zero where the dataset has none), from the summary made where the data was checked. */
export function regionPopulation(summary: DatasetSummary): RegionPopulation[] {
	const byRegion = new Map(summary.regions.map((r) => [r.region, r]));
	return REGION_CODES.map((region) => {
		const r = byRegion.get(region);
		return { region, households: r?.weighted_households ?? 0, persons: r?.weighted_persons ?? 0 };
	});
}
