// Unconditional vs conditional help (Social Code arts. 121–122), and the share of its entitlement a conditional family is
// expected to be paid over a year when some families break their social contract and are refused for a while.
import { add, and, div, eq, ge, gt, iff, lit, max, mul, num, or, param, sub } from '../expr';
import { CODE_ART_121, CONTRACT_BREAK } from './citations';
import { rule } from './rule';

const zero = lit<'number'>(0);
const one = lit<'number'>(1);
const twelve = lit<'number'>(12);

/** Someone an able-bodied carer may care for: a child under 3, a child with disability, a member with disability I/II, an elderly member needing care. */
export const hasDependant = rule({
	path: 'tsa.unconditional.dependant',
	label: 'someone to care for',
	entity: 'household',
	unit: 'bool',
	reference: CODE_ART_121,
	expr: or(
		gt(num('children_under_3'), zero),
		gt(num('disabled_children'), zero),
		gt(num('disabled_1_2'), zero),
		gt(num('elderly_needing_care'), zero)
	)
});

/**
 * Unconditional help (egov.kz): no able-bodied member, or the only able-bodied member is a carer and the family has someone
 * to care for; a lone pensioner; a lone person with disability group I or II.
 */
export const unconditional = rule({
	path: 'tsa.unconditional',
	label: 'unconditional help',
	entity: 'household',
	unit: 'bool',
	reference: CODE_ART_121,
	expr: or(
		eq(num('able_bodied'), zero),
		and(eq(num('able_bodied'), one), eq(num('able_bodied_carers'), one), hasDependant.expr),
		and(eq(num('size'), one), ge(num('pensioners'), one)),
		and(eq(num('size'), one), ge(num('disabled_1_2'), one))
	)
});

const before = param('tsa.conditional.months_before_break');

/**
 * Months of a year a family that breaks its social contract is paid: `months_before_break`, then nothing for
 * `refusal_months` from the break (payment stops at once, so the rest of that quarter's assignment lies inside the
 * refusal), then the months left in the year. `months_before_break` is at most 12, so the sum never exceeds 12.
 * Counting the refusal from the break follows the wording (payment stops, TSA is refused for the next 6 months); counting
 * it from the end of the interrupted quarter instead is this formula with 3 more refusal months, so no separate term.
 */
export const monthsPaidIfBroken = rule({
	path: 'tsa.conditional.months_paid_if_broken',
	label: 'months paid in a year when the social contract is broken',
	entity: 'household',
	unit: 'count',
	reference: CONTRACT_BREAK,
	expr: add(before, max(zero, sub(sub(twelve, before), param('tsa.conditional.refusal_months'))))
});

/** Expected share of a conditional family's yearly entitlement paid: c + (1 − c) × months paid if broken ÷ 12, c = compliance share. */
export const conditionalShare = rule({
	path: 'tsa.conditional.expected_share',
	label: 'expected share paid under a social contract',
	entity: 'household',
	unit: 'share',
	reference: CONTRACT_BREAK,
	expr: add(
		param('tsa.conditional.compliance_share'),
		mul(sub(one, param('tsa.conditional.compliance_share')), div(monthsPaidIfBroken.expr, twelve))
	)
});

/** Expected share of the family's entitlement actually paid: 1 if unconditional, else `conditionalShare`. */
export const complianceFactor = rule({
	path: 'tsa.conditional.factor',
	label: 'expected share paid under the social contract',
	entity: 'household',
	unit: 'share',
	reference: CONTRACT_BREAK,
	expr: iff(unconditional.expr, one, conditionalShare.expr)
});
