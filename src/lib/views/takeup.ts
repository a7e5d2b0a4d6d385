// Take-up with uncertainty, the parts the shared estimate does not give: application rates by benefit band with
// their 95 % ranges, and whether the dataset can tell take-up at all.
import type { Db, Row } from '$lib/db/db';
import {
	BENEFIT_BANDS,
	benefitBand,
	benefitBandSql,
	takeupUncertainty,
	weightedRate,
	Z95,
	type TakeupUncertainty
} from '$lib/sim/takeup-uncertainty';
import { takeupUncertaintyFromColumns } from '$lib/sim/takeup-uncertainty-columns';
import type { EvaluatedColumns, EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import type { Evaluated, FigureQuery } from '$lib/state/figures.svelte';
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
 * Per benefit band and notification status, among eligible households of `table`: records and the sums the weighted
 * application rate is made of (`sw`, `swa`, `sw2`: takeup-uncertainty.ts's `weightedRate`), which `bandRates` turns into rates.
 */
export function bandRatesSql(table: string): string {
	return `SELECT ${benefitBandSql('tsa_amount + child_supplement')} AS band, coalesce(notified, false) AS notified, count(*) AS records,
	sum(weight) AS sw, sum(weight * coalesce(applied, false)::INT) AS swa, sum(weight ^ 2) AS sw2
FROM ${quoteIdent(table)} WHERE eligible GROUP BY ALL ORDER BY band, notified`;
}

/** One cell's weighted rate and its 95 % range (normal, Kish's effective n), from its records and weight sums. */
export function bandRate(band: number, notified: boolean, records: number, sw: number, swa: number, sw2: number): BandRate {
	const { p, variance } = weightedRate(sw, swa, sw2);
	const half = Z95 * Math.sqrt(variance);
	return {
		band,
		from_kzt: BENEFIT_BANDS[band],
		notified,
		records,
		households: sw,
		rate: p,
		low: Math.max(0, p - half),
		high: Math.min(1, p + half)
	};
}

/** Rows of `bandRatesSql`. */
export function bandRates(rows: readonly Row[]): BandRate[] {
	const n = (v: unknown) => Number(v ?? 0);
	return rows.map((r) => bandRate(Number(r.band), r.notified === true, n(r.records), n(r.sw), n(r.swa), n(r.sw2)));
}

/** The scenario's band rates from the evaluated households' columns, as `bandRates(bandRatesSql(…))` gives them. */
export function bandRatesFromColumns(h: EvaluatedHouseholds, side: EvaluatedColumns): BandRate[] {
	const cells = BENEFIT_BANDS.length * 2;
	const records = new Float64Array(cells);
	const sw = new Float64Array(cells);
	const swa = new Float64Array(cells);
	const sw2 = new Float64Array(cells);
	const weight = h.fact('weight');
	const notified = h.fact('notified');
	const applied = h.fact('applied');
	const eligible = side.column('eligible');
	const amount = side.column('tsa_amount');
	const supplement = side.column('child_supplement');
	for (let i = 0; i < h.n; i++) {
		if (eligible[i] !== 1) continue;
		const at = benefitBand(amount[i] + supplement[i]) * 2 + (notified[i] === 1 ? 1 : 0);
		const w = weight[i];
		records[at]++;
		if (w !== w) continue;
		sw[at] += w;
		if (applied[i] === 1) swa[at] += w;
		sw2[at] += w * w;
	}
	const out: BandRate[] = [];
	for (let at = 0; at < cells; at++)
		if (records[at] > 0) out.push(bandRate(at >> 1, (at & 1) === 1, records[at], sw[at], swa[at], sw2[at]));
	return out;
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

/** The take-up columns the dataset lacks or leaves entirely empty, from the columns it fills (`present`). */
export function missingFrom(present: ReadonlySet<string>): string[] {
	return TAKEUP_COLUMNS.filter((c) => !present.has(c));
}

/** The take-up view's figures: which columns are missing, or both sides' ranges and the scenario's band rates. */
export type TakeupFigures =
	{ missing: string[] } | { missing: []; baseline: TakeupUncertainty; scenario: TakeupUncertainty; rates: BandRate[] };

/** The take-up view's figures (national, or of `region`), from the evaluated tables in SQL or from the households' columns. */
export const takeupFigures = {
	sql: async ({ db, tables }: Evaluated, region: RegionCode | null): Promise<TakeupFigures> => {
		const missing = await missingTakeupColumns(db);
		if (missing.length > 0) return { missing };
		return {
			missing: [],
			baseline: await takeupUncertainty(db, tables.baseline, region),
			scenario: await takeupUncertainty(db, tables.scenario, region),
			rates: bandRates(await db.query(bandRatesSql(tables.scenario)))
		};
	},
	columns: (h: EvaluatedHouseholds, region: RegionCode | null): TakeupFigures => {
		const missing = missingFrom(h.present);
		if (missing.length > 0) return { missing };
		return {
			missing: [],
			baseline: takeupUncertaintyFromColumns(h, h.baseline, region),
			scenario: takeupUncertaintyFromColumns(h, h.scenario, region),
			rates: bandRatesFromColumns(h, h.scenario)
		};
	}
} satisfies FigureQuery<RegionCode | null, TakeupFigures>;
