// Income-tested local help: per-capita income not exceeding a maslikhat multiple of ПМ («не превышающий»).
import { and, iff, isNull, le, lit, mul, not, param, regionParam, type Bool } from '../expr';
import { perCapitaIncome } from '../tsa/counted-income';
import { annual, mrpAmount } from './amount';

// Legal acts mean the statutory ПМ of the budget law when they say «прожиточный минимум» (assumption).
/** Per-capita income ≤ multiple × ПМ; no category when the multiple is NULL. */
export const lowIncomeTest: Bool = and(
	not(isNull(regionParam('local.{region}.income_threshold_pm_multiple'))),
	le(perCapitaIncome.expr, mul(regionParam('local.{region}.income_threshold_pm_multiple'), param('indices.pm')))
);

/** Income-tested payment per household, once a year at its ceiling, ₸ a year. */
export const lowIncome = annual('local.income', 'income-tested payment', iff(lowIncomeTest, mrpAmount('income'), lit(0)));
