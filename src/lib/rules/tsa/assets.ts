// Asset and spending tests, each switchable: a NULL limit (or a false switch) means "no test".
import { and, div, flag, ge, gt, isNull, le, lit, mul, not, num, or, param, type Bool } from '../expr';
import { ASSET_DRAFT, DWELLING_PRACTICE, LOAN_REFUSAL } from './citations';
import { povertyLine } from './poverty-line';
import { rule } from './rule';

const atMost = (column: string, limitPath: string): Bool =>
	or(isNull(param(limitPath)), le(num(column), param(limitPath)));

/** Passes unless the refusal for non-mortgage loans is on and a member has one. */
export const loanTest = rule({
	path: 'tsa.assets.loan_test',
	label: 'no non-mortgage loan (when that refuses)',
	entity: 'household',
	unit: 'bool',
	reference: LOAN_REFUSAL,
	expr: or(not(param<'boolean'>('tsa.assets.non_mortgage_loan_excludes')), not(flag('non_mortgage_loan')))
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
