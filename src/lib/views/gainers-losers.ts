// Who gains and who loses: households whose TSA (amount + child supplement), local assistance, or both change from
// the baseline to the scenario, by per-capita income decile and by family type, weighted.
import type { Row, SqlValue } from '$lib/db/db';
import type { Evaluated } from '$lib/state/figures.svelte';
import { quoteIdent } from '$lib/sql/quote';

/** Which assistance is compared: TSA, local assistance (its annual amount as a monthly equivalent, ÷ 12), or both. */
export type Programme = 'tsa' | 'local' | 'both';

/** The programmes in the order the view offers them. */
export const PROGRAMMES: readonly Programme[] = ['tsa', 'local', 'both'];

// Per programme: whether a household of evaluation `x` gets it, and its amount, ₸ a month.
const HELPED: Record<Programme, (x: string) => string> = {
	tsa: (x) => `${x}.eligible`,
	local: (x) => `${x}.local_eligible`,
	both: (x) => `(${x}.eligible OR ${x}.local_eligible)`
};
const MONTHLY: Record<Programme, (x: string) => string> = {
	tsa: (x) => `(${x}.tsa_amount + ${x}.child_supplement)`,
	local: (x) => `(${x}.local_annual / 12)`,
	both: (x) => `(${x}.tsa_amount + ${x}.child_supplement + ${x}.local_annual / 12)`
};

/** Family types and their definitions over `hh` columns (a household can be in several). */
export const FAMILY_TYPES = {
	children: 'hh.children_under_18 > 0',
	pensioners: 'hh.pensioners > 0',
	disabled: '(hh.disabled_children > 0 OR hh.disabled_1_2 > 0)',
	single_parent: 'hh.children_under_18 > 0 AND hh.size - hh.children_under_18 = 1'
} as const;

/** A family type key. */
export type FamilyType = keyof typeof FAMILY_TYPES;

/** One group's changes: weighted households in it, newly / no longer eligible, gaining / losing, tenge a month. */
export interface ChangeRow {
	group: 'decile' | 'family';
	key: string;
	households: number;
	newly_eligible: number;
	no_longer_eligible: number;
	gainers: number;
	losers: number;
	gained_monthly_kzt: number;
	lost_monthly_kzt: number;
}

/**
 * Each household's decile (1 = poorest) of `income` over every household of `source` (a table or subquery with
 * hh_id, weight and size), weighted by persons: a household falls in the tenth of persons where its first member
 * stands, ties in hh_id order.
 */
export function decilesSql(source: string, income: string): string {
	return `SELECT hh_id, least(10, 1 + floor(10 * (sum(weight * size) OVER (ORDER BY ${income}, hh_id ROWS UNBOUNDED PRECEDING) - weight * size)
		/ sum(weight * size) OVER ()))::INTEGER AS decile
	FROM ${source}`;
}

/**
 * One query over the two evaluation tables (joined on hh_id) and `hh`, for `programme` (eligible: gets it at all). Deciles are of the baseline's per-capita
 * income over the whole dataset, weighted by persons (decile 1 = poorest); with a region `?` bound, only its
 * households are counted. Bind `[region]` or `[null]`.
 */
export function changesSql(baseline = 'eval_baseline', scenario = 'eval_scenario', programme: Programme = 'tsa'): string {
	if (!PROGRAMMES.includes(programme)) throw new Error(`Not a programme: ${String(programme)}`);
	const types = Object.entries(FAMILY_TYPES).map(([k, cond]) => `(${cond}) AS ${quoteIdent(`is_${k}`)}`).join(', ');
	const figures = `coalesce(sum(weight), 0) AS households,
	coalesce(sum(weight) FILTER (WHERE s_elig AND NOT b_elig), 0) AS newly_eligible,
	coalesce(sum(weight) FILTER (WHERE b_elig AND NOT s_elig), 0) AS no_longer_eligible,
	coalesce(sum(weight) FILTER (WHERE diff > 0), 0) AS gainers,
	coalesce(sum(weight) FILTER (WHERE diff < 0), 0) AS losers,
	coalesce(sum(weight * diff) FILTER (WHERE diff > 0), 0) AS gained_monthly_kzt,
	coalesce(-sum(weight * diff) FILTER (WHERE diff < 0), 0) AS lost_monthly_kzt`;
	const byType = Object.keys(FAMILY_TYPES)
		.map((k) => `SELECT 'family' AS grp, '${k}' AS key, ${figures} FROM j WHERE ${quoteIdent(`is_${k}`)}`)
		.join('\nUNION ALL ');
	return `WITH d AS (${decilesSql(quoteIdent(baseline), 'pc_income')}),
j AS (
	SELECT b.hh_id, b.weight, d.decile, ${HELPED[programme]('b')} AS b_elig, ${HELPED[programme]('s')} AS s_elig,
		${MONTHLY[programme]('s')} - ${MONTHLY[programme]('b')} AS diff, ${types}
	FROM ${quoteIdent(baseline)} b JOIN ${quoteIdent(scenario)} s USING (hh_id) JOIN d USING (hh_id) JOIN hh USING (hh_id)
	WHERE ?::VARCHAR IS NULL OR b.region = ?::VARCHAR
)
SELECT 'decile' AS grp, decile::VARCHAR AS key, ${figures} FROM j GROUP BY decile
UNION ALL ${byType}`;
}

/** The bound values of `changesSql` for a region (or the nation). */
export function changesParams(region: string | null): SqlValue[] {
	return [region, region];
}

/** Rows of `changesSql` as ChangeRows: deciles 1–10 in order (empty deciles as zeros), then the family types. */
export function changeRows(rows: readonly Row[]): ChangeRow[] {
	const pick = (group: 'decile' | 'family', key: string): ChangeRow => {
		const r = rows.find((x) => x.grp === group && String(x.key) === key) ?? {};
		const n = (k: string) => Number(r[k] ?? 0);
		return {
			group, key, households: n('households'), newly_eligible: n('newly_eligible'), no_longer_eligible: n('no_longer_eligible'),
			gainers: n('gainers'), losers: n('losers'), gained_monthly_kzt: n('gained_monthly_kzt'), lost_monthly_kzt: n('lost_monthly_kzt')
		};
	};
	const deciles = Array.from({ length: 10 }, (_, i) => pick('decile', String(i + 1)));
	return [...deciles, ...Object.keys(FAMILY_TYPES).map((k) => pick('family', k))];
}

/** What the gainers-and-losers view asks: the focused region (or null) and the programme compared. */
export interface ChangeInputs {
	region: string | null;
	programme: Programme;
}

/** Asks the evaluated tables for the law-to-scenario changes of `programme` by decile and family type. */
export async function gainersLosersFigures({ db, tables }: Evaluated, { region, programme }: ChangeInputs): Promise<ChangeRow[]> {
	return changeRows(await db.query(changesSql(tables.baseline, tables.scenario, programme), changesParams(region)));
}
