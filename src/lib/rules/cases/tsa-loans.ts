// The loan test (from September 2025): loans other than mortgages received in the quarter per family member above
// limit × regional ПМ refuse; with no limit, or no known amount, any such loan does.
import type { TestHousehold } from '../../sim/testing/dataset';
import type { ParamValue } from '../parameter';
import { household, person, type RuleCase } from './case';

const DRAFT =
	'Order 227 as applied from September 2025; draft: loans over 2 × ПМ per member per quarter; the minister’s example (alau.kz, 10.09.2025)';
const FALLBACK = 'Order 227 as applied from September 2025: without an amount, a non-mortgage loan refuses (the yes/no reading)';

// The minister's example: ПМ ≈ 50 000, so the line is 0.7 × 50 000 = 35 000 and the limit 2 × 50 000 = 100 000 per member.
const MINISTER = { 'indices.pm_regional.almaty': 50_000 };

const threeOf = (id: string) => [person(id, 35), person(id, 33, { sex: 'm' }), person(id, 8)];
const twoOf = (id: string) => [person(id, 35), person(id, 6)];

const REFUSED = -1;
// Zero income: (35 000 − 0) × 3 members at the minister's ПМ; (42 000 − 0) × 2 at the default ПМ of 60 000.
const THREE_AT_50K = 105_000;
const TWO_AT_60K = 84_000;

/** A loan case; `amount` is the monthly TSA expected, or REFUSED. */
function loan(
	name: string,
	clause: string,
	arithmetic: string,
	params: Record<string, ParamValue>,
	hh: Partial<TestHousehold>,
	amount: number,
	family: 'three' | 'two' = 'three'
): RuleCase {
	return {
		name,
		clause,
		arithmetic,
		params,
		households: [household('h', hh)],
		persons: family === 'three' ? threeOf('h') : twoOf('h'),
		expect: { h: { eligible: amount !== REFUSED, tsa_amount: amount === REFUSED ? 0 : amount } }
	};
}

/** Cases on both sides of the loan limit, and on the fallback when the amount or the limit is missing. */
export const loanCases: RuleCase[] = [
	loan(
		'minister’s example: a 3 M ₸ loan is refused',
		DRAFT,
		'3 000 000 / 3 = 1 000 000 > 2 × 50 000 = 100 000: refused',
		MINISTER,
		{ non_mortgage_loan: true, loans_received_quarter_kzt: 3_000_000 },
		REFUSED
	),
	loan(
		'minister’s example: a 300 000 ₸ loan still qualifies',
		DRAFT,
		'300 000 / 3 = 100 000 ≤ 100 000: passes; amount (35 000 − 0) × 3 = 105 000',
		MINISTER,
		{ non_mortgage_loan: true, loans_received_quarter_kzt: 300_000 },
		THREE_AT_50K
	),
	loan(
		'loans just over the limit',
		DRAFT,
		'300 003 / 3 = 100 001 > 100 000: refused',
		MINISTER,
		{ non_mortgage_loan: true, loans_received_quarter_kzt: 300_003 },
		REFUSED
	),
	loan(
		'a higher limit lets the same loans pass',
		DRAFT,
		'limit 3: 300 003 / 3 = 100 001 ≤ 3 × 50 000 = 150 000: passes',
		{ ...MINISTER, 'tsa.assets.loan_limit_pm_per_member_quarter': 3 },
		{ non_mortgage_loan: true, loans_received_quarter_kzt: 300_003 },
		THREE_AT_50K
	),
	loan(
		'the regional ПМ sets the limit: at it',
		DRAFT,
		'ПМ 60 000: 240 000 / 2 = 120 000 ≤ 2 × 60 000 = 120 000: passes; amount 42 000 × 2 = 84 000',
		{},
		{ non_mortgage_loan: true, loans_received_quarter_kzt: 240_000 },
		TWO_AT_60K,
		'two'
	),
	loan(
		'the regional ПМ sets the limit: over it',
		DRAFT,
		'240 002 / 2 = 120 001 > 120 000: refused',
		{},
		{ non_mortgage_loan: true, loans_received_quarter_kzt: 240_002 },
		REFUSED,
		'two'
	),
	loan(
		'a mortgage only',
		DRAFT,
		'mortgages are in neither column: 0 received, no non-mortgage loan: passes',
		MINISTER,
		{ non_mortgage_loan: false, loans_received_quarter_kzt: 0 },
		THREE_AT_50K
	),
	loan(
		'amount unknown, has a loan: the yes/no column decides',
		FALLBACK,
		'loans_received_quarter_kzt NULL, non_mortgage_loan true: refused',
		MINISTER,
		{ non_mortgage_loan: true, loans_received_quarter_kzt: null },
		REFUSED
	),
	loan(
		'amount unknown, no loan',
		FALLBACK,
		'loans_received_quarter_kzt NULL, non_mortgage_loan false: passes',
		MINISTER,
		{ non_mortgage_loan: false, loans_received_quarter_kzt: null },
		THREE_AT_50K
	),
	loan(
		'no limit: any non-mortgage loan refuses',
		FALLBACK,
		'limit null: a 300 000 ₸ loan (within 2 × ПМ) still refuses',
		{ ...MINISTER, 'tsa.assets.loan_limit_pm_per_member_quarter': null },
		{ non_mortgage_loan: true, loans_received_quarter_kzt: 300_000 },
		REFUSED
	),
	loan(
		'no limit and no loan',
		FALLBACK,
		'limit null, non_mortgage_loan false: passes',
		{ ...MINISTER, 'tsa.assets.loan_limit_pm_per_member_quarter': null },
		{ non_mortgage_loan: false, loans_received_quarter_kzt: 0 },
		THREE_AT_50K
	),
	loan(
		'refusal off: loans do not count',
		'Order 227 before September 2025',
		'non_mortgage_loan_excludes false: 3 000 000 received, passes',
		{ ...MINISTER, 'tsa.assets.non_mortgage_loan_excludes': false },
		{ non_mortgage_loan: true, loans_received_quarter_kzt: 3_000_000 },
		THREE_AT_50K
	)
];
