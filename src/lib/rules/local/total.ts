// All local categories together: annual cost and whether the household receives any.
import { add, gt, lit } from '../expr';
import { DECREE_523 } from '../tsa/citations';
import { rule } from '../tsa/rule';
import { annual } from './amount';
import { damage } from './damage';
import { cancer, hiv, tb } from './disease';
import { housing } from './housing';
import { lowIncome } from './low-income';

/** The categories whose amounts are set in МРП (ceilings), in the order the explanation shows them. */
export const MRP_CATEGORIES = [damage, tb, cancer, hiv, lowIncome] as const;

/** Every local category, in the order the explanation shows them. */
export const LOCAL_CATEGORIES = [...MRP_CATEGORIES, housing] as const;

/** Annual cost of the МРП categories, ₸: МРП × (its value at МРП = 1), which the fast path relies on. */
export const localMrpAnnual = annual(
	'local.mrp_annual',
	'local payments set in МРП a year',
	MRP_CATEGORIES.map((c) => c.expr).reduce((a, b) => add(a, b))
);

/** Annual cost of local assistance for the household, ₸: the МРП categories and housing assistance. */
export const localAnnual = annual('local.annual', 'local assistance a year', add(localMrpAnnual.expr, housing.expr));

/** Receives some local assistance. */
export const localEligible = rule({
	path: 'local.eligible',
	label: 'receives local assistance',
	entity: 'household',
	unit: 'bool',
	reference: DECREE_523,
	expr: gt(localAnnual.expr, lit(0))
});
