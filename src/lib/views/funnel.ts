// The notified → applied funnel: weighted households at each stage, baseline and scenario, by region and in total.
import type { Db, Row } from '$lib/db/db';
import { REGION_CODES, type RegionCode } from '$lib/data/regions';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import type { FigureQuery } from '$lib/state/figures.svelte';
import type { FactColumns } from '$lib/sim/evaluated-columns';
import type { Totals } from '$lib/sim/result';
import { gapCountsKnown, gapDataOf, queryGapData, type GapData } from '$lib/sim/gap';
import { quoteIdent } from '$lib/sql/quote';
import { SHARES } from '$lib/sim/measures';

/**
 * Funnel stages, each nested in the one before: eligible ⊇ notified ⊇ applied ⊇ paid (weighted households), projected
 * from the card's learnt rates (src/lib/sim/gap.ts): notified Σ ν, applied Σ ν × ρ, paid Σ ν × ρ × the social-contract
 * share, over the families each rulebook makes eligible.
 */
export const FUNNEL_STAGES = ['eligible', 'notified', 'applied', 'paid'] as const;
/** One funnel stage. */
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Eligible households of one rulebook at each nested stage, plus the eligible nobody notified. */
export type FunnelCounts = Record<FunnelStage, number> & { not_notified: number };

/** What the data itself records for every family, whatever the rules (notified, applied, both but not applied, paid). */
export type ObservedCounts = { notified: number; applied: number; gap: number; paid: number };

/** What the data records per area: the nation (`total`) and each region. */
export type ObservedFunnel = { total: ObservedCounts; byRegion: Record<RegionCode, ObservedCounts> };

/** The funnel of one area (a region, or the nation when `region` is null). */
export type FunnelRow = { region: RegionCode | null; baseline: FunnelCounts; scenario: FunnelCounts; observed: ObservedCounts };

/** The funnel for the nation and for each of the 20 regions (zero where the dataset has none). */
export type Funnel = { total: FunnelRow; byRegion: Record<RegionCode, FunnelRow> };

// The stages are projected like the contract's gap (gap.ts), so they move with the rules; what the data itself records
// (every family, whatever the rules) is the `observed` part. An eligible family's notified and applied shares are the
// registry's (measures.ts SHARES), read by `sideRows`; paid is applied × the social-contract share.
function stages(side: 'b' | 's'): string {
	const e = `${side}.eligible`;
	const notified = `${side}.weight * ${side}.notified_share`;
	const applied = `${side}.weight * ${side}.applied_share`;
	return [
		`coalesce(sum(${side}.weight) FILTER (WHERE ${e}), 0) AS ${side}_eligible`,
		`coalesce(sum(${notified}) FILTER (WHERE ${e}), 0) AS ${side}_notified`,
		`coalesce(sum(${side}.weight * (1 - ${side}.notified_share)) FILTER (WHERE ${e}), 0) AS ${side}_not_notified`,
		`coalesce(sum(${applied}) FILTER (WHERE ${e}), 0) AS ${side}_applied`,
		`coalesce(sum(${applied} * ${side}.compliance_factor) FILTER (WHERE ${e}), 0) AS ${side}_paid`
	].join(',\n\t');
}

/** One evaluation table's rows as the stages read them: the registry's notified and applied shares beside the facts. */
function sideRows(table: string): string {
	return `(SELECT hh_id, region, weight, eligible, compliance_factor, ${SHARES.notified} AS notified_share, ${SHARES.applied} AS applied_share
	FROM ${quoteIdent(table)})`;
}

// What the data records, whatever the rules: `h` is the `hh` table, `s` an evaluation (its region and weight).
const OBSERVED_SQL = `coalesce(sum(s.weight) FILTER (WHERE h.notified), 0) AS o_notified,
	coalesce(sum(s.weight) FILTER (WHERE h.applied), 0) AS o_applied,
	coalesce(sum(s.weight) FILTER (WHERE h.notified AND NOT h.applied), 0) AS o_gap,
	coalesce(sum(s.weight) FILTER (WHERE h.tsa_paid_monthly > 0), 0) AS o_paid`;

