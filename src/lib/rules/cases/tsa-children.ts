// Child supplement: 1.5 МРП (2026: 4 325 ₸) per child aged 1 to 6 inclusive in a TSA family (Order 227).
import { household, person, type RuleCase } from './case';

const clause = 'Order 227: 1.5 МРП monthly per child aged 1 to 6 inclusive («от одного до шести лет включительно»)';
const withChild = (age: number, supplement: number, children: number): RuleCase => ({
	name: `child aged ${age}`,
	clause,
	arithmetic: `income 0, 2 members: amount 42 000 × 2 = 84 000; supplement ${children} × 1.5 × 4 325 = ${supplement}`,
	households: [household('h')],
	persons: [person('h', 30), person('h', age)],
	expect: { h: { eligible: true, tsa_amount: 84_000, supplemented_children: children, child_supplement: supplement } }
});

/** Cases at the ages 0, 1, 6, 7, and a non-eligible family. */
export const childCases: RuleCase[] = [
	withChild(0, 0, 0),
	withChild(1, 6_487.5, 1),
	withChild(6, 6_487.5, 1),
	withChild(7, 0, 0),
	{
		name: 'no supplement outside TSA',
		clause,
		arithmetic: 'per capita 100 000 ≥ 42 000: not eligible, so no supplement for the 3-year-old',
		households: [household('h')],
		persons: [person('h', 30, { income_wages: 200_000 }), person('h', 3)],
		expect: { h: { eligible: false, child_supplement: 0, supplemented_children: 0 } }
	},
	{
		name: 'supplement age range widened to 7',
		clause: 'Order 227 (age range as a parameter)',
		arithmetic: 'max_age 7: the 7-year-old counts, 1 × 1.5 × 4 325 = 6 487.5',
		params: { 'tsa.child_supplement.max_age': 7 },
		households: [household('h')],
		persons: [person('h', 30), person('h', 7)],
		expect: { h: { eligible: true, child_supplement: 6_487.5 } }
	}
];
