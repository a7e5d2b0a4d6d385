// TSA: the asset and spending tests ("expenses, not just incomes"): each is switchable, null = no test.
import type { Parameter } from '../parameter';
import { BOOL, COUNT_OR_NULL, integerKind, numberKind } from './kinds';
import { SRC } from './sources';

const NOT_READ = 'The asset rules of Rules No. 227 could not be read, so the 2023–2026 baseline has no such test (assumption).';

const loan: Parameter = {
	path: 'tsa.assets.non_mortgage_loan_excludes',
	label: {
		en: 'Refuse families with non-mortgage loans',
		ru: 'Отказ в АСП семьям с кредитами, кроме ипотечных займов',
		kk: 'Ипотекалық емес кредиті бар отбасыларға АӘК тағайындалмайды'
	},
	description:
		'Since September 2025 TSA is not assigned to families with loans other than mortgages. How large a loan refuses is tsa.assets.loan_limit_pm_per_member_quarter; mortgages never count.',
	unit: 'bool',
	kind: BOOL,
	values: [
		{ from: '2023-07-01', value: false },
		{ from: '2025-09-01', value: true }
	],
	references: [SRC.loanRefusal, SRC.assetDraft2025, SRC.loanExample2025],
	status: 'approximate'
};

const loanLimit: Parameter = {
	path: 'tsa.assets.loan_limit_pm_per_member_quarter',
	label: {
		en: 'Loan limit: regional ПМ per family member per quarter',
		ru: 'Предел кредитов, кроме ипотечных займов: региональных ПМ на члена семьи за квартал',
		kk: 'Ипотекалық емес кредиттер шегі: тоқсанына отбасының бір мүшесіне өңірлік ЕТКД'
	},
	description:
		'While the loan refusal is on, loans other than mortgages received in the quarter, per family member, above this many regional ПМ refuse TSA ' +
		'(the 2025 draft: 2 × ПМ; the minister’s example: a family of three with a 3 M ₸ loan is refused, one with 300 000 ₸ may still qualify). ' +
		'Null: any non-mortgage loan refuses (the summary in the January 2026 news). A family whose amount is unknown (no `loans_received_quarter_kzt`) ' +
		'is judged by whether it has such a loan at all (`non_mortgage_loan`).',
	unit: 'multiple_of_pm',
	kind: numberKind(0, 1_000, true),
	values: [
		{ from: '2023-07-01', value: null },
		{ from: '2025-09-01', value: 2 }
	],
	references: [SRC.assetDraft2025, SRC.loanExample2025, SRC.loanRefusal],
	status: 'approximate',
	range: { min: 0, max: 10 },
	step: 0.5
};

function countLimit(path: string, label: Parameter['label'], before: number, description: string): Parameter {
	return {
		path,
		label,
		description: `${description} ${NOT_READ}`,
		unit: 'count',
		kind: COUNT_OR_NULL,
		values: [
			{ from: '2020-01-01', value: before, status: 'approximate', note: '2020 practice' },
			{ from: '2023-07-01', value: null }
		],
		references: [SRC.assetPractice2020, SRC.assetDraft2025],
		status: 'assumption',
		range: { min: 0, max: 5 },
		step: 1
	};
}

const vehicles = countLimit(
	'tsa.assets.max_vehicles',
	{ en: 'Most vehicles a family may own', ru: 'Наибольшее число автомобилей', kk: 'Отбасындағы көліктердің ең көп саны' },
	0,
	'Families owning more vehicles are refused (null: no test). 2020 practice refused families with a car; the 2025 draft allows one.'
);
const dwellings = countLimit(
	'tsa.assets.max_dwellings',
	{ en: 'Most dwellings a family may own', ru: 'Наибольшее число жилищ', kk: 'Отбасындағы тұрғын үйлердің ең көп саны' },
	1,
	'Families owning more homes are refused (null: no test). 2020 practice refused families with more than one home.'
);

