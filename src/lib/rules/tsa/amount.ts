// Eligibility and the monthly TSA amount: (poverty line − per-capita income) × family size.
import { and, coalesce, iff, lit, mul, num, sub } from '../expr';
import { AMOUNT_FORMULA, CODE_ART_120 } from './citations';
import { assetsPass } from './assets';
import { perCapitaIncome } from './counted-income';
import { incomeTest } from './income-test';
import { povertyLine } from './poverty-line';
import { rule } from './rule';

/** Eligible for TSA: the income test and every asset test pass (unknown counts as not eligible). */
export const eligible = rule({
	path: 'tsa.eligible',
	label: 'eligible for TSA',
	entity: 'household',
	unit: 'bool',
	reference: CODE_ART_120,
	expr: coalesce(and(incomeTest.expr, assetsPass.expr), lit(false))
});

/** Monthly TSA amount of the family, ₸ (0 when not eligible). */
export const tsaAmount = rule({
	path: 'tsa.amount',
	label: 'monthly TSA amount',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: AMOUNT_FORMULA,
	expr: iff(eligible.expr, mul(sub(povertyLine.expr, perCapitaIncome.expr), num('size')), lit(0))
});
