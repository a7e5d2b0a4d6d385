// Impact on poverty and inequality, law against scenario: the contract's `impact` figures of both evaluations
// (sim/impact.ts), and who gains and who loses income after assistance in each decile of income before it.
import type { Row, SqlValue } from '$lib/db/db';
import type { RegionCode } from '$lib/data/regions';
import type { ParamValues } from '$lib/rules/parameter';
import { householdIncomeSql, impactByRegion, impactSql } from '$lib/sim/impact';
import type { ImpactTotals } from '$lib/sim/result';
import type { Evaluated } from '$lib/state/figures.svelte';
import { quoteIdent, sqlLiteral } from '$lib/sql/quote';
import { decilesSql } from './deciles';

/** A family's monthly income after assistance must move by more than this many tenge to count as a gain or a loss. */
export const CHANGE_THRESHOLD_KZT = 1;

/** What the impact view asks about: the focused region (or none), and the law's and the scenario's parameters. */
export type ImpactInputs = { region: RegionCode | null; law: ParamValues; scenario: ParamValues };

/** One decile (key '1'–'10', or 'all'): weighted persons, the shares of them who gain and lose, the average change. */
export interface DecileChange {
	key: string;
	persons: number;
	gain_share: number;
	lose_share: number;
	/** Change of the group's total monthly income after assistance, scenario − law, over the law's; null with no income. */
	income_change: number | null;
}

/** The impact figures of one evaluation: national, and the focused region's (null when none is focused). */
export type ImpactSide = { nation: ImpactTotals; region: ImpactTotals | null };

/** The impact view's figures. */
export interface ImpactFigures {
	/** The region these figures focus on (the inputs' region). */
	region: RegionCode | null;
	law: ImpactSide;
	scenario: ImpactSide;
	/** Deciles 1–10 in order, then 'all'. */
	deciles: DecileChange[];
}

/**
 * Per decile of income per capita before assistance under the law (decilesSql over every household: decile 1 =
 * poorest tenth of persons) and for all deciles: weighted persons, persons whose family's monthly income after
 * assistance is higher (lower) under the scenario than under the law by more than CHANGE_THRESHOLD_KZT, and the
 * total income after assistance under each. With a region `?` bound, only its households are counted. Bind
 * `decileChangesParams(region)`.
 */
export function decileChangesSql(baseline: string, scenario: string, law: ParamValues, params: ParamValues): string {
	const threshold = sqlLiteral(CHANGE_THRESHOLD_KZT);
	return `WITH b AS (${householdIncomeSql(`SELECT * FROM ${quoteIdent(baseline)}`, law)}),
s AS (${householdIncomeSql(`SELECT * FROM ${quoteIdent(scenario)}`, params)}),
d AS (${decilesSql('b', 'x0')}),
j AS (
	SELECT d.decile, b.weight, b.wp, b.size * b.x1 AS law_income, s.size * s.x1 AS scenario_income
	FROM b JOIN s USING (hh_id) JOIN d USING (hh_id)
	WHERE ?::VARCHAR IS NULL OR b.region = ?::VARCHAR
)
SELECT decile, grouping(decile) AS is_total, coalesce(sum(wp), 0) AS persons,
	coalesce(sum(wp) FILTER (WHERE scenario_income - law_income > ${threshold}), 0) AS gain_persons,
	coalesce(sum(wp) FILTER (WHERE law_income - scenario_income > ${threshold}), 0) AS lose_persons,
	coalesce(sum(weight * law_income), 0) AS law_income_kzt,
	coalesce(sum(weight * scenario_income), 0) AS scenario_income_kzt
FROM j GROUP BY GROUPING SETS ((decile), ())`;
}

/** The bound values of `decileChangesSql` for a region (or the nation). */
export function decileChangesParams(region: string | null): SqlValue[] {
	return [region, region];
}

/** Rows of `decileChangesSql` as DecileChanges: deciles 1–10 (an empty one as zeros), then 'all'. */
export function decileChanges(rows: readonly Row[]): DecileChange[] {
	const pick = (key: string, r: Row | undefined): DecileChange => {
		const n = (k: string) => Number(r?.[k] ?? 0);
		const persons = n('persons');
		const law = n('law_income_kzt');
		return {
			key,
			persons,
			gain_share: persons > 0 ? n('gain_persons') / persons : 0,
			lose_share: persons > 0 ? n('lose_persons') / persons : 0,
			income_change: law > 0 ? (n('scenario_income_kzt') - law) / law : null
		};
	};
	const deciles = Array.from({ length: 10 }, (_, i) => pick(String(i + 1), rows.find((r) => Number(r.is_total) === 0 && Number(r.decile) === i + 1)));
	return [...deciles, pick('all', rows.find((r) => Number(r.is_total) === 1))];
}

/** Asks the evaluated tables for the impact view's figures (the law's, the scenario's, the deciles'). */
export async function impactFigures({ db, tables }: Evaluated, inputs: ImpactInputs): Promise<ImpactFigures> {
	const side = async (table: string, params: ParamValues): Promise<ImpactSide> => {
		const { total, byRegion } = impactByRegion(await db.query(impactSql(`SELECT * FROM ${quoteIdent(table)}`, params)));
		return { nation: total, region: inputs.region ? byRegion[inputs.region] : null };
	};
	const law = await side(tables.baseline, inputs.law);
	const scenario = await side(tables.scenario, inputs.scenario);
	const rows = await db.query(decileChangesSql(tables.baseline, tables.scenario, inputs.law, inputs.scenario), decileChangesParams(inputs.region));
	return { region: inputs.region, law, scenario, deciles: decileChanges(rows) };
}
