// Take-up with uncertainty: how likely an eligible household is to apply, with and without a Digital Family Card
// notification, learnt from the dataset by region × settlement × benefit size, with 95 % ranges.
import type { Db } from '../db/db';
import { quoteIdent, sqlLiteral } from '../sql/quote';
import type { RegionCode } from '../data/regions';

/** Monthly benefit bands (₸, lower bounds) that take-up is learnt by: small benefits are claimed less often. */
export const BENEFIT_BANDS = [0, 10_000, 30_000, 60_000] as const;

/** A cell needs this many records to stand on its own; a smaller one uses the settlement × band estimate. */
export const MIN_CELL_RECORDS = 30;

/** A figure with its 95 % range. */
export interface Range {
	expected: number;
	low: number;
	high: number;
}

/** Expected applications and annual cost of eligible households: today, and if every one of them were notified. */
export interface TakeupUncertainty {
	today: { applications: Range; annual_cost_kzt: Range };
	notify_all: { applications: Range; annual_cost_kzt: Range };
}

/** The normal quantile of a two-sided 95 % range. */
export const Z95 = 1.959964;

/** The benefit band (index into BENEFIT_BANDS) of a monthly benefit; an unknown amount is in the top band, as in SQL. */
export function benefitBand(monthly: number): number {
	for (let b = 1; b < BENEFIT_BANDS.length; b++) if (monthly < BENEFIT_BANDS[b]) return b - 1;
	return BENEFIT_BANDS.length - 1;
}

/** The SQL of `benefitBand` over the expression `monthly`. */
export function benefitBandSql(monthly: string): string {
	const when = BENEFIT_BANDS.slice(1).map((b, i) => `WHEN ${monthly} < ${sqlLiteral(b)} THEN ${i}`);
	return `CASE ${when.join(' ')} ELSE ${BENEFIT_BANDS.length - 1} END`;
}

/**
 * The weighted application rate of households with weights summing to `sw` (`swa` of them applied, `sw2` the sum of
 * squared weights) and its variance p(1 − p) / n with Kish's effective n = sw² / sw2 (0 where SQL's division gives NULL).
 */
export function weightedRate(sw: number, swa: number, sw2: number): { p: number; variance: number } {
	if (!sw) return { p: 0, variance: 0 };
	const p = swa / sw;
	return { p, variance: sw2 ? (p * (1 - p)) / ((sw * sw) / sw2) : 0 };
}

/** One estimate a plan relies on: its rate's sums (as `weightedRate`), and the weighted households `W` and annual entitlement `C` using it. */
export interface TakeupEstimate {
	plan: 'today' | 'notify_all';
	sw: number;
	swa: number;
	sw2: number;
	W: number;
	C: number;
}

/**
 * One row per (plan, estimate), for the households of `region` (or all): `W` the weighted households and `C` their annual
 * entitlement that rely on the estimate, and the sums its rate is made of (`sw`, `swa`, `sw2`: TakeupEstimate). Plan
 * `today` uses each household's own notification status; `notify_all` the notified rate for everyone. Only eligible
 * households count; a cell with fewer than MIN_CELL_RECORDS records uses its settlement × band estimate.
 */
export function takeupEstimatesSql(table: string, region: RegionCode | null = null): string {
	const rate = (keys: string) => `SELECT ${keys}, notified, count(*) AS n,
		sum(weight) AS sw, sum(weight * applied::INT) AS swa, sum(weight ^ 2) AS sw2 FROM e GROUP BY ${keys}, notified`;
	const pick = (k: string) => `CASE WHEN c.n >= ${MIN_CELL_RECORDS} THEN c.${k} ELSE w.${k} END AS ${k}`;
	return `WITH e AS (
	SELECT region, settlement, weight, coalesce(notified, false) AS notified, coalesce(applied, false) AS applied,
		tsa_amount + child_supplement AS monthly, ${benefitBandSql('tsa_amount + child_supplement')} AS band
	FROM ${quoteIdent(table)} WHERE eligible
), cell AS (${rate('region, settlement, band')}), wide AS (${rate('settlement, band')}),
est AS (
	SELECT w.settlement, w.band, w.notified, r.region,
		CASE WHEN c.n >= ${MIN_CELL_RECORDS} THEN concat_ws('|', r.region, w.settlement, w.band, w.notified) ELSE concat_ws('|', w.settlement, w.band, w.notified) END AS id,
		${pick('sw')}, ${pick('swa')}, ${pick('sw2')}
	FROM wide w CROSS JOIN (SELECT DISTINCT region FROM e) r
	LEFT JOIN cell c ON c.region = r.region AND c.settlement = w.settlement AND c.band = w.band AND c.notified = w.notified
), uses AS (
	SELECT 'today' AS plan, e.*, e.notified AS as_notified FROM e
	UNION ALL SELECT 'notify_all', e.*, true FROM e
)
SELECT u.plan, est.id, any_value(est.sw) AS sw, any_value(est.swa) AS swa, any_value(est.sw2) AS sw2,
	sum(u.weight) AS W, sum(u.weight * 12 * u.monthly) AS C
FROM uses u JOIN est ON est.region = u.region AND est.settlement = u.settlement AND est.band = u.band AND est.notified = u.as_notified
${region ? `WHERE u.region = ${sqlLiteral(region)}` : ''}
GROUP BY u.plan, est.id`;
}

/** A figure's range from its expected value and variance (normal, 95 %, never below 0). */
function range(expected: number, variance: number): Range {
	const half = Z95 * Math.sqrt(variance);
	return { expected, low: Math.max(0, expected - half), high: expected + half };
}

/**
 * Expected applications and cost with 95 % ranges from the estimates each plan relies on: Σ W p and Σ C p, the
 * estimates being independent, so variances add (Σ W² var, Σ C² var).
 */
export function takeupFromEstimates(estimates: readonly TakeupEstimate[]): TakeupUncertainty {
	const plan = (name: TakeupEstimate['plan']) => {
		let apps = 0;
		let appsVar = 0;
		let cost = 0;
		let costVar = 0;
		for (const e of estimates) {
			if (e.plan !== name) continue;
			const { p, variance } = weightedRate(e.sw, e.swa, e.sw2);
			apps += e.W * p;
			appsVar += e.W ** 2 * variance;
			cost += e.C * p;
			costVar += e.C ** 2 * variance;
		}
		return { applications: range(apps, appsVar), annual_cost_kzt: range(cost, costVar) };
	};
	return { today: plan('today'), notify_all: plan('notify_all') };
}

/**
 * Expected applications and cost with 95 % ranges (cells are independent estimates: variances add), for the
 * households of `region` or of the whole country; rates are always learnt from every region.
 */
export async function takeupUncertainty(db: Db, table: string, region: RegionCode | null = null): Promise<TakeupUncertainty> {
	const n = (v: unknown) => Number(v ?? 0);
	const rows = await db.query(takeupEstimatesSql(table, region));
	return takeupFromEstimates(
		rows.map((r) => ({
			plan: r.plan === 'today' ? 'today' : 'notify_all',
			sw: n(r.sw),
			swa: n(r.swa),
			sw2: n(r.sw2),
			W: n(r.W),
			C: n(r.C)
		}))
	);
}
