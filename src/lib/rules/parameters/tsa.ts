// TSA (АСП): poverty line, child supplement, who counts as able-bodied, social-contract compliance.
import type { Parameter } from '../parameter';
import { AGE, MRP_AMOUNT, SHARE, enumKind, integerKind } from './kinds';
import { SRC } from './sources';

const pmShare: Parameter = {
	path: 'tsa.poverty_line.pm_share',
	label: { en: 'Poverty line: share of regional ПМ', ru: 'Черта бедности: доля регионального ПМ', kk: 'Кедейлік шегі: өңірлік ЕТКД үлесі' },
	description:
		'The poverty line is at least this share of the regional subsistence minimum of the previous quarter (Order 160 from 01.07.2023; kept as the floor by Order 473 from 2025). Earlier: 40 % to 2017, 50 % from 2018, 70 % from 2019.',
	unit: 'share',
	kind: SHARE,
	values: [
		{ from: '2018-01-01', value: 0.5, status: 'approximate' },
		{ from: '2019-07-01', value: 0.7, status: 'approximate', note: 'sources differ: April or July 2019' },
		{ from: '2023-07-01', value: 0.7 }
	],
	references: [SRC.order160, SRC.order473, SRC.egovTsa, SRC.history2018, SRC.history2019],
	status: 'exact',
	range: { min: 0, max: 1.5 },
	step: 0.01
};

const medianShare: Parameter = {
	path: 'tsa.poverty_line.median_share',
	label: {
		en: 'Poverty line: share of median income',
		ru: 'Черта бедности: доля медианного дохода',
		kk: 'Кедейлік шегі: медианалық табыс үлесі'
	},
	description:
		'From 01.01.2025 the poverty line is max(this share of median per-capita income, pm_share × regional ПМ) (Order 473). The median is the official statistic (tsa.poverty_line.median_income), or the loaded dataset’s when median_source is dataset. 0 turns the median term off, as before 2025; the 50 % of median that Order 160 originally planned for 2025 never took effect.',
	unit: 'share',
	kind: SHARE,
	values: [
		{ from: '2023-07-01', value: 0 },
		{ from: '2025-01-01', value: 0.35 }
	],
	references: [SRC.order473, SRC.order473Text, SRC.order160],
	status: 'exact',
	range: { min: 0, max: 1 },
	step: 0.01
};

const medianScope: Parameter = {
	path: 'tsa.poverty_line.median_scope',
	label: {
		en: 'Median income: regional or national',
		ru: 'Медианный доход: региональный или национальный',
		kk: 'Медианалық табыс: өңірлік немесе ұлттық'
	},
	description:
		'Whether the median of the poverty line is taken per region or nationally (the official median of the region or tsa.poverty_line.median_income.national; with median_source dataset, the dataset’s median of the region or of all households). The order text as quoted says only «медианного дохода»; ministry officials say regional, one news item says the Digital Family Card average. Disputed: regional is the ministry reading.',
	unit: 'enum',
	kind: enumKind(['region', 'national']),
	values: [{ from: '2023-07-01', value: 'region' }],
	references: [SRC.medianRegional, SRC.medianDfc, SRC.order473],
	status: 'approximate'
};

const mrpPerChild: Parameter = {
	path: 'tsa.child_supplement.mrp_per_child',
	label: { en: 'Child supplement, МРП per child', ru: 'Дополнительная выплата на ребёнка, МРП', kk: 'Балаға қосымша төлем, АЕК' },
	description: 'Monthly supplement per child aged 1 to 6 inclusive in a TSA family, in МРП (monetised social package, since 01.01.2023).',
	unit: 'mrp',
	kind: MRP_AMOUNT,
	values: [{ from: '2023-01-01', value: 1.5 }],
	references: [SRC.childSupplement2023, SRC.childSupplementAges],
	status: 'approximate',
	range: { min: 0, max: 10 },
	step: 0.1
};

function childAge(bound: 'min' | 'max', years: number): Parameter {
	const en = bound === 'min' ? 'youngest' : 'oldest';
	return {
		path: `tsa.child_supplement.${bound}_age`,
		label:
			bound === 'min'
				? {
						en: 'Child supplement: from age',
						ru: 'Дополнительная выплата на ребёнка: с возраста',
						kk: 'Балаға қосымша төлем: жастан бастап'
					}
				: {
						en: 'Child supplement: to age (inclusive)',
						ru: 'Дополнительная выплата на ребёнка: до возраста (включительно)',
						kk: 'Балаға қосымша төлем: жасқа дейін (қоса алғанда)'
					},
		description: `The ${en} age (completed years, inclusive) of a child who receives the supplement: «от одного до шести лет включительно».`,
		unit: 'years',
		kind: AGE,
		values: [{ from: '2023-01-01', value: years }],
		references: [SRC.childSupplementAges, SRC.childSupplement2023],
		status: 'approximate',
		range: { min: 0, max: 18 },
		step: 1
	};
}