/** One query: funnel counts for GROUPING SETS ((region), ()) over two evaluation tables joined with `hh`. */
export function funnelSql(baseline: string = EVAL_TABLES.baseline, scenario: string = EVAL_TABLES.scenario): string {
	return `SELECT s.region, grouping(s.region) AS is_total,
	${stages('b')},
	${stages('s')},
	${OBSERVED_SQL}
FROM ${sideRows(scenario)} s JOIN ${sideRows(baseline)} b USING (hh_id) JOIN hh h USING (hh_id)
GROUP BY GROUPING SETS ((s.region), ())`;
}

/** One query: what the data records (the `observed` part of `funnelSql`) for GROUPING SETS ((region), ()). */
export function observedSql(evaluation: string = EVAL_TABLES.scenario): string {
	return `SELECT s.region, grouping(s.region) AS is_total,
	${OBSERVED_SQL}
FROM (SELECT hh_id, region, weight FROM ${quoteIdent(evaluation)}) s JOIN hh h USING (hh_id)
GROUP BY GROUPING SETS ((s.region), ())`;
}

function counts(r: Row | undefined, side: 'b' | 's'): FunnelCounts {
	const n = (k: string) => Number(r?.[`${side}_${k}`] ?? 0);
	return { eligible: n('eligible'), notified: n('notified'), not_notified: n('not_notified'), applied: n('applied'), paid: n('paid') };
}

function observedOf(r: Row | undefined): ObservedCounts {
	const o = (k: string) => Number(r?.[`o_${k}`] ?? 0);
	return { notified: o('notified'), applied: o('applied'), gap: o('gap'), paid: o('paid') };
}

/** The nation's row and each region's, read from GROUPING SETS ((region), ()) rows (zero where a region has none). */
function byArea<T>(rows: Row[], read: (region: RegionCode | null, r: Row | undefined) => T): { total: T; byRegion: Record<RegionCode, T> } {
	const total = read(
		null,
		rows.find((r) => Number(r.is_total) === 1)
	);
	return {
		total,
		byRegion: mapRegions((code) =>
			read(
				code,
				rows.find((r) => Number(r.is_total) === 0 && r.region === code)
			)
		)
	};
}

/** Turns the rows of `funnelSql` into the nation's funnel and each region's. */
export function funnelFromRows(rows: Row[]): Funnel {
	return byArea(rows, (region, r) => ({ region, baseline: counts(r, 'b'), scenario: counts(r, 's'), observed: observedOf(r) }));
}

/** Turns the rows of `observedSql` (or `funnelSql`) into what the data records per area. */
export function observedFromRows(rows: Row[]): ObservedFunnel {
	return byArea(rows, (_, r) => observedOf(r));
}

/** The totals of one rulebook, nationally and by region, as every engine gives them (a `SimulationResult`). */
export type AreaTotals = { totals: Totals; by_region: Record<string, Totals> };

/** One rulebook's stages in `region` (null: the nation) from its totals: eligible is TSA's, the rest the `funnel` family. */
export function funnelStages(totals: AreaTotals, region: RegionCode | null): FunnelCounts {
	const t: Totals | undefined = region ? totals.by_region[region] : totals.totals;
	const eligible = t?.tsa.eligible_households ?? 0;
	const notified = t?.funnel.notified_households ?? 0;
	const applied = t?.funnel.applied_households ?? 0;
	return { eligible, notified, not_notified: eligible - notified, applied, paid: t?.funnel.paid_households ?? 0 };
}

/**
 * The funnel from the totals of the two rulebooks (SQL, the prefix index or the column kernel give the same; no pass
 * over the households) and what the data records: the figures of `funnelSql`.
 */
export function funnelFromTotals(baseline: AreaTotals, scenario: AreaTotals, observed: ObservedFunnel): Funnel {
	const row = (region: RegionCode | null): FunnelRow => ({
		region,
		baseline: funnelStages(baseline, region),
		scenario: funnelStages(scenario, region),
		observed: region ? observed.byRegion[region] : observed.total
	});
	return { total: row(null), byRegion: mapRegions(row) };
}

function mapRegions<T>(of: (region: RegionCode) => T): Record<RegionCode, T> {
	return Object.fromEntries(REGION_CODES.map((r) => [r, of(r)])) as Record<RegionCode, T>;
}

