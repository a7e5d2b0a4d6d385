// Impact on poverty and inequality, law against scenario: the contract's `impact` figures of both evaluations
// (sim/impact.ts), and who gains and who loses income after assistance in each decile of income before it.
import type { Row, SqlValue } from '$lib/db/db';
import { readsSameParams } from '$lib/fast/expr-fold';
import { REGION_CODES, type RegionCode } from '$lib/data/regions';
import type { ParamValues } from '$lib/rules/parameter';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { householdIncomeSql, impactByRegion, impactSql, INCOME_BEFORE } from '$lib/sim/impact';
import { impactFromColumns, impactIncomes, type ImpactByRegion } from '$lib/sim/impact-columns';
import type { ImpactTotals } from '$lib/sim/result';
import { rowsInOrder, rowsReordered } from '$lib/sim/row-order';
import type { FigureQuery } from '$lib/state/figures.svelte';
import { stepsToEnd, type Steps } from '$lib/sim/steps';
import { quoteIdent, sqlLiteral } from '$lib/sql/quote';
import { decilesSql, personDeciles } from './deciles';

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

/** One group's sums: weighted persons, persons gaining and losing, total income after assistance under each side. */
type DecileSums = { persons: number; gain_persons: number; lose_persons: number; law_income_kzt: number; scenario_income_kzt: number };

/** A decile's (or all deciles') change from its sums. */
function decileChange(key: string, s: DecileSums): DecileChange {
	return {
		key,
		persons: s.persons,
		gain_share: s.persons > 0 ? s.gain_persons / s.persons : 0,
		lose_share: s.persons > 0 ? s.lose_persons / s.persons : 0,
		income_change: s.law_income_kzt > 0 ? (s.scenario_income_kzt - s.law_income_kzt) / s.law_income_kzt : null
	};
}

/** Rows of `decileChangesSql` as DecileChanges: deciles 1–10 (an empty one as zeros), then 'all'. */
export function decileChanges(rows: readonly Row[]): DecileChange[] {
	const sums = (r: Row | undefined): DecileSums => {
		const n = (k: string) => Number(r?.[k] ?? 0);
		return {
			persons: n('persons'),
			gain_persons: n('gain_persons'),
			lose_persons: n('lose_persons'),
			law_income_kzt: n('law_income_kzt'),
			scenario_income_kzt: n('scenario_income_kzt')
		};
	};
	const deciles = Array.from({ length: 10 }, (_, i) =>
		decileChange(String(i + 1), sums(rows.find((r) => Number(r.is_total) === 0 && Number(r.decile) === i + 1)))
	);
	return [...deciles, decileChange('all', sums(rows.find((r) => Number(r.is_total) === 1)))];
}

/** The impact view's figures from the evaluated households' columns: `decileChangesSql` and both sides' `impactSql`. */
export function impactFromHouseholds(h: EvaluatedHouseholds, inputs: ImpactInputs): ImpactFigures {
	return stepsToEnd(impactSteps(h, inputs));
}

