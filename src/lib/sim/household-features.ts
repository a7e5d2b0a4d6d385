// Table `hh`: one row per household with everything the rules read, built once per dataset load from
// `households` + `persons`. Person-level definitions (pension age, able-bodied, supplement ages) are bound `?`.
import type { Db, SqlValue } from '../db/db';
import type { ParamValues } from '../rules/parameter';
import { paramValue } from '../rules/expr';

/** Parameters the feature table depends on; a scenario that changes one needs a rebuild. */
export const FEATURE_PARAM_PATHS = [
	'indices.pension_age.men',
	'indices.pension_age.women',
	'tsa.able_bodied.min_age',
	'tsa.able_bodied.student_max_age',
	'tsa.able_bodied.elderly_care_age',
	'tsa.child_supplement.min_age',
	'tsa.child_supplement.max_age'
] as const;

/** Income columns of `persons`, summed per household under the same names. */
export const INCOME_COLUMNS = [
	'income_wages',
	'income_business',
	'income_pension',
	'income_benefits',
	'income_benefits_excluded',
	'income_alimony',
	'income_property',
	'income_farm'
] as const;

const PENSIONER = `p.age >= (CASE WHEN p.sex = 'm' THEN $men ELSE $women END)`;
const ABLE_AGE = `p.age >= $able_min AND NOT (${PENSIONER}) AND coalesce(p.disability_group, 0) NOT IN (1, 2)
	AND NOT (coalesce(p.student_fulltime, false) AND p.age <= $student_max)`;
const CARER = 'coalesce(p.carer, false)';

const PERSON_AGGREGATES = `
	count(p.hh_id)::INTEGER AS size,
	count(*) FILTER (WHERE p.age = 0)::INTEGER AS children_0,
	count(*) FILTER (WHERE p.age BETWEEN 1 AND 6)::INTEGER AS children_1_6,
	count(*) FILTER (WHERE p.age < 3)::INTEGER AS children_under_3,
	count(*) FILTER (WHERE p.age < 18)::INTEGER AS children_under_18,
	count(*) FILTER (WHERE p.age >= 18 AND p.sex = 'f')::INTEGER AS adult_women,
	count(*) FILTER (WHERE p.age BETWEEN $sup_min AND $sup_max)::INTEGER AS children_supplement,
	count(*) FILTER (WHERE p.age < 18 AND coalesce(p.disability_group, 0) > 0)::INTEGER AS disabled_children,
	count(*) FILTER (WHERE coalesce(p.disability_group, 0) IN (1, 2))::INTEGER AS disabled_1_2,
	count(*) FILTER (WHERE ${PENSIONER})::INTEGER AS pensioners,
	count(*) FILTER (WHERE ${ABLE_AGE})::INTEGER AS able_bodied,
	count(*) FILTER (WHERE ${ABLE_AGE} AND ${CARER})::INTEGER AS able_bodied_carers,
	count(*) FILTER (WHERE p.age >= $elderly_care AND NOT (${ABLE_AGE}))::INTEGER AS elderly_needing_care,
	count(*) FILTER (WHERE ${CARER})::INTEGER AS carers,
	count(*) FILTER (WHERE p.ssd = 'tb')::INTEGER AS ssd_tb,
	count(*) FILTER (WHERE p.ssd = 'cancer')::INTEGER AS ssd_cancer,
	count(*) FILTER (WHERE p.ssd = 'hiv')::INTEGER AS ssd_hiv,
	${INCOME_COLUMNS.map((c) => `coalesce(sum(p.${c}), 0)::DOUBLE AS ${c}`).join(',\n\t')}`;

