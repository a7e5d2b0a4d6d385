// Housing assistance (Law on Housing Relations art. 97; rules of Order No. 117 of 08.12.2023): the local budget pays
// the part of a family's housing and utility costs above a maximum share of its income that the maslikhat sets.
import { and, gt, iff, isNull, lit, lt, max, mul, num, or, param, regionParam, sub } from '../expr';
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

/** Monthly housing and utility costs above the maximum share of the family's monthly income, ₸ (0 when within it). */
export const housingExcess = rule({
	path: 'local.housing.excess',
	label: 'housing costs above the maximum share of income',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: HOUSING_ASSISTANCE,
	expr: max(sub(num('housing_costs_monthly'), mul(share, countedIncome.expr)), lit(0))
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
