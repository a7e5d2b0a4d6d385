// Unconditional vs conditional help, and the share of conditional families expected to keep their contract.
import { and, eq, ge, iff, lit, num, or, param } from '../expr';
import { CODE_ART_121, CODE_ART_122 } from './citations';
import { rule } from './rule';

const one = lit<'number'>(1);
const zero = lit<'number'>(0);

/** Unconditional help: no able-bodied member (carers not counted), a lone pensioner, a lone person with disability I/II. */
export const unconditional = rule({
	path: 'tsa.unconditional',
	label: 'unconditional help',
	entity: 'household',
	unit: 'bool',
	reference: CODE_ART_121,
	expr: or(
		eq(num('able_bodied'), zero),
		and(eq(num('size'), one), ge(num('pensioners'), one)),
		and(eq(num('size'), one), ge(num('disabled_1_2'), one))
	)
});

/** Expected share of the family's entitlement actually paid: 1 if unconditional, else the compliance share. */
export const complianceFactor = rule({
	path: 'tsa.conditional.factor',
	label: 'expected share kept under the social contract',
	entity: 'household',
	unit: 'share',
	reference: CODE_ART_122,
	expr: iff(unconditional.expr, one, param('tsa.conditional.compliance_share'))
});
