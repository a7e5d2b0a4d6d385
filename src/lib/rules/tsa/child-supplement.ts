// Child supplement: mrp_per_child × МРП per month for each child aged min_age..max_age inclusive in a TSA family.
import { iff, lit, mul, num, param } from '../expr';
import { eligible } from './amount';
import { CHILD_SUPPLEMENT } from './citations';
import { rule } from './rule';

/** Children the supplement is paid for (`hh.children_supplement` counts ages min_age..max_age). */
export const supplementedChildren = rule({
	path: 'tsa.child_supplement.children',
	label: 'children aged for the supplement',
	entity: 'household',
	unit: 'count',
	reference: CHILD_SUPPLEMENT,
	expr: iff(eligible.expr, num('children_supplement'), lit(0))
});

/** Monthly child supplement of the family, ₸. */
export const childSupplement = rule({
	path: 'tsa.child_supplement',
	label: 'monthly child supplement',
	entity: 'household',
	unit: 'kzt_per_month',
	reference: CHILD_SUPPLEMENT,
	expr: mul(mul(param('tsa.child_supplement.mrp_per_child'), param('indices.mrp')), supplementedChildren.expr)
});
