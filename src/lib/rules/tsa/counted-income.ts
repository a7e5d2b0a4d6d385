// Per-capita counted income: the income types switched on by `tsa.income.counted.*`, divided by family size.
import { add, coalesce, div, iff, lit, mul, num, param, type Num } from '../expr';
import { ORDER_181 } from './citations';
import { rule, type Citation } from './rule';

/** Income types with their switch (`tsa.income.counted.<type>`) and their `hh` column (`income_<type>`). */
export const INCOME_TYPES = ['wages', 'business', 'pension', 'benefits', 'alimony', 'property', 'farm', 'benefits_excluded'] as const;

const counted = (t: (typeof INCOME_TYPES)[number]): Num => iff(param<'boolean'>(`tsa.income.counted.${t}`), num(`income_${t}`), lit(0));

const INCOME_INDEX: Citation = {
	clause: 'BNS household survey: money income per capita by year (indices.income_index); not law, a price base',
	href: 'https://stat.gov.kz/ru/industries/labor-and-income/stat-life/publications/212562/',
	status: 'approximate'
};

/** The dataset's incomes brought to the scenario year: the year's income index over the dataset's own. */
export const incomeUprating = rule({
	path: 'indices.income_uprating',
	label: 'incomes brought to the scenario year',
	entity: 'household',
	unit: 'share',
	reference: INCOME_INDEX,
	expr: div(param('indices.income_index'), coalesce(param('data.income_index'), param('indices.income_index')))
});

/** Monthly family income counted by the TSA rules, ₸ of the scenario year. */
export const countedIncome = rule({
	path: 'tsa.income.counted_total',
	label: 'counted family income',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: ORDER_181,
	expr: mul(
		INCOME_TYPES.map(counted).reduce((a, b) => add(a, b)),
		incomeUprating.expr
	)
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
