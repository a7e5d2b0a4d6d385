// Take-up with uncertainty, the parts the shared estimate does not give: application rates by benefit band with
// their 95 % ranges, and whether the dataset can tell take-up at all.
import type { Db, Row } from '$lib/db/db';
import { BENEFIT_BANDS, takeupUncertainty, type TakeupUncertainty } from '$lib/sim/takeup-uncertainty';
import type { Evaluated } from '$lib/state/figures.svelte';
import type { RegionCode } from '$lib/data/regions';
import { quoteIdent, sqlLiteral } from '$lib/sql/quote';

/** The household columns take-up is learnt from. */
export const TAKEUP_COLUMNS = ['notified', 'applied'] as const;

/** One band × notification cell: weighted application rate and its 95 % range, from `records` eligible households. */
export interface BandRate {
	band: number;
	/** Lower bound of the band's monthly benefit, ₸ (BENEFIT_BANDS). */
	from_kzt: number;
	notified: boolean;
	records: number;
	households: number;
	rate: number;
	low: number;
	high: number;
}

/**
 * Per benefit band and notification status, among eligible households of `table`: records, weighted households,
 * the weighted share that applied and its 95 % range (normal, with Kish's effective n, as takeup-uncertainty.ts).
 */
export function bandRatesSql(table: string): string {
	const band = BENEFIT_BANDS.slice(1)
		.map((b, i) => `WHEN tsa_amount + child_supplement < ${sqlLiteral(b)} THEN ${i}`)
		.join(' ');
	return `WITH c AS (
	SELECT CASE ${band} ELSE ${BENEFIT_BANDS.length - 1} END AS band, coalesce(notified, false) AS notified,
		count(*) AS records, sum(weight) AS households, sum(weight * coalesce(applied, false)::INT) / sum(weight) AS rate,
		sum(weight) ^ 2 / sum(weight ^ 2) AS n_eff
	FROM ${quoteIdent(table)} WHERE eligible GROUP BY ALL
)
SELECT band, notified, records, households, rate,
	greatest(0, rate - 1.959964 * sqrt(rate * (1 - rate) / n_eff)) AS low,
	least(1, rate + 1.959964 * sqrt(rate * (1 - rate) / n_eff)) AS high
FROM c ORDER BY band, notified`;
}

/** Rows of `bandRatesSql`. */
export function bandRates(rows: readonly Row[]): BandRate[] {
	return rows.map((r) => ({
		band: Number(r.band),
		from_kzt: BENEFIT_BANDS[Number(r.band)],
		notified: r.notified === true,
		records: Number(r.records),
		households: Number(r.households),
		rate: Number(r.rate),
		low: Number(r.low),
		high: Number(r.high)
	}));
}

/** The take-up columns the loaded `households` table lacks or leaves entirely empty. */
export async function missingTakeupColumns(db: Db): Promise<string[]> {
	const present = await db.query(
		`SELECT column_name FROM duckdb_columns() WHERE table_name = 'households' AND column_name IN (${TAKEUP_COLUMNS.map(sqlLiteral).join(', ')})`
	);
	const missing: string[] = [];
	for (const column of TAKEUP_COLUMNS) {
		if (!present.some((r) => r.column_name === column)) missing.push(column);
		else {
			const [n] = await db.query(`SELECT count(${quoteIdent(column)}) AS n FROM households`);
			if (Number(n?.n ?? 0) === 0) missing.push(column);
		}
	}
	return missing;
}

/** The take-up view's figures: which columns are missing, or both sides' ranges and the scenario's band rates. */
export type TakeupFigures =
	| { missing: string[] }
	| { missing: []; baseline: TakeupUncertainty; scenario: TakeupUncertainty; rates: BandRate[] };

/** Asks the evaluated tables for the take-up view's figures (national, or of `region`). */
export async function takeupFigures({ db, tables }: Evaluated, region: RegionCode | null): Promise<TakeupFigures> {
	const missing = await missingTakeupColumns(db);
	if (missing.length > 0) return { missing };
	return {
		missing: [],
		baseline: await takeupUncertainty(db, tables.baseline, region),
		scenario: await takeupUncertainty(db, tables.scenario, region),
		rates: bandRates(await db.query(bandRatesSql(tables.scenario)))
	};
}
