// Per-capita counted income: the income types switched on by `tsa.income.counted.*`, divided by family size.
import { add, div, iff, lit, num, param, type Num } from '../expr';
import { ORDER_181 } from './citations';
import { rule } from './rule';

/** Income types with their switch (`tsa.income.counted.<type>`) and their `hh` column (`income_<type>`). */
export const INCOME_TYPES = ['wages', 'business', 'pension', 'benefits', 'alimony', 'property', 'farm', 'benefits_excluded'] as const;

const counted = (t: (typeof INCOME_TYPES)[number]): Num =>
	iff(param<'boolean'>(`tsa.income.counted.${t}`), num(`income_${t}`), lit(0));

/** Monthly family income counted by the TSA rules, ₸. */
export const countedIncome = rule({
	path: 'tsa.income.counted_total',
	label: 'counted family income',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: ORDER_181,
	expr: INCOME_TYPES.map(counted).reduce((a, b) => add(a, b))
});

/** Monthly counted income per family member, ₸ (NULL for a household without members). */
export const perCapitaIncome = rule({
	path: 'tsa.income.per_capita',
	label: 'per-capita income',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: ORDER_181,
	expr: div(countedIncome.expr, num('size'))
});
