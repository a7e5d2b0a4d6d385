// The median term of the poverty line (Order 160 as amended by Order 473): the official median, regional or national,
// on both sides of the line and of twice the ПМ; and the loaded dataset's median when `median_source` is dataset.
import { household, person, type RuleCase } from './case';

const CLAUSE = 'Order 160 as amended by 473: max(35 % of median income, 70 % of regional ПМ)';
const couple = (id: string, wages: number) => [person(id, 30, { income_wages: wages }), person(id, 32, { sex: 'm' })];
const official = (almaty: number) => ({ 'tsa.poverty_line.median_share': 0.35, 'tsa.poverty_line.median_income.almaty': almaty });

/** Cases around the median term. */
export const medianCases: RuleCase[] = [
	{
		name: 'official median binds: income just below the line',
		clause: CLAUSE,
		arithmetic:
			'line = max(0.35 × 150 000 = 52 500, 0.7 × 60 000 = 42 000) = 52 500; per capita 104 998 / 2 = 52 499 < 52 500; amount (52 500 − 52 499) × 2 = 2',
		params: official(150_000),
		households: [household('h')],
		persons: couple('h', 104_998),
		expect: { h: { eligible: true, tsa_amount: 2, poverty_line: 52_500 } }
	},
	{
		name: 'official median binds: income at the line',
		clause: `${CLAUSE}; Social Code art. 120 («ниже черты бедности»)`,
		arithmetic: 'line 52 500; per capita 105 000 / 2 = 52 500, not below: not eligible',
		params: official(150_000),
		households: [household('h')],
		persons: couple('h', 105_000),
		expect: { h: { eligible: false, tsa_amount: 0, poverty_line: 52_500 } }
	},
	{
		name: 'official median under twice the ПМ: the ПМ term binds',
		clause: CLAUSE,
		arithmetic: 'line = max(0.35 × 110 000 = 38 500, 42 000) = 42 000; per capita 83 998 / 2 = 41 999 < 42 000; amount 2',
		params: official(110_000),
		households: [household('h')],
		persons: couple('h', 83_998),
		expect: { h: { eligible: true, tsa_amount: 2, poverty_line: 42_000 } }
	},
	{
		name: 'official median: the loaded households do not move the line',
		clause: `${CLAUSE} (an official statistic, not the dataset’s)`,
		arithmetic:
			'the dataset’s median would be 250 000 (see the next case), but the official one is 100 000: line = max(35 000, 42 000) = 42 000; ' +
			'a: per capita 50 000 ≥ 42 000, not eligible',
		params: official(100_000),
		households: [household('a'), household('b', { weight: 3 })],
		persons: [person('a', 40, { income_wages: 50_000 }), person('b', 40, { income_wages: 250_000 })],
		expect: { a: { eligible: false, tsa_amount: 0, poverty_line: 42_000 }, b: { eligible: false } }
	},
	{
		name: 'dataset median binds (regional weighted median of the loaded households)',
		clause: `${CLAUSE} (tsa.poverty_line.median_source = dataset)`,
		arithmetic:
			'persons-weighted median of {50 000 (w 1), 250 000 (w 3)}: half = 2, cumulative 1 then 4 → 250 000; ' +
			'line = max(0.35 × 250 000 = 87 500, 42 000) = 87 500; amount for a: 87 500 − 50 000 = 37 500',
		params: { ...official(100_000), 'tsa.poverty_line.median_source': 'dataset' },
		households: [household('a'), household('b', { weight: 3 })],
		persons: [person('a', 40, { income_wages: 50_000 }), person('b', 40, { income_wages: 250_000 })],
		expect: { a: { eligible: true, tsa_amount: 37_500, poverty_line: 87_500 }, b: { eligible: false } }
	},
	{
		name: 'national scope: the national official median, not the region’s',
		clause: `${CLAUSE} (tsa.poverty_line.median_scope = national)`,
		arithmetic:
			'line = max(0.35 × 200 000 = 70 000, 42 000) = 70 000 (Almaty’s own 100 000 unread); per capita 139 998 / 2 = 69 999 < 70 000; amount 2',
		params: { ...official(100_000), 'tsa.poverty_line.median_scope': 'national', 'tsa.poverty_line.median_income.national': 200_000 },
		households: [household('h')],
		persons: couple('h', 139_998),
		expect: { h: { eligible: true, tsa_amount: 2, poverty_line: 70_000 } }
	}
];
