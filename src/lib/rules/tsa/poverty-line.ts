// Poverty line of the household's region: max(pm_share × regional ПМ, median_share × median per-capita income).
// The median is a context column: the official statistic (parameters) or the loaded dataset's weighted median, per
// `tsa.poverty_line.median_source`, of the region or the nation per `tsa.poverty_line.median_scope`.
import { max, mul, num, param, paramValue, regionParam } from '../expr';
import type { ParamValues } from '../parameter';
import { ORDER_160_473 } from './citations';
import { rule } from './rule';

/** The context column holding the median per-capita income the household's line uses. */
export const MEDIAN_COLUMN = 'median_pc_income';

/** Path prefix of the official median per-capita income: `<prefix><region>` and `<prefix>national`. */
export const OFFICIAL_MEDIAN_PREFIX = 'tsa.poverty_line.median_income.';

/** True when the line's median is the official statistic (`median_source` = official), not the dataset's. */
export function medianIsOfficial(params: ParamValues): boolean {
	return paramValue(params, 'tsa.poverty_line.median_source') === 'official';
}

/** True when the median is national, false when each region has its own (`tsa.poverty_line.median_scope`). */
export function medianIsNational(params: ParamValues): boolean {
	return paramValue(params, 'tsa.poverty_line.median_scope') === 'national';
}

/** The official median a household of `region` is measured against (per scope), or null for an unknown region. */
export function officialMedian(params: ParamValues, region: string | null): number | null {
	const key = medianIsNational(params) ? 'national' : region;
	const value = key === null ? undefined : params[OFFICIAL_MEDIAN_PREFIX + key];
	return typeof value === 'number' ? value : null;
}

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