/**
 * What the dataset itself records, so that a view says "not in this dataset" instead of 0: `counts` (some household
 * has an `applied` value and some is `notified`: the card's stages and the observed notified / applied / gap) and
 * `paid` (some household has a `tsa_paid_monthly` value).
 */
export type ObservedColumns = { counts: boolean; paid: boolean };

/** Which observed columns a dataset fills, from what it can tell about the card and whether it records payments. */
export function observedFrom(gap: GapData, paid: boolean): ObservedColumns {
	return { counts: gapCountsKnown(gap), paid };
}

/** Reads from the installed `households` table (and `hh`, there after an evaluation) which observed columns it fills. */
export async function observedColumns(db: Db): Promise<ObservedColumns> {
	const present = await db.query("SELECT 1 FROM duckdb_columns() WHERE table_name = 'households' AND column_name = 'tsa_paid_monthly'");
	const paid = present.length > 0 && Number((await db.query('SELECT count(tsa_paid_monthly) AS n FROM households'))[0]?.n ?? 0) > 0;
	return observedFrom(await queryGapData(db), paid);
}

// Sums per area: slots 0–19 the regions of REGION_CODES, slot 20 households with none; the total adds all 21.
const SLOTS = REGION_CODES.length + 1;

/** The slot of a region code: itself, or SLOTS − 1 for none. */
function slotOf(region: number): number {
	return region < REGION_CODES.length ? region : REGION_CODES.length;
}

/** Adds `x` to `sums[at]` unless it is NaN (SQL's sum skips NULL). */
function add(sums: Float64Array, at: number, x: number): void {
	if (x === x) sums[at] += x;
}

/** The observed sums per slot (notified, applied, gap, paid × SLOTS): what the data records, whatever the rules. */
function observedSums(h: FactColumns): Float64Array {
	const sums = new Float64Array(4 * SLOTS);
	const weight = h.fact('weight');
	const notified = h.fact('notified');
	const applied = h.fact('applied');
	const paid = h.fact('tsa_paid_monthly');
	for (let i = 0; i < h.n; i++) {
		const at = slotOf(h.region[i]);
		const w = weight[i];
		if (notified[i] === 1) add(sums, at, w);
		if (applied[i] === 1) add(sums, SLOTS + at, w);
		if (notified[i] === 1 && applied[i] !== 1) add(sums, 2 * SLOTS + at, w);
		if (paid[i] > 0) add(sums, 3 * SLOTS + at, w);
	}
	return sums;
}

/** What the data records per area, from the household facts in memory: the figures of `observedSql`. */
export function observedFromFacts(h: FactColumns): ObservedFunnel {
	const o = observedSums(h);
	const at = (slot: number | null): ObservedCounts => {
		const pick = (k: number) => {
			if (slot !== null) return o[k * SLOTS + slot];
			let total = 0;
			for (let j = 0; j < SLOTS; j++) total += o[k * SLOTS + j];
			return total;
		};
		return { notified: pick(0), applied: pick(1), gap: pick(2), paid: pick(3) };
	};
	return { total: at(null), byRegion: mapRegions((r) => at(REGION_CODES.indexOf(r))) };
}

/** The funnel view's figures beside the totals: what the data records per area, and which of it the dataset fills. */
export type ObservedFigures = { byArea: ObservedFunnel; columns: ObservedColumns };

/** `ObservedFigures` from the household facts in memory (no rules: once per dataset). */
export function observedFiguresOf(h: FactColumns): ObservedFigures {
	return { byArea: observedFromFacts(h), columns: observedFrom(gapDataOf(h), h.present.has('tsa_paid_monthly')) };
}

/**
 * `ObservedFigures` from the evaluated tables in SQL or from the evaluated households' columns; null when not `needed`
 * (the live simulation's household facts answered).
 */
export const observedFigures = {
	sql: async ({ db, tables }, needed) =>
		needed ? { byArea: observedFromRows(await db.query(observedSql(tables.scenario))), columns: await observedColumns(db) } : null,
	columns: (households, needed) => (needed ? observedFiguresOf(households) : null)
} satisfies FigureQuery<boolean, ObservedFigures | null>;
