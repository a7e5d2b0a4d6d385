// Asset and spending tests, each switchable: a NULL limit (or a false switch) means "no test".
import { and, div, flag, ge, gt, iff, isNull, le, lit, mul, not, num, or, param, paramValue, type Bool } from '../expr';
import type { ParamValues } from '../parameter';
import { ASSET_DRAFT, DWELLING_PRACTICE, LOAN_REFUSAL } from './citations';
import { povertyLine, regionalPm } from './poverty-line';
import { rule } from './rule';

const atMost = (column: string, limitPath: string): Bool => or(isNull(param(limitPath)), le(num(column), param(limitPath)));

const LOAN_SWITCH = 'tsa.assets.non_mortgage_loan_excludes';
const LOAN_LIMIT = 'tsa.assets.loan_limit_pm_per_member_quarter';
const LOAN_AMOUNT = 'loans_received_quarter_kzt';

/** True when loans refuse TSA by their amount (the refusal is on and has a limit): the regional ПМ then sets that limit. */
export function loanAmountTestOn(params: ParamValues): boolean {
	return paramValue(params, LOAN_SWITCH) === true && paramValue(params, LOAN_LIMIT) !== null;
}

/** Non-mortgage loans received in the quarter per family member, ₸ (NULL where the amount is unknown). */
export const loansPerMember = rule({
	path: 'tsa.assets.loans_per_member',
	label: 'non-mortgage loans received in the quarter per family member',
	entity: 'household',
	unit: 'kzt_per_quarter',
	reference: LOAN_REFUSAL,
	expr: div(num(LOAN_AMOUNT), num('size'))
});

/** The most a family may have received per member in the quarter: limit × regional ПМ (NULL: no amount limit). */
export const loanLimitPerMember = rule({
	path: 'tsa.assets.loan_limit_per_member',
	label: 'loan limit per family member for the quarter',
	entity: 'household',
	unit: 'kzt_per_quarter',
	reference: LOAN_REFUSAL,
	expr: mul(param(LOAN_LIMIT), regionalPm.expr)
});

/** True when the family's loan amount decides the test: a limit is set and the amount is known (else `non_mortgage_loan` does). */
export const loanJudgedByAmount: Bool = and(not(isNull(param(LOAN_LIMIT))), not(isNull(num(LOAN_AMOUNT))));

/**
 * Passes unless the loan refusal is on and the family has too much non-mortgage credit: loans received in the quarter per
 * member above limit × regional ПМ, or, with no limit or no known amount, any non-mortgage loan. Mortgages never count
 * (neither column holds them).
 */
export const loanTest = rule({
	path: 'tsa.assets.loan_test',
	label: 'non-mortgage loans within the limit (when loans refuse)',
	entity: 'household',
	unit: 'bool',
	reference: LOAN_REFUSAL,
	expr: or(
		not(param<'boolean'>(LOAN_SWITCH)),
		iff(loanJudgedByAmount, le(loansPerMember.expr, loanLimitPerMember.expr), not(flag('non_mortgage_loan')))
	)
});

/** Large family for the vehicle exception: at least `large_family_min_children` children under 18. */
export const largeFamily: Bool = ge(num('children_under_18'), param('tsa.assets.large_family_min_children'));

/** Passes when vehicles ≤ the limit, or a large family / family with a disabled child is exempt. */
export const vehicleTest = rule({
	path: 'tsa.assets.vehicle_test',
	label: 'vehicles within the limit',
	entity: 'household',
	unit: 'bool',
	reference: ASSET_DRAFT,
	expr: or(
		atMost('vehicles_owned', 'tsa.assets.max_vehicles'),
		and(param<'boolean'>('tsa.assets.vehicle_exception_large_family'), largeFamily),
		and(param<'boolean'>('tsa.assets.vehicle_exception_disabled_child'), gt(num('disabled_children'), lit(0)))
	)
});

/** Passes when dwellings ≤ the limit. */
export const dwellingTest = rule({
	path: 'tsa.assets.dwelling_test',
	label: 'dwellings within the limit',
	entity: 'household',
	unit: 'bool',
	reference: DWELLING_PRACTICE,
	expr: atMost('dwellings_owned', 'tsa.assets.max_dwellings')
});

/** Passes when land plots ≤ the limit. */
export const landTest = rule({
	path: 'tsa.assets.land_test',
	label: 'land plots within the limit',
	entity: 'household',
	unit: 'bool',
	reference: DWELLING_PRACTICE,
	expr: atMost('land_plots_owned', 'tsa.assets.max_land_plots')
});

/** Passes when deposits ≤ max_deposits_mrp × МРП. */
export const depositTest = rule({
	path: 'tsa.assets.deposit_test',
	label: 'deposits within the limit',
	entity: 'household',
	unit: 'bool',
	reference: ASSET_DRAFT,
	expr: or(
		isNull(param('tsa.assets.max_deposits_mrp')),
		le(num('deposits_kzt'), mul(param('tsa.assets.max_deposits_mrp'), param('indices.mrp')))
	)
});

/** Passes when card spending per member ≤ the given share of the poverty line. */
export const spendingTest = rule({
	path: 'tsa.spending.card_spending_test',
	label: 'card spending per member within the limit',
	entity: 'household',
	unit: 'bool',
	reference: ASSET_DRAFT,
	expr: or(
		isNull(param('tsa.spending.max_card_spending_line_share')),
		le(div(num('card_spending_monthly'), num('size')), mul(param('tsa.spending.max_card_spending_line_share'), povertyLine.expr))
	)
});

/** Every asset and spending test, in the order the explanation shows them. */
export const ASSET_TESTS = [loanTest, vehicleTest, dwellingTest, landTest, depositTest, spendingTest] as const;

/** True when every asset and spending test passes. */
export const assetsPass = rule({
	path: 'tsa.assets.pass',
	label: 'asset and spending tests passed',
	entity: 'household',
	unit: 'bool',
	reference: ASSET_DRAFT,
	expr: and(...ASSET_TESTS.map((t) => t.expr))
});
