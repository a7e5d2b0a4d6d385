// Local social assistance (maslikhat rules under Decree No. 523): one-time or monthly amounts in МРП, annual cost.
import { add, and, flag, gt, iff, isNull, le, lit, mul, not, num, param, regionParam, type Bool, type Num } from '../expr';
import { perCapitaIncome } from '../tsa/counted-income';
import { DECREE_523 } from '../tsa/citations';
import { rule } from '../tsa/rule';

const mrpAmount = (name: string): Num => mul(regionParam(`local.{region}.${name}_amount_mrp`), param('indices.mrp'));
const annual = (path: string, label: string, expr: Num) =>
	rule({ path, label, entity: 'household', unit: 'kzt_per_year', reference: DECREE_523, expr });

/** Natural-disaster damage: one-time payment per household, ₸ a year. */
export const disaster = annual('local.disaster', 'disaster damage', iff(flag('disaster_damage'), mrpAmount('disaster'), lit(0)));

/** Fire damage: one-time payment per household, ₸ a year. */
export const fire = annual('local.fire', 'fire damage', iff(flag('fire_damage'), mrpAmount('fire'), lit(0)));

/** Tuberculosis in outpatient treatment: per patient, monthly (×12) when `tb_monthly`, else one-time. */
export const tb = annual(
	'local.tb',
	'tuberculosis',
	mul(num('ssd_tb'), mul(mrpAmount('tb'), iff(regionParam<'boolean'>('local.{region}.tb_monthly'), lit(12), lit(1))))
);

/** Malignant neoplasm: one-time payment per patient, ₸ a year. */
export const cancer = annual('local.cancer', 'cancer', mul(num('ssd_cancer'), mrpAmount('cancer')));

/** HIV: one-time payment per patient, ₸ a year. */
export const hiv = annual('local.hiv', 'HIV', mul(num('ssd_hiv'), mrpAmount('hiv')));

// The maslikhat threshold is a multiple of ПМ; legal acts mean the statutory ПМ of the budget law (assumption).
/** Low income: per-capita income not exceeding multiple × ПМ (no category when the multiple is NULL). */
export const lowIncomeTest: Bool = and(
	not(isNull(regionParam('local.{region}.income_threshold_pm_multiple'))),
	le(perCapitaIncome.expr, mul(regionParam('local.{region}.income_threshold_pm_multiple'), param('indices.pm')))
);

/** Income-tested one-time payment per household, ₸ a year. */
export const lowIncome = annual('local.income', 'low income', iff(lowIncomeTest, mrpAmount('income'), lit(0)));

/** Every local category, in the order the explanation shows them. */
export const LOCAL_CATEGORIES = [disaster, fire, tb, cancer, hiv, lowIncome] as const;

/** Annual cost of local assistance for the household, ₸. */
export const localAnnual = annual('local.annual', 'local assistance a year', LOCAL_CATEGORIES.map((c) => c.expr).reduce((a, b) => add(a, b)));

/** Receives some local assistance. */
export const localEligible = rule({
	path: 'local.eligible',
	label: 'receives local assistance',
	entity: 'household',
	unit: 'bool',
	reference: DECREE_523,
	expr: gt(localAnnual.expr, lit(0))
});
