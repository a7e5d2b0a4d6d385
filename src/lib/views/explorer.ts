// Household explorer: find a household by id or by a "typical family" description, then explain it under the
// scenario and the baseline with the shared rule explainer.
import type { Db, Row, SqlValue } from '$lib/db/db';
import type { ParamValues } from '$lib/rules/parameter';
import { explainHousehold, type ExplainContext, type ExplanationStep } from '$lib/rules/explain';
import type { ExplainLanguage } from '$lib/rules/explain-phrases';
import { householdForExplain } from '$lib/sim/explain-row';
import { quoteIdent } from '$lib/sql/quote';
import type { Evaluated } from '$lib/state/figures.svelte';

/**
 * A typical family: its condition over `hh` (aliased h) and the evaluated rows under the law (b) and the scenario (s),
 * and whether it is tied to one region.
 */
export interface Preset {
	key: string;
	where: string;
	region: string | null;
}

const ADULT_WOMEN = `(SELECT count(*) FROM persons p WHERE p.hh_id = h.hh_id AND p.age >= 18 AND p.sex = 'f')`;

/** The typical families the explorer offers. */
export const PRESETS: readonly Preset[] = [
	{ key: 'turkestan_couple_3', where: `h.settlement = 'rural' AND h.size = 5 AND h.children_under_18 = 3`, region: 'turkestan' },
	{ key: 'astana_pensioner', where: `h.size = 1 AND h.pensioners = 1`, region: 'astana' },
	{ key: 'single_mother_2', where: `h.size = 3 AND h.children_under_18 = 2 AND ${ADULT_WOMEN} = 1`, region: null },
	{ key: 'disabled_child', where: `h.disabled_children > 0`, region: null },
	// Chosen by their evaluation, so each exists whenever the dataset has such a family.
	{ key: 'scenario_pays', where: `s.eligible AND s.tsa_amount + s.child_supplement > 0`, region: null },
	{ key: 'law_not_scenario', where: `b.eligible AND NOT s.eligible`, region: null },
	{ key: 'scenario_not_law', where: `s.eligible AND NOT b.eligible`, region: null },
	// A large family as the vehicle exception counts it by default (4 or more children under 18).
	{ key: 'large_family_car', where: `h.children_under_18 >= 4 AND h.vehicles_owned > 0`, region: null }
];

/**
 * The household of `preset` closest to the median baseline per-capita income of all such households (ties by
 * id), in the preset's region, else the focused region, else anywhere. Bind `presetParams`.
 */
export function presetSql(preset: Preset, baseline = 'eval_baseline', scenario = 'eval_scenario'): string {
	// Window aggregates rather than a CTE read three times: DuckDB mis-binds `?` in a CTE it inlines more than once.
	return `SELECT hh_id, matches FROM (
	SELECT h.hh_id, b.pc_income, count(*) OVER () AS matches, median(b.pc_income) OVER () AS med
	FROM hh h JOIN ${quoteIdent(baseline)} b USING (hh_id) JOIN ${quoteIdent(scenario)} s USING (hh_id)
	WHERE ${preset.where} AND (?::VARCHAR IS NULL OR h.region = ?::VARCHAR)
) ORDER BY abs(pc_income - med), hh_id LIMIT 1`;
}

/** The bound values of `presetSql`: the preset's own region, or the focused one. */
export function presetParams(preset: Preset, focus: string | null): SqlValue[] {
	const region = preset.region ?? focus;
	return [region, region];
}

/** Up to `limit` household ids starting with the typed text, in the focused region (or all). Bind `idParams`. */
export const ID_SEARCH_SQL = `SELECT hh_id FROM hh
WHERE starts_with(hh_id, ?::VARCHAR) AND (?::VARCHAR IS NULL OR region = ?::VARCHAR)
ORDER BY hh_id LIMIT ?`;

/** The bound values of `ID_SEARCH_SQL`. */
export function idParams(prefix: string, region: string | null, limit = 20): SqlValue[] {
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

/** Ids of households that begin with `prefix` (in the focused region, if any), for the explorer's suggestions. */
export async function suggestIds({ db }: Evaluated, { prefix, region }: { prefix: string; region: string | null }): Promise<string[]> {
	return (await db.query(ID_SEARCH_SQL, idParams(prefix, region))).map((r) => String(r.hh_id));
}

/** The household `hhId` under both parameter sets (null when the dataset has no such household). */
export async function explorerHousehold(
	{ db }: Evaluated,
	{ hhId, scenario, baseline }: { hhId: string | null; scenario: ParamValues; baseline: ParamValues }
): Promise<ExplorerHousehold | null> {
	return hhId === null ? null : householdBoth(db, hhId, scenario, baseline);
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
