// Household explorer: find a household by id or by a "typical family" description, then explain it under the
// scenario and the baseline with the shared rule explainer.
import type { Db, Row, SqlValue } from '$lib/db/db';
import { columnsOf } from '$lib/fast/column-kernel';
import { add, and, ge, gt, lit, not, num, eq, type Bool } from '$lib/rules/expr';
import type { ParamValues } from '$lib/rules/parameter';
import { explainHousehold, type ExplainContext, type ExplanationStep } from '$lib/rules/explain';
import type { ExplainLanguage } from '$lib/rules/explain-phrases';
import { BASELINE, SCENARIO } from '$lib/sim/evaluated-kernel';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { householdForExplain } from '$lib/sim/explain-row';
import { toSql } from '$lib/sql/to-sql';
import { quoteIdent } from '$lib/sql/quote';
import type { Evaluated, FigureQuery } from '$lib/state/figures.svelte';
import type { LiveSimulation } from '$lib/state/live.svelte';
import { closestToMedian, featureRow, idsFromColumns, rowOfId, rowsWhere } from './explorer-columns';

/**
 * A typical family: its condition over the household's features and its evaluation under the law (BASELINE columns)
 * and the scenario (SCENARIO columns), the settlement it lives in, and whether it is tied to one region.
 */
export interface Preset {
	key: string;
	when: Bool;
	settlement: string | null;
	region: string | null;
}

const count = (name: string, value: number) => eq(num(name), lit(value));

/** The typical families the explorer offers. */
export const PRESETS: readonly Preset[] = [
	{ key: 'turkestan_couple_3', when: and(count('size', 5), count('children_under_18', 3)), settlement: 'rural', region: 'turkestan' },
	{ key: 'astana_pensioner', when: and(count('size', 1), count('pensioners', 1)), settlement: null, region: 'astana' },
	{
		key: 'single_mother_2',
		when: and(count('size', 3), count('children_under_18', 2), count('adult_women', 1)),
		settlement: null,
		region: null
	},
	{ key: 'disabled_child', when: gt(num('disabled_children'), lit(0)), settlement: null, region: null },
	// Chosen by their evaluation, so each exists whenever the dataset has such a family.
	{
		key: 'scenario_pays',
		when: and(SCENARIO.flag('eligible'), gt(add(SCENARIO.num('tsa_amount'), SCENARIO.num('child_supplement')), lit(0))),
		settlement: null,
		region: null
	},
	{ key: 'law_not_scenario', when: and(BASELINE.flag('eligible'), not(SCENARIO.flag('eligible'))), settlement: null, region: null },
	{ key: 'scenario_not_law', when: and(SCENARIO.flag('eligible'), not(BASELINE.flag('eligible'))), settlement: null, region: null },
	// A large family as the vehicle exception counts it by default (4 or more children under 18).
	{
		key: 'large_family_car',
		when: and(ge(num('children_under_18'), lit(4)), gt(num('vehicles_owned'), lit(0))),
		settlement: null,
		region: null
	}
];

/** How many households an id search suggests. */
export const SUGGESTED_IDS = 20;

/**
 * The household of `preset` closest to the median baseline per-capita income of all such households (ties by
 * id), in the preset's region, else the focused region, else anywhere. Bind `presetParams`.
 */
export function presetSql(preset: Preset, baseline = 'eval_baseline', scenario = 'eval_scenario'): string {
	// The condition's columns under the names it reads them by: `baseline:eligible` is b.eligible, `size` is h.size.
	const named = [...columnsOf(preset.when)].map((name) => {
		const [side, column] = name.includes(':') ? name.split(':') : ['', name];
		return `${side === 'baseline' ? 'b' : side === 'scenario' ? 's' : 'h'}.${quoteIdent(column)} AS ${quoteIdent(name)}`;
	});
	// Window aggregates rather than a CTE read three times: DuckDB mis-binds `?` in a CTE it inlines more than once.
	return `SELECT hh_id, matches FROM (
	SELECT hh_id, pc_income, count(*) OVER () AS matches, median(pc_income) OVER () AS med FROM (
		SELECT h.hh_id, h.region, h.settlement, b.pc_income, ${named.join(', ')}
		FROM hh h JOIN ${quoteIdent(baseline)} b USING (hh_id) JOIN ${quoteIdent(scenario)} s USING (hh_id)
	) WHERE ${toSql(preset.when, {})} AND (?::VARCHAR IS NULL OR region = ?::VARCHAR) AND (?::VARCHAR IS NULL OR settlement = ?::VARCHAR)
) ORDER BY abs(pc_income - med), hh_id LIMIT 1`;
}

/** The bound values of `presetSql`: the preset's own region, or the focused one, and its settlement. */
export function presetParams(preset: Preset, focus: string | null): SqlValue[] {
	const region = preset.region ?? focus;
	return [region, region, preset.settlement, preset.settlement];
}

/** Up to `limit` household ids starting with the typed text, in the focused region (or all). Bind `idParams`. */
export const ID_SEARCH_SQL = `SELECT hh_id FROM hh
WHERE starts_with(hh_id, ?::VARCHAR) AND (?::VARCHAR IS NULL OR region = ?::VARCHAR)
ORDER BY hh_id LIMIT ?`;

/** The bound values of `ID_SEARCH_SQL`. */
export function idParams(prefix: string, region: string | null, limit = SUGGESTED_IDS): SqlValue[] {
	return [prefix, region, region, limit];
}

