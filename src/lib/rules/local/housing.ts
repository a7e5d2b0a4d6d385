// Housing assistance (Law on Housing Relations art. 97; rules of Order No. 117 of 08.12.2023): the local budget pays
// the part of a family's housing and utility costs, counted within the norms, above a maximum share of its income
// that the maslikhat sets.
import { and, gt, iff, isNull, lit, lt, max, min, mul, num, or, param, regionParam, sub } from '../expr';
import { countedIncome, perCapitaIncome } from '../tsa/counted-income';
import { rule, type Citation } from '../tsa/rule';

/** The law and the rules of housing assistance, as the maslikhats apply them. */
export const HOUSING_ASSISTANCE: Citation = {
	clause:
		'Law on Housing Relations No. 94-I of 16.04.1997, art. 97, and Order No. 117 of 08.12.2023 (rules of housing assistance): housing and utility costs above the maximum share of family income set by the maslikhat',
	href: 'https://adilet.zan.kz/rus/docs/V24R0176502/compare',
	status: 'approximate'
};

const share = regionParam('local.{region}.housing_max_income_share');
const ceiling = regionParam('local.{region}.housing_income_ceiling_pm_multiple');
const norm = regionParam('local.{region}.housing_norm_kzt_per_person');

/** The rules' norms: costs are compensated only within the normative area and consumption per person. */
export const HOUSING_NORMS: Citation = {
	clause:
		'Rules of housing assistance as amended by the order of 19.11.2025: the amount is computed within norms (18 m² a person; gas, water, heat and electricity limits)',
	href: 'https://www.inform.kz/ru/chto-izmenitsya-v-pravilah-predostavleniya-zhilishnoy-pomoshi-v-kazahstane-so-2-dekabrya-f41789',
	status: 'approximate'
};

/** Monthly housing and utility costs counted: the family's costs, at most the normative cost per member × members. */
export const housingCosts = rule({
	path: 'local.housing.costs',
	label: 'housing costs counted within the norms',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: HOUSING_NORMS,
	expr: iff(isNull(norm), num('housing_costs_monthly'), min(num('housing_costs_monthly'), mul(norm, num('size'))))
});

/** Monthly counted housing costs above the maximum share of the family's monthly income, ₸ (0 when within it). */
export const housingExcess = rule({
	path: 'local.housing.excess',
	label: 'housing costs above the maximum share of income',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: HOUSING_ASSISTANCE,
	expr: max(sub(housingCosts.expr, mul(share, countedIncome.expr)), lit(0))
});

/** The region pays housing assistance and the family's per-capita income is below its ceiling (if it has one). */
export const housingTest = rule({
	path: 'local.housing.test',
	label: 'housing assistance paid in the region, income below its ceiling',
	entity: 'household',
	unit: 'bool',
	reference: HOUSING_ASSISTANCE,
	expr: and(
		regionParam<'boolean'>('local.{region}.housing_assistance'),
		or(isNull(ceiling), lt(perCapitaIncome.expr, mul(ceiling, param('indices.pm'))))
	)
});

/** Housing assistance, ₸ a year: twelve months of the excess when the test passes. */
export const housing = rule({
	path: 'local.housing',
	label: 'housing assistance',
	entity: 'household',
	unit: 'kzt_per_year',
	reference: HOUSING_ASSISTANCE,
	expr: iff(and(housingTest.expr, gt(housingExcess.expr, lit(0))), mul(lit(12), housingExcess.expr), lit(0))
});