const landPlots: Parameter = {
	path: 'tsa.assets.max_land_plots',
	label: {
		en: 'Most land plots a family may own',
		ru: 'Наибольшее число земельных участков',
		kk: 'Отбасындағы жер учаскелерінің ең көп саны'
	},
	description: `Families owning more plots for individual housing are refused (null: no test). ${NOT_READ}`,
	unit: 'count',
	kind: COUNT_OR_NULL,
	values: [{ from: '2023-07-01', value: null }],
	references: [SRC.assetDraft2025],
	status: 'assumption',
	range: { min: 0, max: 5 },
	step: 1
};

const deposits: Parameter = {
	path: 'tsa.assets.max_deposits_mrp',
	label: { en: 'Largest bank deposits, МРП', ru: 'Наибольшие вклады, МРП', kk: 'Банк салымдарының ең көп сомасы, АЕК' },
	description: `Families with deposits above this many МРП are refused (null: no test). The 2025 draft proposes 200 МРП. ${NOT_READ}`,
	unit: 'mrp',
	kind: numberKind(0, 1_000_000, true),
	values: [{ from: '2023-07-01', value: null }],
	references: [SRC.assetDraft2025],
	status: 'assumption',
	range: { min: 0, max: 1_000 },
	step: 10
};

function exception(
	path: string,
	label: Parameter['label'],
	description: string,
	refs: Parameter['references'],
	status: Parameter['status']
): Parameter {
	return { path, label, description, unit: 'bool', kind: BOOL, values: [{ from: '2020-01-01', value: true }], references: refs, status };
}

const largeFamilyException = exception(
	'tsa.assets.vehicle_exception_large_family',
	{ en: 'Vehicle test spares large families', ru: 'Многодетным автомобиль не мешает', kk: 'Көпбалалы отбасыларға көлік кедергі емес' },
	'Large families are exempt from the vehicle test. Only the 2025 draft says so (assumption).',
	[SRC.assetDraft2025],
	'assumption'
);
const disabledChildException = exception(
	'tsa.assets.vehicle_exception_disabled_child',
	{
		en: 'Vehicle test spares families with a disabled child',
		ru: 'Семьям с ребёнком с инвалидностью автомобиль не мешает',
		kk: 'Мүгедектігі бар баласы бар отбасыларға көлік кедергі емес'
	},
	'Families with a disabled child are exempt from the vehicle test (2020 practice and the 2025 draft).',
	[SRC.assetPractice2020, SRC.assetDraft2025],
	'approximate'
);

const largeFamilyMin: Parameter = {
	path: 'tsa.assets.large_family_min_children',
	label: { en: 'Large family: children from', ru: 'Многодетная семья: детей от', kk: 'Көпбалалы отбасы: балалар саны, кемінде' },
	description: 'A family with at least this many children (under 18) counts as large.',
	unit: 'count',
	kind: integerKind(1, 20),
	values: [{ from: '2019-01-01', value: 4 }],
	references: [SRC.largeFamily],
	status: 'approximate',
	range: { min: 2, max: 8 },
	step: 1
};

const cardSpending: Parameter = {
	path: 'tsa.spending.max_card_spending_line_share',
	label: {
		en: 'Card spending limit, share of poverty line',
		ru: 'Предел расходов по картам, доля черты бедности',
		kk: 'Карта шығыстарының шегі, кедейлік шегінің үлесі'
	},
	description: `Refuse when card spending per capita exceeds this share of the poverty line (null: no test). The 2025 draft refuses spending above the poverty line (1.0). ${NOT_READ}`,
	unit: 'share',
	kind: numberKind(0, 10, true),
	values: [{ from: '2023-07-01', value: null }],
	references: [SRC.assetDraft2025],
	status: 'assumption',
	range: { min: 0, max: 5 },
	step: 0.1
};

/** Asset and spending tests of TSA. */
export const TSA_ASSETS: readonly Parameter[] = [
	loan,
	loanLimit,
	vehicles,
	dwellings,
	landPlots,
	deposits,
	largeFamilyException,
	largeFamilyMin,
	disabledChildException,
	cardSpending
];
