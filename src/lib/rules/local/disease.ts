// Socially significant diseases: per patient; TB may be monthly (Kaztalov district 2023: 10 МРП monthly).
import { iff, lit, mul, num, regionParam } from '../expr';
import { annual, mrpAmount } from './amount';

/** Tuberculosis in outpatient treatment: monthly (×12) when `tb_monthly`, else one-time; ₸ a year. */
export const tb = annual(
	'local.tb',
	'tuberculosis',
	mul(num('ssd_tb'), mul(mrpAmount('tb'), iff(regionParam<'boolean'>('local.{region}.tb_monthly'), lit(12), lit(1))))
);

/** Malignant neoplasm: one-time per patient, ₸ a year. */
export const cancer = annual('local.cancer', 'cancer', mul(num('ssd_cancer'), mrpAmount('cancer')));

/** HIV: one-time per patient, ₸ a year. */
export const hiv = annual('local.hiv', 'HIV', mul(num('ssd_hiv'), mrpAmount('hiv')));
