// Income test, amount, poverty line and counted income (Social Code art. 120; Orders 160/473, 181, 227).
import { household, person, type RuleCase } from './case';

const couple = (id: string, wages: number) => [person(id, 30, { income_wages: wages }), person(id, 32, { sex: 'm' })];

/** Cases around the poverty line and the amount. */
export const incomeCases: RuleCase[] = [
	{
		name: 'income just below the line',
		clause: 'Social Code art. 120; Order 160 as amended by 473; amount per Order 227 (ministry formula)',
		arithmetic: 'line = 0.7 × 60 000 = 42 000; per capita 83 998 / 2 = 41 999 < 42 000; amount (42 000 − 41 999) × 2 = 2',
		households: [household('h')],
		persons: couple('h', 83_998),
		expect: { h: { eligible: true, tsa_amount: 2, poverty_line: 42_000 } }
	},
	{
		name: 'income at the line',
		clause: 'Social Code art. 120 («ниже черты бедности»)',
		arithmetic: 'per capita 84 000 / 2 = 42 000, not below 42 000: not eligible, amount 0',
		households: [household('h')],
		persons: couple('h', 84_000),
		expect: { h: { eligible: false, tsa_amount: 0 } }
	},
	{
		name: 'income just above the line',
		clause: 'Social Code art. 120',
		arithmetic: 'per capita 84 002 / 2 = 42 001 > 42 000: not eligible',
		households: [household('h')],
		persons: couple('h', 84_002),
		expect: { h: { eligible: false, tsa_amount: 0 } }
	},
	{
		name: 'pm_share 0.8 raises the line',
		clause: 'Order 160 (share of the regional ПМ as a parameter)',
		arithmetic: 'line = 0.8 × 60 000 = 48 000; per capita 42 001 < 48 000; amount (48 000 − 42 001) × 2 = 11 998',
		params: { 'tsa.poverty_line.pm_share': 0.8 },
		households: [household('h')],
		persons: couple('h', 84_002),
		expect: { h: { eligible: true, tsa_amount: 11_998, poverty_line: 48_000 } }
	},
	{
		name: 'excluded payments are not counted',
		clause: 'Order 181 (disability benefits for children excluded, per explainer)',
		arithmetic: 'counted income 0 (100 000 excluded) → amount 42 000 × 1 = 42 000',
		households: [household('h')],
		persons: [person('h', 40, { income_benefits_excluded: 100_000 })],
		expect: { h: { eligible: true, tsa_amount: 42_000 } }
	},
	{
		name: 'excluded payments counted when the switch is on',
		clause: 'Order 181 (counted income types as a parameter)',
		arithmetic: 'counted 100 000 per capita ≥ 42 000 → not eligible',
		params: { 'tsa.income.counted.benefits_excluded': true },
		households: [household('h')],
		persons: [person('h', 40, { income_benefits_excluded: 100_000 })],
		expect: { h: { eligible: false, tsa_amount: 0 } }
	},
	{
		name: 'pension income not counted when switched off',
		clause: 'Order 181 (counted income types as a parameter)',
		arithmetic: 'pension 60 000 ignored → per capita 0 → amount 42 000',
		params: { 'tsa.income.counted.pension': false },
		households: [household('h')],
		persons: [person('h', 70, { sex: 'm', income_pension: 60_000 })],
		expect: { h: { eligible: true, tsa_amount: 42_000 } }
	}
];
