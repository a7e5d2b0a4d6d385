// Unconditional vs conditional help (Social Code arts. 121–122), and the expected share a conditional family is paid.
import type { ParamValue } from '../parameter';
import { household, person, type RuleCase } from './case';

const ART =
	'Social Code arts. 121–122 (egov.kz): unconditional when no able-bodied member or the only one cares for a dependant, lone pensioner or disability I/II';
const BREAK = 'Social Code art. 122 as applied: a broken contract stops help and TSA is refused for 6 months (vice-minister, 07.01.2025)';

// Compliance share 0.5 keeps every expected factor exact in binary: 0.5 + 0.5 × 6 / 12 = 0.75 at the law's 3 and 6 months.
const KEEPS = 0.5;
const AT_LAW = 0.75;

const c = (name: string, arithmetic: string, persons: ReturnType<typeof person>[], unconditional: boolean): RuleCase => ({
	name,
	clause: ART,
	arithmetic,
	params: { 'tsa.conditional.compliance_share': KEEPS },
	households: [household('h')],
	persons,
	expect: { h: { eligible: true, unconditional, compliance_factor: unconditional ? 1 : AT_LAW } }
});

const carer = (age: number) => person('h', age, { carer: true });

/** Cases on who is able-bodied and when a carer makes the help unconditional. */
const ableBodiedCases: RuleCase[] = [
	c('able-bodied adult', 'woman 30, not a carer: able-bodied → conditional', [person('h', 30), person('h', 4)], false),
	c(
		'only able-bodied member cares for a child under 3',
		'woman 30 carer, child aged 2: the only able-bodied member cares → unconditional',
		[carer(30), person('h', 2)],
		true
	),
	c('carer of a child of 3', 'child aged 3 is not under 3, no other dependant → conditional', [carer(30), person('h', 3)], false),
	c(
		'carer, but a second able-bodied member',
		'carer 30 and man 35: two able-bodied members → conditional',
		[carer(30), person('h', 35, { sex: 'm' }), person('h', 1)],
		false
	),
	c(
		'the only able-bodied member is not a carer',
		'woman 30 with a child aged 1 but not caring full time → conditional',
		[person('h', 30), person('h', 1)],
		false
	),
	c(
		'carer of a child with disability',
		'child aged 10 with disability group 3 (> 0) → unconditional',
		[carer(30), person('h', 10, { disability_group: 3 })],
		true
	),
	c(
		'carer of an adult with disability group II',
		'man 45, group 2, not able-bodied; the carer is the only able-bodied member → unconditional',
		[carer(40), person('h', 45, { sex: 'm', disability_group: 2 })],
		true
	),
	c(
		'carer of an adult with disability group III',
		'group 3 at 45 is able-bodied: two able-bodied members → conditional',
		[carer(40), person('h', 45, { sex: 'm', disability_group: 3 })],
		false
	),
	c(
		'carer of an elderly member of 80',
		'woman 80 ≥ 80 (elderly needing care, assumption) → unconditional',
		[carer(50), person('h', 80)],
		true
	),
	c(
		'carer of an elderly member of 79',
		'woman 79 < 80: a pensioner, not counted as needing care → conditional',
		[carer(50), person('h', 79)],
		false
	),
	c('lone pensioner', 'man 70 ≥ 63 alone → unconditional', [person('h', 70, { sex: 'm' })], true),
	c('lone person with disability group II', 'aged 40, group 2 → unconditional', [person('h', 40, { disability_group: 2 })], true),
	c('disability group III is able-bodied', 'aged 40, group 3 → conditional', [person('h', 40, { disability_group: 3 })], false),
	c(
		'full-time student aged 23',
		'student ≤ 23 not able-bodied; with a pensioner of 65 → unconditional',
		[person('h', 23, { student_fulltime: true }), person('h', 65, { sex: 'm' })],
		true
	),
	c('full-time student aged 24', 'student 24 > 23: able-bodied → conditional', [person('h', 24, { student_fulltime: true })], false),
	c('woman at pension age', 'woman 61 ≥ 61 → not able-bodied → unconditional', [person('h', 61)], true),
	c('woman just below pension age', 'woman 60 < 61 → able-bodied → conditional', [person('h', 60)], false),
	c('man below pension age', 'man 62 < 63 → able-bodied → conditional', [person('h', 62, { sex: 'm' })], false),
	c('adult of 17', 'aged 17 < 18 with a pensioner: no able-bodied → unconditional', [person('h', 17), person('h', 66)], true)
];

const f = (name: string, arithmetic: string, params: Record<string, ParamValue>, factor: number): RuleCase => ({
	name,
	clause: BREAK,
	arithmetic,
	params: { 'tsa.conditional.compliance_share': KEEPS, ...params },
	households: [household('h')],
	persons: [person('h', 30), person('h', 4)],
	expect: { h: { eligible: true, unconditional: false, compliance_factor: factor } }
});

/** Cases on the expected share: c + (1 − c) × (before + max(0, 12 − before − refusal)) / 12. */
const refusalCases: RuleCase[] = [
	f('refusal of 6 months after 3 paid', 'paid 3 + max(0, 12 − 3 − 6) = 6 months; 0.5 + 0.5 × 6 / 12 = 0.75', {}, AT_LAW),
	f(
		'refusal of 8 months',
		'paid 3 + max(0, 12 − 3 − 8) = 4; 0.5 + 0.5 × 4 / 12',
		{ 'tsa.conditional.refusal_months': 8 },
		0.5 + 0.5 * (4 / 12)
	),
	f(
		'refusal runs to the end of the year',
		'paid 3 + max(0, 12 − 3 − 9) = 3; 0.5 + 0.5 × 3 / 12 = 0.625',
		{ 'tsa.conditional.refusal_months': 9 },
		0.625
	),
	f(
		'refusal past the end of the year',
		'paid 3 + max(0, 12 − 3 − 10 = −1 → 0) = 3: still 0.625',
		{ 'tsa.conditional.refusal_months': 10 },
		0.625
	),
	f('no refusal', 'refusal 0: paid 3 + 9 = 12 months; 0.5 + 0.5 × 12 / 12 = 1', { 'tsa.conditional.refusal_months': 0 }, 1),
	f('broken at once', 'before 0: paid 0 + (12 − 0 − 6) = 6; 0.75', { 'tsa.conditional.months_before_break': 0 }, AT_LAW),
	f('broken in the last month', 'before 12: paid 12 + max(0, −6) = 12; 1', { 'tsa.conditional.months_before_break': 12 }, 1),
	f('everyone keeps the contract', 'compliance 1: 1 + 0 × 6 / 12 = 1', { 'tsa.conditional.compliance_share': 1 }, 1),
	f('nobody keeps the contract', 'compliance 0: 0 + 1 × 6 / 12 = 0.5', { 'tsa.conditional.compliance_share': 0 }, 0.5)
];

/** Cases on the able-bodied definition, the carer rule and the refusal after a broken social contract. */
export const conditionalityCases: RuleCase[] = [...ableBodiedCases, ...refusalCases];
