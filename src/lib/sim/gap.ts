// The Digital Family Card's gap, projected under a scenario: notification and response are rates learnt from the
// data (takeup.ts learns them with take-up, by the same cells), so a scenario that makes more families eligible also
// says how many the card would notify, how many of those would apply, and what eligible families leave unclaimed.
//
// For a family eligible under the scenario: notified = ν (its cell's notification rate: the weighted share of the
// families eligible under the learning baseline that the data marks `notified`); applied = ν × ρ (ρ: the share of
// those notified eligible families that `applied`, × the year's administrative factor, capped at 1). The card also
// notifies families the rules refuse (its own assessment is not the rules'): a family not eligible under the scenario
// counts at the rates of its cell's families not eligible under the learning baseline (ν′, ρ′, no factor). Under the
// learning baseline the rates give the data's own counts back (exactly when every cell has its own rates); a family
// that a scenario makes eligible moves from ν′ to ν. gap = notified − applied.
// unclaimed_annual_kzt = 12 × Σ over eligible families of the monthly amount × (1 − the observed take-up rate).
// Every figure is at the behaviour the data shows, whatever `takeup.mode` (which decides `expected_*` only).
import type { Db } from '../db/db';
import type { FactColumns } from './evaluated-columns';

/** What the dataset can tell about the card's funnel. */
export interface GapData {
	/** Some household has an `applied` value (take-up and response can be learnt). */
	applied: boolean;
	/** Some household is `notified` (notification can be learnt). */
	notified: boolean;
}

/** Every gap figure known (a dataset with both columns filled). */
export const GAP_DATA_KNOWN: GapData = { applied: true, notified: true };

/** The notice of a dataset with no `applied` values: no gap figure is known. */
export const NO_GAP_NOTICE =
	'The dataset has no `applied` values: the gap figures (notified, applied, notified but did not apply, unclaimed) are not ' +
	'available and are given as 0.';

/** The notice of a dataset that notifies no household: the card's counts are not known, unclaimed tenge are. */
export const NO_NOTIFIED_NOTICE =
	'The dataset marks no household `notified` (Digital Family Card): notified, applied and notified but did not apply are not ' +
	'available and are given as 0.';

/** True when the card's counts (notified, applied, gap) are learnt from the data, false when they are given as 0. */
export function gapCountsKnown(data: GapData): boolean {
	return data.applied && data.notified;
}

/** The notice for `data`, or null when every gap figure is known. */
export function gapNotice(data: GapData): string | null {
	if (!data.applied) return NO_GAP_NOTICE;
	if (!data.notified) return NO_NOTIFIED_NOTICE;
	return null;
}

/** Which gap figures a result's notices say are not available (views show "not available" instead of 0). */
export function gapAvailability(notices: readonly string[]): { counts: boolean; unclaimed: boolean } {
	const none = notices.includes(NO_GAP_NOTICE);
	return { counts: !none && !notices.includes(NO_NOTIFIED_NOTICE), unclaimed: !none };
}

/** Reads from the installed `households` and `hh` tables what the dataset can tell about the card's funnel. */
export async function queryGapData(db: Db): Promise<GapData> {
	const cols = await db.query("SELECT 1 FROM duckdb_columns() WHERE table_name = 'households' AND column_name = 'applied'");
	const applied = cols.length > 0 && Number((await db.query('SELECT count(applied) AS n FROM households'))[0]?.n ?? 0) > 0;
	const [row] = await db.query('SELECT count(*) FILTER (WHERE notified) AS n FROM hh');
	return { applied, notified: Number(row?.n ?? 0) > 0 };
}

/** What the dataset can tell about the card's funnel, from the household columns (as `queryGapData` reads it in SQL). */
export function gapDataOf(households: Pick<FactColumns, 'n' | 'fact' | 'present'>): GapData {
	const notified = households.fact('notified');
	let any = false;
	for (let i = 0; i < households.n && !any; i++) any = notified[i] === 1;
	return { applied: households.present.has('applied'), notified: any };
}