/** `impactFromHouseholds` in parts (each of its evaluations' incomes, orders and totals one part), for the page. */
export function* impactSteps(h: EvaluatedHouseholds, inputs: ImpactInputs): Steps<ImpactFigures> {
	// Each evaluation's incomes, order and totals are its own: the law's are made once while only the scenario moves.
	// The scenario's incomes before assistance are the law's unless it uprates incomes otherwise; its order after
	// assistance is the law's with only the families whose assistance changed moved (few, after a slider's step).
	const law = h.baseline.figure('impact.incomes', () => impactIncomes(h, h.baseline, inputs.law));
	yield;
	const lawOrder = h.baseline.figure('impact.order', () => rowsInOrder(law.x0, h.idRank, law.keep));
	yield;
	const lawOrderAfter = h.baseline.figure('impact.order_after', () => rowsReordered(lawOrder, law.x0, law.x1, h.idRank));
	yield;
	const lawTotals = h.baseline.figure('impact.totals', () => impactFromColumns(h, h.baseline, law, lawOrder, lawOrderAfter));
	yield;
	const sameBefore = readsSameParams(INCOME_BEFORE, inputs.law, inputs.scenario);
	const scenario = h.scenario.figure('impact.incomes', () =>
		impactIncomes(h, h.scenario, inputs.scenario, { incomes: law, side: h.baseline, params: inputs.law })
	);
	yield;
	// The scenario's totals are kept with it (its orders are not: 22 MB each nationally), made in three parts once.
	const kept = h.scenario.figure('impact.scenario_totals', () => ({ totals: null as ImpactByRegion | null }));
	if (h.scenario === h.baseline) kept.totals = lawTotals;
	if (!kept.totals) {
		const order0 = sameBefore ? lawOrder : rowsReordered(lawOrder, law.x0, scenario.x0, h.idRank);
		yield;
		const order1 = rowsReordered(lawOrderAfter, law.x1, scenario.x1, h.idRank);
		yield;
		kept.totals = impactFromColumns(h, h.scenario, scenario, order0, order1, sameBefore ? lawTotals : undefined);
		yield;
	}
	const scenarioTotals = kept.totals;
	const side = ({ total, byRegion }: typeof lawTotals): ImpactSide => ({
		nation: total,
		region: inputs.region ? byRegion[inputs.region] : null
	});
	const weight = h.fact('weight');
	const size = h.fact('size');
	const decile = h.baseline.figure('impact.deciles', () => personDeciles(lawOrder, weight, size, h.n));
	yield;
	const sums: DecileSums[] = Array.from({ length: 11 }, () => ({
		persons: 0,
		gain_persons: 0,
		lose_persons: 0,
		law_income_kzt: 0,
		scenario_income_kzt: 0
	}));
	const code = inputs.region === null ? -1 : REGION_CODES.indexOf(inputs.region);
	const addTo = (s: DecileSums, w: number, wp: number, before: number, after: number) => {
		s.persons += wp;
		if (after - before > CHANGE_THRESHOLD_KZT) s.gain_persons += wp;
		if (before - after > CHANGE_THRESHOLD_KZT) s.lose_persons += wp;
		// SQL's sums skip NULLs.
		if (before === before) s.law_income_kzt += w * before;
		if (after === after) s.scenario_income_kzt += w * after;
	};
	for (let i = 0; i < h.n; i++) {
		if (!law.keep[i] || (inputs.region !== null && h.region[i] !== code)) continue;
		const w = weight[i];
		const before = size[i] * law.x1[i];
		const after = size[i] * scenario.x1[i];
		addTo(sums[10], w, w * size[i], before, after);
		if (decile[i] > 0) addTo(sums[decile[i] - 1], w, w * size[i], before, after);
	}
	return {
		region: inputs.region,
		law: side(lawTotals),
		scenario: side(scenarioTotals),
		deciles: [...sums.slice(0, 10).map((s, d) => decileChange(String(d + 1), s)), decileChange('all', sums[10])]
	};
}

/** The impact view's figures (the law's, the scenario's, the deciles'): from the evaluated tables or the columns. */
export const impactFigures = {
	sql: async ({ db, tables }, inputs) => {
		const side = async (table: string, params: ParamValues): Promise<ImpactSide> => {
			const { total, byRegion } = impactByRegion(await db.query(impactSql(`SELECT * FROM ${quoteIdent(table)}`, params)));
			return { nation: total, region: inputs.region ? byRegion[inputs.region] : null };
		};
		const law = await side(tables.baseline, inputs.law);
		const scenario = await side(tables.scenario, inputs.scenario);
		const rows = await db.query(
			decileChangesSql(tables.baseline, tables.scenario, inputs.law, inputs.scenario),
			decileChangesParams(inputs.region)
		);
		return { region: inputs.region, law, scenario, deciles: decileChanges(rows) };
	},
	columns: impactFromHouseholds,
	steps: impactSteps
} satisfies FigureQuery<ImpactInputs, ImpactFigures>;
