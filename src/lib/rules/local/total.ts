// All local categories together: annual cost and whether the household receives any.
import { add, gt, lit } from '../expr';
import { DECREE_523 } from '../tsa/citations';
import { rule } from '../tsa/rule';
import { annual } from './amount';
import { disaster, fire } from './damage';
import { cancer, hiv, tb } from './disease';
import { lowIncome } from './low-income';

/** Every local category, in the order the explanation shows them. */
export const LOCAL_CATEGORIES = [disaster, fire, tb, cancer, hiv, lowIncome] as const;

/** Annual cost of local assistance for the household, ₸. */
export const localAnnual = annual('local.annual', 'local assistance a year', LOCAL_CATEGORIES.map((c) => c.expr).reduce((a, b) => add(a, b)));

/** Receives some local assistance. */
export const localEligible = rule({
	path: 'local.eligible',
	label: 'receives local assistance',
	entity: 'household',
	unit: 'bool',
	reference: DECREE_523,
	expr: gt(localAnnual.expr, lit(0))
});
