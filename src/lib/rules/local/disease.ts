// Socially significant diseases, per patient: TB outpatients (monthly for the treatment's length where the maslikhat
// pays monthly, e.g. Kaztalov district 2023: 10 МРП), cancer in the post-operative period, HIV.
import { iff, lit, mul, num, regionParam } from '../expr';
import { annual, mrpAmount } from './amount';

/** Tuberculosis in outpatient treatment: the ceiling × months of treatment when monthly, else once; ₸ a year. */
export const tb = annual(
	'local.tb',
	'tuberculosis (outpatient treatment)',
	mul(
		num('ssd_tb'),
		mul(mrpAmount('tb'), iff(regionParam<'boolean'>('local.{region}.tb_monthly'), regionParam('local.{region}.tb_months'), lit(1)))
	)
);

/** Malignant neoplasm in the post-operative period (every cancer patient is counted as such): once per patient, ₸ a year. */
export const cancer = annual('local.cancer', 'malignant neoplasm (post-operative period)', mul(num('ssd_cancer'), mrpAmount('cancer')));

/** HIV: once per patient, ₸ a year. */
export const hiv = annual('local.hiv', 'HIV', mul(num('ssd_hiv'), mrpAmount('hiv')));
