// The means test: per-capita counted income strictly below the poverty line («ниже»); at equality the amount is 0.
import { lt } from '../expr';
import { CODE_ART_120 } from './citations';
import { perCapitaIncome } from './counted-income';
import { povertyLine } from './poverty-line';
import { rule } from './rule';

/** True when per-capita income is below the poverty line. */
export const incomeTest = rule({
	path: 'tsa.income_test',
	label: 'per-capita income below the poverty line',
	entity: 'household',
	unit: 'bool',
	reference: CODE_ART_120,
	expr: lt(perCapitaIncome.expr, povertyLine.expr)
});
