// A dataset's incomes brought to the scenario year: counted income × indices.income_index ÷ data.income_index.
import { household, person, type RuleCase } from './case';

const couple = (id: string, wages: number) => [person(id, 30, { income_wages: wages }), person(id, 32, { sex: 'm' })];
const CLAUSE = 'Order 181 (income of the scenario year); BNS survey income per capita as the price index (indices.income_index)';

/** Cases on both sides of the line once incomes are brought to another year. */
export const yearCases: RuleCase[] = [
	{
		name: 'incomes of a richer year deflated below the line',
		clause: CLAUSE,
		arithmetic: 'index 80 000 / 100 000 = 0.8; per capita 90 000 / 2 × 0.8 = 36 000 < 42 000; amount (42 000 − 36 000) × 2 = 12 000',
		params: { 'indices.income_index': 80_000 },
		households: [household('h')],
		persons: couple('h', 90_000),
		expect: { h: { eligible: true, tsa_amount: 12_000 } }
	},
	{
		name: 'the same incomes in their own year stay above the line',
		clause: CLAUSE,
		arithmetic: 'index 100 000 / 100 000 = 1; per capita 90 000 / 2 = 45 000 > 42 000: not eligible',
		households: [household('h')],
		persons: couple('h', 90_000),
		expect: { h: { eligible: false, tsa_amount: 0 } }
	},
	{
		name: 'uprated exactly to the line',
		clause: `${CLAUSE}; Social Code art. 120 («ниже черты бедности»)`,
		arithmetic: 'index 125 000 / 100 000 = 1.25; per capita 67 200 × 1.25 / 2 = 42 000, not below 42 000: not eligible',
		params: { 'indices.income_index': 125_000 },
		households: [household('h')],
		persons: couple('h', 67_200),
		expect: { h: { eligible: false, tsa_amount: 0 } }
	}
];
