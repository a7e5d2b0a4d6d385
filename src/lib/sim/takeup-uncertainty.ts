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

/**
 * One row per (plan, estimate), for the households of `region` (or all): `W` the weighted households and `C` their annual entitlement that rely on the
 * estimate, its application rate `p` and the variance of `p` (p(1 − p) / Kish effective n). Plan `today` uses each
 * household's own notification status; `notify_all` the notified rate for everyone. Only eligible households count.
 */
export function takeupEstimatesSql(table: string, region: RegionCode | null = null): string {
	const band = BENEFIT_BANDS.slice(1)
		.map((b, i) => `WHEN monthly < ${sqlLiteral(b)} THEN ${i}`)
		.join(' ');
	const rate = (keys: string) => `SELECT ${keys}, notified, count(*) AS n,
		sum(weight * applied::INT) / sum(weight) AS p, sum(weight) ^ 2 / sum(weight ^ 2) AS n_eff FROM e GROUP BY ${keys}, notified`;
	return `WITH e AS (
	SELECT region, settlement, weight, coalesce(notified, false) AS notified, coalesce(applied, false) AS applied,
		tsa_amount + child_supplement AS monthly, CASE ${band} ELSE ${BENEFIT_BANDS.length - 1} END AS band
	FROM ${quoteIdent(table)} WHERE eligible
), cell AS (${rate('region, settlement, band')}), wide AS (${rate('settlement, band')}),
est AS (
	SELECT w.settlement, w.band, w.notified, r.region,
		CASE WHEN c.n >= ${MIN_CELL_RECORDS} THEN concat_ws('|', r.region, w.settlement, w.band, w.notified) ELSE concat_ws('|', w.settlement, w.band, w.notified) END AS id,
		CASE WHEN c.n >= ${MIN_CELL_RECORDS} THEN c.p ELSE w.p END AS p,
		CASE WHEN c.n >= ${MIN_CELL_RECORDS} THEN c.n_eff ELSE w.n_eff END AS n_eff
	FROM wide w CROSS JOIN (SELECT DISTINCT region FROM e) r
	LEFT JOIN cell c ON c.region = r.region AND c.settlement = w.settlement AND c.band = w.band AND c.notified = w.notified
), uses AS (
	SELECT 'today' AS plan, e.*, e.notified AS as_notified FROM e
	UNION ALL SELECT 'notify_all', e.*, true FROM e
)
SELECT u.plan, est.id, any_value(est.p) AS p, any_value(est.p * (1 - est.p) / est.n_eff) AS var,
	sum(u.weight) AS W, sum(u.weight * 12 * u.monthly) AS C
FROM uses u JOIN est ON est.region = u.region AND est.settlement = u.settlement AND est.band = u.band AND est.notified = u.as_notified
${region ? `WHERE u.region = ${sqlLiteral(region)}` : ''}
GROUP BY u.plan, est.id`;
}

/**
 * Expected applications and cost with 95 % ranges (cells are independent estimates: variances add), for the
 * households of `region` or of the whole country; rates are always learnt from every region.
 */
export async function takeupUncertainty(db: Db, table: string, region: RegionCode | null = null): Promise<TakeupUncertainty> {
	const rows = await db.query(takeupEstimatesSql(table, region));
	const plan = (name: string) => {
		const mine = rows.filter((r) => r.plan === name);
		const sum = (f: (r: (typeof rows)[number]) => number) => mine.reduce((s, r) => s + f(r), 0);
		const range = (expected: number, variance: number): Range => {
			const half = 1.959964 * Math.sqrt(variance);
			return { expected, low: Math.max(0, expected - half), high: expected + half };
		};
		const n = (v: unknown) => Number(v ?? 0);
		return {
			applications: range(sum((r) => n(r.W) * n(r.p)), sum((r) => n(r.W) ** 2 * n(r.var))),
			annual_cost_kzt: range(sum((r) => n(r.C) * n(r.p)), sum((r) => n(r.C) ** 2 * n(r.var)))
		};
	};
	return { today: plan('today'), notify_all: plan('notify_all') };
}
