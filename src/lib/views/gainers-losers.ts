// Who gains and who loses: households whose TSA (amount + child supplement), local assistance, or both change from
// the baseline to the scenario, by per-capita income decile and by family type, weighted.
import type { Row, SqlValue } from '$lib/db/db';
import { REGION_CODES } from '$lib/data/regions';
import { add, and, div, eq, gt, lit, not, num, or, sub, type Bool, type Num } from '$lib/rules/expr';
import type { EvaluatedHouseholds, EvaluatedName } from '$lib/sim/evaluated-columns';
import { householdsAt, rowsWhereDiffer } from '$lib/sim/household-subset';
import { BASELINE, evaluatedRead, evaluateOver, PLAIN, SCENARIO, type SideColumns } from '$lib/sim/evaluated-kernel';
import { rowsInOrder } from '$lib/sim/row-order';
import type { FigureQuery } from '$lib/state/figures.svelte';
import { stepsToEnd, type Steps } from '$lib/sim/steps';
import { quoteIdent } from '$lib/sql/quote';
import { toSql } from '$lib/sql/to-sql';
import { decilesSql, personDeciles } from './deciles';

/** Which assistance is compared: TSA, local assistance (its annual amount as a monthly equivalent, ÷ 12), or both. */
export type Programme = 'tsa' | 'local' | 'both';

/** The programmes in the order the view offers them. */
export const PROGRAMMES: readonly Programme[] = ['tsa', 'local', 'both'];

/** Per programme: whether a household of an evaluation gets it. */
const HELPED: Record<Programme, (x: SideColumns) => Bool> = {
	tsa: (x) => x.flag('eligible'),
	local: (x) => x.flag('local_eligible'),
	both: (x) => or(x.flag('eligible'), x.flag('local_eligible'))
};

/** Per programme: its amount, ₸ a month. */
const MONTHLY: Record<Programme, (x: SideColumns) => Num> = {
	tsa: (x) => add(x.num('tsa_amount'), x.num('child_supplement')),
	local: (x) => div(x.num('local_annual'), lit(12)),
	both: (x) => add(add(x.num('tsa_amount'), x.num('child_supplement')), div(x.num('local_annual'), lit(12)))
};

// Per programme: the evaluated columns HELPED and MONTHLY read.
const READS = Object.fromEntries(PROGRAMMES.map((p) => [p, evaluatedRead(and(HELPED[p](PLAIN), gt(MONTHLY[p](PLAIN), lit(0))))])) as Record<
	Programme,
	EvaluatedName[]
>;

const positive = (name: string): Bool => gt(num(name), lit(0));

/** Family types, each a condition on household facts (a household can be in several). */
export const FAMILY_TYPES = {
	children: positive('children_under_18'),
	pensioners: positive('pensioners'),
	disabled: or(positive('disabled_children'), positive('disabled_1_2')),
	single_parent: and(positive('children_under_18'), eq(sub(num('size'), num('children_under_18')), lit(1)))
} as const satisfies Record<string, Bool>;

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
 * One query over the two evaluation tables (joined on hh_id) and `hh`, for `programme` (eligible: gets it at all). Deciles are of the baseline's per-capita
 * income over the whole dataset, weighted by persons (decile 1 = poorest); with a region `?` bound, only its
 * households are counted. Bind `[region]` or `[null]`.
 */
