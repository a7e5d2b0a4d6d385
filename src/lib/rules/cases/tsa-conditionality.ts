// Unconditional vs conditional help (Social Code arts. 121–122); compliance share 0.9 for conditional families.
import { household, person, type RuleCase } from './case';

const ART = 'Social Code arts. 121–122 (egov.kz): unconditional when no able-bodied member, the only one is a carer, lone pensioner or disability I/II';
const c = (name: string, arithmetic: string, persons: ReturnType<typeof person>[], unconditional: boolean): RuleCase => ({
	name,
	clause: ART,
	arithmetic,
	params: { 'tsa.conditional.compliance_share': 0.9 },
	households: [household('h')],
	persons,
	expect: { h: { eligible: true, unconditional, compliance_factor: unconditional ? 1 : 0.9 } }
});

/** Cases on the able-bodied definition. */
export const conditionalityCases: RuleCase[] = [
	c('able-bodied adult', 'woman 30, not a carer: able-bodied → conditional, factor 0.9', [person('h', 30), person('h', 4)], false),
	c('only able-bodied member is a carer', 'woman 30 carer of a 2-year-old: not counted → unconditional', [person('h', 30, { carer: true }), person('h', 2)], true),
	c('lone pensioner', 'man 70 ≥ 63 alone → unconditional', [person('h', 70, { sex: 'm' })], true),
	c('lone person with disability group II', 'aged 40, group 2 → unconditional', [person('h', 40, { disability_group: 2 })], true),
	c('disability group III is able-bodied', 'aged 40, group 3 → conditional', [person('h', 40, { disability_group: 3 })], false),
	c('full-time student aged 23', 'student ≤ 23 not able-bodied; with a pensioner of 65 → unconditional',
		[person('h', 23, { student_fulltime: true }), person('h', 65, { sex: 'm' })], true),
	c('full-time student aged 24', 'student 24 > 23: able-bodied → conditional', [person('h', 24, { student_fulltime: true })], false),
	c('woman at pension age', 'woman 61 ≥ 61 → not able-bodied → unconditional', [person('h', 61)], true),
	c('man below pension age', 'man 62 < 63 → able-bodied → conditional', [person('h', 62, { sex: 'm' })], false),
	c('adult of 17', 'aged 17 < 18 with a pensioner: no able-bodied → unconditional', [person('h', 17), person('h', 66)], true)
];
