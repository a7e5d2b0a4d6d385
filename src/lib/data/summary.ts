import type { Table } from 'apache-arrow';
import { COLUMNS, type TableName } from './schema';

/** What a loaded dataset holds; counts are records, `weighted_*` are population totals. */
export interface DatasetSummary {
	households: number;
	persons: number;
	weighted_households: number;
	weighted_persons: number;
	/** Regions present, sorted by code. */
	regions: { region: string; households: number; weighted_households: number; weighted_persons: number }[];
	/** Optional columns with no value at all, and what that switches off. */
	missing_optional: { table: TableName; column: string; switches_off: string }[];
	/** Columns outside the contract, kept but unused. */
	extra_columns: { table: TableName; column: string }[];
}

/** Summarises the two Arrow tables of a dataset (as built by `toArrowTable`). */
export function summarizeDataset(tables: { households: Table; persons: Table }): DatasetSummary {
	const { households, persons } = tables;
	const ids = households.getChild('hh_id')!;
	const weights = households.getChild('weight')!;
	const regions = households.getChild('region')!;
	type RegionEntry = { households: number; weighted_households: number; weighted_persons: number };
	const householdOf = new Map<string, { w: number; entry: RegionEntry }>();
	const byRegion = new Map<string, RegionEntry>();
	let weightedHouseholds = 0;
	for (let i = 0; i < households.numRows; i++) {
		const w = Number(weights.get(i) ?? 0);
		weightedHouseholds += w;
		const r = String(regions.get(i));
		const entry = byRegion.get(r) ?? { households: 0, weighted_households: 0, weighted_persons: 0 };
		entry.households++;
		entry.weighted_households += w;
		byRegion.set(r, entry);
		householdOf.set(String(ids.get(i)), { w, entry });
	}
	const personHh = persons.getChild('hh_id')!;
	let weightedPersons = 0;
	for (let i = 0; i < persons.numRows; i++) {
		const h = householdOf.get(String(personHh.get(i)));
		if (!h) continue;
		weightedPersons += h.w;
		h.entry.weighted_persons += h.w;
	}
	const missing: DatasetSummary['missing_optional'] = [];
	const extra: DatasetSummary['extra_columns'] = [];
	for (const [table, t] of [
		['households', households],
		['persons', persons]
	] as const) {
		for (const spec of COLUMNS[table]) {
			const col = t.getChild(spec.name);
			if (!spec.required && (!col || col.nullCount === t.numRows))
				missing.push({ table, column: spec.name, switches_off: spec.switchesOff ?? '' });
		}
		for (const f of t.schema.fields) if (!COLUMNS[table].some((c) => c.name === f.name)) extra.push({ table, column: f.name });
	}
	return {
		households: households.numRows,
		persons: persons.numRows,
		weighted_households: weightedHouseholds,
		weighted_persons: weightedPersons,
		regions: [...byRegion].sort(([a], [b]) => a.localeCompare(b)).map(([region, v]) => ({ region, ...v })),
		missing_optional: missing,
		extra_columns: extra
	};
}
