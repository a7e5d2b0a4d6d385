// Shared shape of local categories: amounts in МРП of the household's region, annual cost in ₸.
import { mul, param, regionParam, type Num } from '../expr';
import { DECREE_523 } from '../tsa/citations';
import { rule, type Rule } from '../tsa/rule';

/** `local.<region>.<name>_amount_mrp` × МРП, ₸. */
export const mrpAmount = (name: string): Num => mul(regionParam(`local.{region}.${name}_amount_mrp`), param('indices.mrp'));

/** Declares a local category whose value is its annual cost for the household, ₸. */
export const annual = (path: string, label: string, expr: Num): Rule<'number'> =>
	rule({ path, label, entity: 'household', unit: 'kzt_per_year', reference: DECREE_523, expr });