export function changesSql(baseline = 'eval_baseline', scenario = 'eval_scenario', programme: Programme = 'tsa'): string {
	if (!PROGRAMMES.includes(programme)) throw new Error(`Not a programme: ${String(programme)}`);
	const types = Object.entries(FAMILY_TYPES)
		.map(([k, cond]) => `${toSql(cond, {}, 'hh.')} AS ${quoteIdent(`is_${k}`)}`)
		.join(', ');
	const helped = (alias: string) => toSql(HELPED[programme](PLAIN), {}, `${alias}.`);
	const monthly = (alias: string) => toSql(MONTHLY[programme](PLAIN), {}, `${alias}.`);
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
	SELECT b.hh_id, b.weight, d.decile, ${helped('b')} AS b_elig, ${helped('s')} AS s_elig,
		${monthly('s')} - ${monthly('b')} AS diff, ${types}
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
			group,
			key,
			households: n('households'),
			newly_eligible: n('newly_eligible'),
			no_longer_eligible: n('no_longer_eligible'),
			gainers: n('gainers'),
			losers: n('losers'),
			gained_monthly_kzt: n('gained_monthly_kzt'),
			lost_monthly_kzt: n('lost_monthly_kzt')
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

// The seven figures of a ChangeRow after its group and key, in order.
const FIGURES = [
	'households',
	'newly_eligible',
	'no_longer_eligible',
	'gainers',
	'losers',
	'gained_monthly_kzt',
	'lost_monthly_kzt'
] as const;

/** `changesSql`'s figures from the evaluated households' columns: one pass after a sort of the rows by baseline income. */
export function changesFromColumns(h: EvaluatedHouseholds, inputs: ChangeInputs): ChangeRow[] {
	return stepsToEnd(changeSteps(h, inputs));
}

/** `changesFromColumns` in parts (the baseline's deciles, family types and households, then the changes), for the page. */
export function* changeSteps(h: EvaluatedHouseholds, { region, programme }: ChangeInputs): Steps<ChangeRow[]> {
	if (!PROGRAMMES.includes(programme)) throw new Error(`Not a programme: ${String(programme)}`);
	const { n } = h;
	const weight = h.fact('weight');
	// The deciles and family types are the baseline's: made once while only the scenario moves.
	const decile = h.baseline.figure('gainers.deciles', () =>
		personDeciles(rowsInOrder(h.baseline.column('pc_income'), h.idRank), weight, h.fact('size'), n)
	);
	yield;
	const types = Object.values(FAMILY_TYPES);
	const family = h.baseline.figure('gainers.family', () => {
		const bits = new Uint8Array(n);
		const one = new Uint8Array(n);
		types.forEach((cond, t) => {
			evaluateOver(h, cond, {}, one);
			for (let i = 0; i < n; i++) bits[i] |= one[i] << t;
		});
		return bits;
	});
	yield;
	const code = region === null ? -1 : REGION_CODES.indexOf(region as (typeof REGION_CODES)[number]);
	const counted = (i: number) => (region === null || h.region[i] === code) && weight[i] === weight[i]; // a NULL weight adds to no sum in SQL either
	// Groups 0–9 are deciles 1–10, then the family types; FIGURES.length sums each.
	const groupsOf = (i: number, add: (g: number) => void) => {
		if (decile[i] > 0) add(decile[i] - 1);
		for (let t = 0, f = family[i]; f !== 0; t++, f >>= 1) if (f & 1) add(10 + t);
	};
	// The households of each group are the baseline's; the other figures change only where the programme's columns
	// differ between the law and the scenario (elsewhere nobody is newly helped or dropped and the change is 0), so they
	// are summed over those families alone, in the same order: the same sums.
	const sums = h.baseline
		.figure(`gainers.households.${region}`, () => {
			const households = new Float64Array((10 + types.length) * FIGURES.length);
			for (let i = 0; i < n; i++) if (counted(i)) groupsOf(i, (g) => (households[g * FIGURES.length] += weight[i]));
			return households;
		})
		.slice();
	yield;
	const rows = rowsWhereDiffer(n, h.baseline, h.scenario, READS[programme]);
	const some = householdsAt(h, rows);
	const newly = evaluateOver(some, and(HELPED[programme](SCENARIO), not(HELPED[programme](BASELINE))), {}, new Uint8Array(rows.length));
	const dropped = evaluateOver(some, and(HELPED[programme](BASELINE), not(HELPED[programme](SCENARIO))), {}, new Uint8Array(rows.length));
	const diff = evaluateOver(some, sub(MONTHLY[programme](SCENARIO), MONTHLY[programme](BASELINE)), {}, new Float64Array(rows.length));
	for (let k = 0; k < rows.length; k++) {
		const i = rows[k];
		if (!counted(i)) continue;
		const w = weight[i];
		const x = diff[k];
		groupsOf(i, (g) => {
			const o = g * FIGURES.length;
			if (newly[k]) sums[o + 1] += w;
			if (dropped[k]) sums[o + 2] += w;
			if (x > 0) {
				sums[o + 3] += w;
				sums[o + 5] += w * x;
			} else if (x < 0) {
				sums[o + 4] += w;
				sums[o + 6] -= w * x;
			}
		});
	}
	const row = (g: number, group: 'decile' | 'family', key: string): ChangeRow => {
		const r = { group, key } as ChangeRow;
		FIGURES.forEach((f, k) => (r[f] = sums[g * FIGURES.length + k]));
		return r;
	};
	return [
		...Array.from({ length: 10 }, (_, d) => row(d, 'decile', String(d + 1))),
		...Object.keys(FAMILY_TYPES).map((k, t) => row(10 + t, 'family', k))
	];
}

/** The law-to-scenario changes of `programme` by decile and family type: from the evaluated tables or the columns. */
export const gainersLosersFigures = {
	sql: async ({ db, tables }, { region, programme }) =>
		changeRows(await db.query(changesSql(tables.baseline, tables.scenario, programme), changesParams(region))),
	columns: changesFromColumns,
	steps: changeSteps
} satisfies FigureQuery<ChangeInputs, ChangeRow[]>;
