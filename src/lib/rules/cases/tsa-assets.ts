// Asset and spending tests (draft criteria of 2025; 2020 practice on homes); the loan test has its own cases (tsa-loans.ts).
import type { TestHousehold, TestPerson } from '../../sim/testing/dataset';
import type { ParamValue } from '../parameter';
import { household, person, type RuleCase } from './case';

const poor = (id: string): TestPerson[] => [person(id, 30)];
const one = (
	name: string,
	clause: string,
	arithmetic: string,
	params: Record<string, ParamValue>,
	hh: Partial<TestHousehold>,
	eligible: boolean,
	persons?: TestPerson[]
): RuleCase => ({
	name,
	clause,
	arithmetic,
	params,
	households: [household('h', hh)],
	persons: persons ?? poor('h'),
	expect: { h: { eligible, tsa_amount: eligible ? 42_000 * (persons?.length ?? 1) : 0 } }
});

const CARS = 'Draft amendment to Order 227 (2025): more than one car refused, except large families and families with disabled children';
const fourChildren = (id: string) => [person(id, 35), ...[2, 5, 9, 12].map((a) => person(id, a))];

/** Cases on both sides of each asset and spending limit. */
export const assetCases: RuleCase[] = [
	one('one vehicle, limit 1', CARS, '1 ≤ 1: passes', { 'tsa.assets.max_vehicles': 1 }, { vehicles_owned: 1 }, true),
	one('two vehicles, limit 1', CARS, '2 > 1: refused', { 'tsa.assets.max_vehicles': 1 }, { vehicles_owned: 2 }, false),
	one(
		'two vehicles, no vehicle test',
		CARS,
		'max_vehicles null: no test',
		{ 'tsa.assets.max_vehicles': null },
		{ vehicles_owned: 2 },
		true
	),
	one(
		'two vehicles, large family exempt',
		CARS,
		'4 children under 18 ≥ 4: exempt; amount 42 000 × 5 = 210 000',
		{ 'tsa.assets.max_vehicles': 1 },
		{ vehicles_owned: 2 },
		true,
		fourChildren('h')
	),
	one(
		'two vehicles, large family, exception off',
		CARS,
		'exception off: 2 > 1 refused',
		{ 'tsa.assets.max_vehicles': 1, 'tsa.assets.vehicle_exception_large_family': false },
		{ vehicles_owned: 2 },
		false,
		fourChildren('h')
	),
	one(
		'two vehicles, disabled child exempt',
		CARS,
		'child aged 10 with disability group 3 (> 0): exempt; amount 42 000 × 2',
		{ 'tsa.assets.max_vehicles': 1 },
		{ vehicles_owned: 2 },
		true,
		[person('h', 30), person('h', 10, { disability_group: 3 })]
	),
	one(
		'two vehicles, disabled child, exception off',
		CARS,
		'exception off: refused',
		{ 'tsa.assets.max_vehicles': 1, 'tsa.assets.vehicle_exception_disabled_child': false },
		{ vehicles_owned: 2 },
		false,
		[person('h', 30), person('h', 10, { disability_group: 3 })]
	),
	one(
		'deposits at 200 МРП',
		'Draft amendment to Order 227 (2025): deposits over 200 МРП',
		'200 × 4 325 = 865 000 ≤ 865 000: passes',
		{ 'tsa.assets.max_deposits_mrp': 200 },
		{ deposits_kzt: 865_000 },
		true
	),
	one(
		'deposits over 200 МРП',
		'Draft amendment to Order 227 (2025)',
		'865 001 > 865 000: refused',
		{ 'tsa.assets.max_deposits_mrp': 200 },
		{ deposits_kzt: 865_001 },
		false
	),
	one(
		'one land plot, limit 1',
		'2020 practice (assumption as a switch)',
		'1 ≤ 1: passes',
		{ 'tsa.assets.max_land_plots': 1 },
		{ land_plots_owned: 1 },
		true
	),
	one(
		'two land plots, limit 1',
		'2020 practice (assumption as a switch)',
		'2 > 1: refused',
		{ 'tsa.assets.max_land_plots': 1 },
		{ land_plots_owned: 2 },
		false
	),
	one(
		'two dwellings, limit 1',
		'2020 practice: more than one home refused',
		'2 > 1: refused',
		{ 'tsa.assets.max_dwellings': 1 },
		{ dwellings_owned: 2 },
		false
	),
	one(
		'card spending at the line',
		'Draft amendment to Order 227 (2025): spending above the poverty line',
		'84 000 / 2 = 42 000 ≤ 1.0 × 42 000: passes; amount 42 000 × 2',
		{ 'tsa.spending.max_card_spending_line_share': 1 },
		{ card_spending_monthly: 84_000 },
		true,
		[person('h', 30), person('h', 4)]
	),
	one(
		'card spending above the line',
		'Draft amendment to Order 227 (2025)',
		'84 002 / 2 = 42 001 > 42 000: refused',
		{ 'tsa.spending.max_card_spending_line_share': 1 },
		{ card_spending_monthly: 84_002 },
		false,
		[person('h', 30), person('h', 4)]
	)
];