/** One household's features rows under the scenario and the baseline, with what the explainer needs to say them. */
export interface ExplorerHousehold {
	hhId: string;
	region: string;
	scenario: { row: Row; params: ParamValues; context: ExplainContext };
	baseline: { row: Row; params: ParamValues; context: ExplainContext };
}

/** Reads household `hhId` under scenario and baseline; null when there is no such household. */
export async function householdBoth(db: Db, hhId: string, scenario: ParamValues, baseline: ParamValues): Promise<ExplorerHousehold | null> {
	const b = await householdForExplain(db, baseline, hhId);
	const s = await householdForExplain(db, scenario, hhId);
	if (!b || !s) return null;
	return { hhId, region: String(s.row.region), scenario: { ...s, params: scenario }, baseline: { ...b, params: baseline } };
}

/** The explanation of a household read by `householdBoth`, in `language` (no query: a language change says it again). */
export function explainIn(
	h: ExplorerHousehold,
	language: ExplainLanguage = 'en'
): { scenario: ExplanationStep[]; baseline: ExplanationStep[] } {
	const say = (x: ExplorerHousehold['scenario']) => explainHousehold(x.row, x.params, x.context, language);
	return { scenario: say(h.scenario), baseline: say(h.baseline) };
}

/** The explanation of one household under scenario and baseline, side by side; null when there is no such household. */
export async function explainBoth(
	db: Db,
	hhId: string,
	scenario: ParamValues,
	baseline: ParamValues,
	language: ExplainLanguage = 'en'
): Promise<{ hhId: string; region: string; scenario: ExplanationStep[]; baseline: ExplanationStep[] } | null> {
	const h = await householdBoth(db, hhId, scenario, baseline);
	return h && { hhId, region: h.region, ...explainIn(h, language) };
}

/** What the id suggestions are asked with: the typed prefix and the focused region. */
export type IdSearch = { prefix: string; region: string | null };

/** Ids of households that begin with `prefix` (in the focused region, if any), for the explorer's suggestions. */
export const suggestIds = {
	sql: async ({ db }: Evaluated, { prefix, region }: IdSearch) =>
		(await db.query(ID_SEARCH_SQL, idParams(prefix, region))).map((r) => String(r.hh_id)),
	columns: (h: EvaluatedHouseholds, { prefix, region }: IdSearch) => idsFromColumns(h, prefix, region, SUGGESTED_IDS)
} satisfies FigureQuery<IdSearch, string[]>;

/** What the trace is asked with: the picked household and both parameter sets. */
export type HouseholdPick = { hhId: string | null; scenario: ParamValues; baseline: ParamValues };

/** The household `hhId` under both parameter sets (null when the dataset has no such household). */
export const explorerHousehold = {
	sql: async ({ db }: Evaluated, { hhId, scenario, baseline }: HouseholdPick) =>
		hhId === null ? null : householdBoth(db, hhId, scenario, baseline),
	columns: householdFromColumns
} satisfies FigureQuery<HouseholdPick, ExplorerHousehold | null>;

/** `explorerHousehold` from the columns: its features row, and each side's median from that evaluation's line. */
export function householdFromColumns(h: EvaluatedHouseholds, { hhId, scenario, baseline }: HouseholdPick): ExplorerHousehold | null {
	const row = hhId === null ? -1 : rowOfId(h, hhId);
	if (hhId === null || row < 0) return null;
	const features = featureRow(h, row);
	const side = (evaluation: EvaluatedHouseholds['baseline'], params: ParamValues) => {
		const median = evaluation.column('median_pc_income')[row];
		return { row: features, params, context: { median_pc_income: median === median ? median : null } };
	};
	return { hhId, region: String(features.region), scenario: side(h.scenario, scenario), baseline: side(h.baseline, baseline) };
}

/** True when the dataset holds a household `hhId`. */
export async function householdExists(db: Db, hhId: string): Promise<boolean> {
	return (await db.query('SELECT hh_id FROM hh WHERE hh_id = ?', [hhId])).length > 0;
}

/** The first household matching `preset` (in the focused region, if any) and how many match, or null for none. */
export async function findPreset(db: Db, preset: Preset, region: string | null): Promise<{ id: string; matches: number } | null> {
	const rows = await db.query(presetSql(preset), presetParams(preset, region));
	return rows.length === 0 ? null : { id: String(rows[0].hh_id), matches: Number(rows[0].matches) };
}

/** `findPreset` from the evaluated households' columns. */
export function presetFromColumns(h: EvaluatedHouseholds, preset: Preset, region: string | null): { id: string; matches: number } | null {
	return closestToMedian(h, rowsWhere(h, preset.when), preset.region ?? region, preset.settlement);
}

/** Whether household `hhId` exists, from the columns when in memory, else SQL (null: the question was dropped). */
export async function askExists(live: LiveSimulation, hhId: string): Promise<{ value: boolean } | null> {
	const h = live.households;
	return h ? { value: h.ids.rankOf(hhId) >= 0 } : live.ask('explorer-pick', (db) => householdExists(db, hhId));
}

/** `findPreset`, from the columns when in memory, else SQL (null: the question was dropped). */
export async function askPreset(
	live: LiveSimulation,
	preset: Preset,
	region: string | null
): Promise<{ value: { id: string; matches: number } | null } | null> {
	const h = live.households;
	return h ? { value: presetFromColumns(h, preset, region) } : live.ask('explorer-pick', (db) => findPreset(db, preset, region));
}