// Optional household columns: unknown is treated as 0 / false (contract §1), except consumption (NULL = no survey).
const HOUSEHOLD_COLUMNS = `h.hh_id, h.region, h.settlement, h.weight::DOUBLE AS weight,
	h.consumption_monthly::DOUBLE AS consumption_monthly,
	coalesce(h.dwellings_owned, 0)::INTEGER AS dwellings_owned,
	coalesce(h.vehicles_owned, 0)::INTEGER AS vehicles_owned,
	coalesce(h.land_plots_owned, 0)::INTEGER AS land_plots_owned,
	coalesce(h.deposits_kzt, 0)::DOUBLE AS deposits_kzt,
	coalesce(h.non_mortgage_loan, false) AS non_mortgage_loan,
	h.loans_received_quarter_kzt::DOUBLE AS loans_received_quarter_kzt,
	coalesce(h.housing_costs_monthly, 0)::DOUBLE AS housing_costs_monthly,
	coalesce(h.card_spending_monthly, 0)::DOUBLE AS card_spending_monthly,
	coalesce(h.disaster_damage, false) AS disaster_damage,
	coalesce(h.fire_damage, false) AS fire_damage,
	coalesce(h.notified, false) AS notified,
	coalesce(h.applied, false) AS applied,
	coalesce(h.tsa_paid_monthly, 0)::DOUBLE AS tsa_paid_monthly`;

/** The SELECT that computes household features (named `$` placeholders, see `featureBindings`). */
export const HOUSEHOLD_FEATURES_SELECT = `SELECT ${HOUSEHOLD_COLUMNS}, ${PERSON_AGGREGATES}
FROM households h LEFT JOIN persons p ON p.hh_id = h.hh_id
GROUP BY ALL`;

/** The statement plus bound values for the feature parameters of `params`, in placeholder order. */
export function featureStatement(params: ParamValues): { sql: string; values: SqlValue[] } {
	const select = featureSelect(params);
	return { sql: `CREATE OR REPLACE TABLE hh AS ${select.sql}`, values: select.values };
}

/** `HOUSEHOLD_FEATURES_SELECT` with its placeholders bound to `params` in order (the calculator runs it on its own tables). */
export function featureSelect(params: ParamValues): { sql: string; values: SqlValue[] } {
	const named: Record<string, SqlValue> = {
		men: num(params, 'indices.pension_age.men'),
		women: num(params, 'indices.pension_age.women'),
		able_min: num(params, 'tsa.able_bodied.min_age'),
		student_max: num(params, 'tsa.able_bodied.student_max_age'),
		elderly_care: num(params, 'tsa.able_bodied.elderly_care_age'),
		sup_min: num(params, 'tsa.child_supplement.min_age'),
		sup_max: num(params, 'tsa.child_supplement.max_age')
	};
	const values: SqlValue[] = [];
	const sql = HOUSEHOLD_FEATURES_SELECT.replace(/\$(\w+)/g, (_, name: string) => {
		values.push(named[name]);
		return '?';
	});
	return { sql, values };
}

/** Builds table `hh` from `households` and `persons` (call after every dataset load). */
export async function buildHouseholdFeatures(db: Db, params: ParamValues): Promise<void> {
	const { sql, values } = featureStatement(params);
	await db.query(sql, values);
	await db.query('CREATE OR REPLACE TABLE hh_meta AS SELECT ? AS feature_key', [await featureKey(db, params)]);
}

/** Rebuilds `hh` only when it is missing, was built with other feature parameters, or the dataset changed. */
export async function ensureHouseholdFeatures(db: Db, params: ParamValues): Promise<void> {
	const rows = await db
		.query("SELECT feature_key FROM hh_meta WHERE (SELECT count(*) FROM duckdb_tables() WHERE table_name = 'hh') > 0")
		.catch(() => []);
	if (rows[0]?.feature_key !== (await featureKey(db, params))) await buildHouseholdFeatures(db, params);
}

// Installing a dataset replaces the tables, which gives them new oids: a reload without a rebuild is caught.
async function featureKey(db: Db, params: ParamValues): Promise<string> {
	const tables = await db.query(
		"SELECT table_name, table_oid FROM duckdb_tables() WHERE table_name IN ('households', 'persons') ORDER BY table_name"
	);
	return JSON.stringify([FEATURE_PARAM_PATHS.map((p) => paramValue(params, p)), tables]);
}

function num(params: ParamValues, path: string): number {
	const v = paramValue(params, path);
	if (typeof v !== 'number') throw new Error(`${path} must be a number`);
	return v;
}
