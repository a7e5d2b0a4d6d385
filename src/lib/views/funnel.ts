// The notified → applied funnel: weighted households at each stage, baseline and scenario, by region and in total.
import type { Db, Row } from '$lib/db/db';
import { REGION_CODES, type RegionCode } from '$lib/data/regions';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import type { Evaluated } from '$lib/state/figures.svelte';
import { gapCountsKnown, queryGapData } from '$lib/sim/gap';
import { quoteIdent } from '$lib/sql/quote';

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

/** The funnel of one area (a region, or the nation when `region` is null). */
export type FunnelRow = { region: RegionCode | null; baseline: FunnelCounts; scenario: FunnelCounts; observed: ObservedCounts };

/** The funnel for the nation and for each of the 20 regions (zero where the dataset has none). */
export type Funnel = { total: FunnelRow; byRegion: Record<RegionCode, FunnelRow> };

// The stages are projected like the contract's gap (gap.ts), so they move with the rules; what the data itself records
// (every family, whatever the rules) is the `observed` part.
function stages(side: 'b' | 's'): string {
	const e = `${side}.eligible`;
	const notified = `${side}.weight * ${side}.notify_rate`;
	const applied = `${notified} * ${side}.response_rate`;
	return [
		`coalesce(sum(${side}.weight) FILTER (WHERE ${e}), 0) AS ${side}_eligible`,
		`coalesce(sum(${notified}) FILTER (WHERE ${e}), 0) AS ${side}_notified`,
		`coalesce(sum(${side}.weight * (1 - ${side}.notify_rate)) FILTER (WHERE ${e}), 0) AS ${side}_not_notified`,
		`coalesce(sum(${applied}) FILTER (WHERE ${e}), 0) AS ${side}_applied`,
		`coalesce(sum(${applied} * ${side}.compliance_factor) FILTER (WHERE ${e}), 0) AS ${side}_paid`
	].join(',\n\t');
}

/** One query: funnel counts for GROUPING SETS ((region), ()) over two evaluation tables joined with `hh`. */
export function funnelSql(baseline: string = EVAL_TABLES.baseline, scenario: string = EVAL_TABLES.scenario): string {
	return `SELECT s.region, grouping(s.region) AS is_total,
	${stages('b')},
	${stages('s')},
	coalesce(sum(s.weight) FILTER (WHERE h.notified), 0) AS o_notified,
	coalesce(sum(s.weight) FILTER (WHERE h.applied), 0) AS o_applied,
	coalesce(sum(s.weight) FILTER (WHERE h.notified AND NOT h.applied), 0) AS o_gap,
	coalesce(sum(s.weight) FILTER (WHERE h.tsa_paid_monthly > 0), 0) AS o_paid
FROM ${quoteIdent(scenario)} s JOIN ${quoteIdent(baseline)} b USING (hh_id) JOIN hh h USING (hh_id)
GROUP BY GROUPING SETS ((s.region), ())`;
}

function counts(r: Row | undefined, side: 'b' | 's'): FunnelCounts {
	const n = (k: string) => Number(r?.[`${side}_${k}`] ?? 0);
	return { eligible: n('eligible'), notified: n('notified'), not_notified: n('not_notified'), applied: n('applied'), paid: n('paid') };
}

function funnelRow(region: RegionCode | null, r: Row | undefined): FunnelRow {
	const o = (k: string) => Number(r?.[`o_${k}`] ?? 0);
	return {
		region,
		baseline: counts(r, 'b'),
		scenario: counts(r, 's'),
		observed: { notified: o('notified'), applied: o('applied'), gap: o('gap'), paid: o('paid') }
	};
}

/** Turns the rows of `funnelSql` into the nation's funnel and each region's. */
export function funnelFromRows(rows: Row[]): Funnel {
	const total = funnelRow(null, rows.find((r) => Number(r.is_total) === 1));
	const byRegion = Object.fromEntries(
		REGION_CODES.map((code) => [code, funnelRow(code, rows.find((r) => Number(r.is_total) === 0 && r.region === code))])
	) as Record<RegionCode, FunnelRow>;
	return { total, byRegion };
}

/**
 * What the dataset itself records, so that a view says "not in this dataset" instead of 0: `counts` (some household
 * has an `applied` value and some is `notified`: the card's stages and the observed notified / applied / gap) and
 * `paid` (some household has a `tsa_paid_monthly` value).
 */
export type ObservedColumns = { counts: boolean; paid: boolean };

/** Reads from the installed `households` table (and `hh`, there after an evaluation) which observed columns it fills. */
export async function observedColumns(db: Db): Promise<ObservedColumns> {
	const counts = gapCountsKnown(await queryGapData(db));
	const present = await db.query("SELECT 1 FROM duckdb_columns() WHERE table_name = 'households' AND column_name = 'tsa_paid_monthly'");
	const paid = present.length > 0 && Number((await db.query('SELECT count(tsa_paid_monthly) AS n FROM households'))[0]?.n ?? 0) > 0;
	return { counts, paid };
}

/** The funnel view's figures: the funnel of the nation and of each region, and which observed columns are known. */
export type FunnelFigures = { funnel: Funnel; observed: ObservedColumns };

/** Asks the evaluated tables for the funnel view's figures (the view asks through the `Figures` client). */
export async function funnelFigures({ db, tables }: Evaluated): Promise<FunnelFigures> {
	const funnel = funnelFromRows(await db.query(funnelSql(tables.baseline, tables.scenario)));
	return { funnel, observed: await observedColumns(db) };
}