const ableMinAge: Parameter = {
	path: 'tsa.able_bodied.min_age',
	label: { en: 'Able-bodied from age', ru: 'Трудоспособный с возраста', kk: 'Еңбекке қабілетті жастан бастап' },
	description:
		'Members from this age up to the pension age count as able-bodied (which makes the help conditional). Assumption: Rules No. 227 defining able-bodied members could not be read; 18 is the age of majority.',
	unit: 'years',
	kind: AGE,
	values: [{ from: '2023-07-01', value: 18 }],
	references: [SRC.egovTsa, SRC.socialCodeArt122],
	status: 'assumption',
	range: { min: 14, max: 25 },
	step: 1
};

const studentMaxAge: Parameter = {
	path: 'tsa.able_bodied.student_max_age',
	label: {
		en: 'Full-time students not able-bodied up to age',
		ru: 'Студенты очной формы не считаются трудоспособными до возраста',
		kk: 'Күндізгі білім алушылар еңбекке қабілетті саналмайтын жас'
	},
	description:
		'Full-time students up to this age (inclusive) are not counted as able-bodied. The 2019 rules treated children studying up to 23 as children; the current definition (Rules No. 227) was not found, so this is an assumption.',
	unit: 'years',
	kind: AGE,
	values: [{ from: '2019-07-01', value: 23 }],
	references: [SRC.history2019],
	status: 'assumption',
	range: { min: 18, max: 30 },
	step: 1
};

const elderlyCareAge: Parameter = {
	path: 'tsa.able_bodied.elderly_care_age',
	label: {
		en: 'Elderly person needing care: from age',
		ru: 'Престарелый, нуждающийся в уходе: с возраста',
		kk: 'Күтімді қажет ететін қарт адам: жастан бастап'
	},
	description:
		'A member at or above this age counts as an elderly person needing care: a family whose only able-bodied member is a carer (`carer`) of such a person, ' +
		'of a child under 3, of a child with disability or of a person with disability group I or II gets unconditional help. Assumption: the law names ' +
		'«the elderly needing outside care» without an age and the data hold no care need; 80 is where needing help with daily life becomes common, ' +
		'while at the pension age (61 / 63) most people live independently.',
	unit: 'years',
	kind: AGE,
	values: [{ from: '2023-07-01', value: 80 }],
	references: [SRC.egovTsa],
	status: 'assumption',
	range: { min: 60, max: 100 },
	step: 1
};

const complianceShare: Parameter = {
	path: 'tsa.conditional.compliance_share',
	label: {
		en: 'Conditional help: share keeping the social contract',
		ru: 'Обусловленная помощь: доля выполняющих социальный контракт',
		kk: 'Шартты көмек: әлеуметтік келісімшартты орындайтындар үлесі'
	},
	description:
		'Share of conditional-help families that keep their social contract all year. The others are paid until the break, then refused ' +
		'(tsa.conditional.refusal_months, tsa.conditional.months_before_break). Assumption: no compliance rate was found.',
	unit: 'share',
	kind: { type: 'number', nullable: false, min: 0, max: 1 },
	values: [{ from: '2023-07-01', value: 0.9 }],
	references: [SRC.socialCodeArt122, SRC.sanction2024],
	status: 'assumption',
	range: { min: 0, max: 1 },
	step: 0.01
};

const refusalMonths: Parameter = {
	path: 'tsa.conditional.refusal_months',
	label: {
		en: 'Refusal after a broken social contract, months',
		ru: 'Отказ после невыполнения социального контракта, месяцев',
		kk: 'Әлеуметтік келісімшарт орындалмаған соң АӘК тағайындаудан бас тарту, ай'
	},
	description:
		'A family that does not keep its social contract stops being paid and is refused TSA for this many months from then: six, said vice-minister ' +
		'Anafin on 07.01.2025 (the address of that report was not found, so the sources cited are the 2020 practice of the same six months and the ' +
		'2024 rule that help stops for the whole family). The rest of the assignment falls inside the refusal.',
	unit: 'count',
	kind: integerKind(0, 24),
	values: [{ from: '2023-07-01', value: 6 }],
	references: [SRC.assetPractice2020, SRC.sanction2024, SRC.socialCodeArt122],
	status: 'approximate',
	range: { min: 0, max: 12 },
	step: 1
};

const monthsBeforeBreak: Parameter = {
	path: 'tsa.conditional.months_before_break',
	label: {
		en: 'Months paid before a social contract is broken',
		ru: 'Месяцев выплаты до невыполнения социального контракта',
		kk: 'Әлеуметтік келісімшарт бұзылғанға дейін төленген айлар'
	},
	description:
		'How many months of the year a family that breaks its social contract is paid before the break. Assumption: 3, one quarter’s ' +
		'assignment; no figure on when contracts are broken was found.',
	unit: 'count',
	kind: integerKind(0, 12),
	values: [{ from: '2023-07-01', value: 3 }],
	references: [SRC.socialCodeArt122, SRC.sanction2024],
	status: 'assumption',
	range: { min: 0, max: 12 },
	step: 1
};

/** TSA poverty line, child supplement, able-bodied definition and social-contract compliance. */
export const TSA: readonly Parameter[] = [
	pmShare,
	medianShare,
	medianScope,
	mrpPerChild,
	childAge('min', 1),
	childAge('max', 6),
	ableMinAge,
	studentMaxAge,
	elderlyCareAge,
	complianceShare,
	refusalMonths,
	monthsBeforeBreak
];
