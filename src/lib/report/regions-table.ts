// The report's regions table: registry measures (sim/measures.ts) by region and for the nation, law beside scenario.
// Its headers, its CSV columns and their labels all come from the registry, so a figure is named in one place.
import { REGION_CODES, type RegionCode } from '$lib/data/regions';
import type { CsvValue } from '$lib/charts/download';
import type { Translate } from '$lib/charts/export-context';
import type { MessageKey } from '$lib/i18n/messages';
import { measure } from '$lib/sim/measures';
import type { SimulationResult, Totals } from '$lib/sim/result';
import { measureOf, type Measure } from './measures';

/** The measures the regions table shows, in order (each with a label: regions-table.test). */
export const REGION_TABLE = [
	'tsa.eligible_households',
	'tsa.expected_annual_cost_kzt',
	'local.annual_cost_kzt'
] as const satisfies readonly Measure[];
/** A measure of the regions table. */
export type RegionTableMeasure = (typeof REGION_TABLE)[number];

/** The catalogue key of a table measure's label, the registry's. */
export function labelOf(key: RegionTableMeasure): MessageKey {
	const label = measure(key).label;
	if (label === null) throw new Error(`the registry gives ${key} no label`);
	return label;
}

/** One row of the table: a region (or `total`, the nation) with its law's and its scenario's totals. */
export type RegionTableRow = { key: RegionCode | 'total'; baseline: Totals; scenario: Totals };

/** The table's rows: the 20 regions in REGION_CODES order, then the nation. */
export function regionTableRows(baseline: SimulationResult, scenario: SimulationResult): RegionTableRow[] {
	return [
		...REGION_CODES.map((key) => ({ key, baseline: baseline.by_region[key], scenario: scenario.by_region[key] })),
		{ key: 'total' as const, baseline: baseline.totals, scenario: scenario.totals }
	];
}

/**
 * The table as CSV: `region` (a code or `total`), `region_name`, then for each measure `baseline_<csv>` and
 * `scenario_<csv>`, `<csv>` its registry column (the contract key with `_`), labelled by its registry label and the side.
 */
export function regionTableCsv(
	rows: readonly RegionTableRow[],
	t: Translate,
	name: (key: RegionTableRow['key']) => string
): { columns: string[]; rows: CsvValue[][]; labels: (string | undefined)[] } {
	const sides = [
		['baseline', t('figures.law')],
		['scenario', t('chart.scenario')]
	] as const;
	return {
		columns: ['region', 'region_name', ...REGION_TABLE.flatMap((k) => sides.map(([side]) => `${side}_${measure(k).csv}`))],
		labels: [undefined, undefined, ...REGION_TABLE.flatMap((k) => sides.map(([, label]) => `${t(labelOf(k))}: ${label}`))],
		rows: rows.map((r) => [r.key, name(r.key), ...REGION_TABLE.flatMap((k) => sides.map(([side]) => measureOf(r[side], k)))])
	};
}
