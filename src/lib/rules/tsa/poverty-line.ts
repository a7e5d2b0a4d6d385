// Poverty line of the household's region: max(pm_share × regional ПМ, median_share × median per-capita income).
import { max, mul, num, param, regionParam } from '../expr';
import { ORDER_160_473 } from './citations';
import { rule } from './rule';

/** The context column holding the weighted median per-capita income (national or of the region). */
export const MEDIAN_COLUMN = 'median_pc_income';

/** Regional subsistence minimum (ПМ) used by the poverty line, ₸/month. */
export const regionalPm = rule({
	path: 'indices.pm_regional',
	label: 'regional subsistence minimum',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: ORDER_160_473,
	expr: regionParam('indices.pm_regional.{region}')
});

/** The ПМ term of the poverty line. */
export const pmTerm = rule({
	path: 'tsa.poverty_line.pm_term',
	label: 'share of the regional ПМ',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: ORDER_160_473,
	expr: mul(param('tsa.poverty_line.pm_share'), regionalPm.expr)
});

/** The median term of the poverty line (0 when `median_share` is 0). */
export const medianTerm = rule({
	path: 'tsa.poverty_line.median_term',
	label: 'share of the median per-capita income',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: ORDER_160_473,
	expr: mul(param('tsa.poverty_line.median_share'), num(MEDIAN_COLUMN))
});

/** The poverty line, ₸ per person per month. */
export const povertyLine = rule({
	path: 'tsa.poverty_line',
	label: 'poverty line',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: ORDER_160_473,
	expr: max(pmTerm.expr, medianTerm.expr)
});
