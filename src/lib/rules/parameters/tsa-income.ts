// TSA: which income types count in the family's per-capita income (Order No. 181).
import type { Parameter } from '../parameter';
import { BOOL } from './kinds';
import { SRC } from './sources';

const TYPES = {
	wages: { en: 'wages', ru: 'заработная плата', kk: 'жалақы' },
	business: { en: 'business income', ru: 'доход от предпринимательства', kk: 'кәсіпкерлік табыс' },
	pension: { en: 'pensions', ru: 'пенсии', kk: 'зейнетақы' },
	benefits: { en: 'social payments', ru: 'социальные выплаты', kk: 'әлеуметтік төлемдер' },
	alimony: { en: 'alimony', ru: 'алименты', kk: 'алимент' },
	property: { en: 'rent and sale of property', ru: 'аренда и продажа имущества', kk: 'мүлікті жалға беру және сату' },
	farm: { en: 'personal subsidiary farm', ru: 'личное подсобное хозяйство', kk: 'жеке қосалқы шаруашылық' }
} as const;

function counted(type: keyof typeof TYPES): Parameter {
	const name = TYPES[type];
	return {
		path: `tsa.income.counted.${type}`,
		label: { en: `Income counted: ${name.en}`, ru: `Учитываемый доход: ${name.ru}`, kk: `Ескерілетін табыс: ${name.kk}` },
		description: `Whether ${name.en} count in the family income of the means test (income column income_${type}). The rules list wages, social payments, business, property, alimony and farm income as counted; the full text of Order 181 could not be read.`,
		unit: 'bool',
		kind: BOOL,
		values: [{ from: '2023-07-01', value: true }],
		references: [SRC.order181, SRC.excludedIncome],
		status: 'approximate'
	};
}

const excluded: Parameter = {
	path: 'tsa.income.counted.benefits_excluded',
	label: {
		en: 'Income counted: payments the law excludes',
		ru: 'Учитываемый доход: исключённые выплаты',
		kk: 'Ескерілетін табыс: есепке алынбайтын төлемдер'
	},
	description:
		'Whether payments the rules exclude (TSA itself, housing assistance, funeral grants, disability benefits for children …; column income_benefits_excluded) are counted. False in law; the full list could not be read.',
	unit: 'bool',
	kind: BOOL,
	values: [{ from: '2023-07-01', value: false }],
	references: [SRC.excludedIncome, SRC.order181],
	status: 'approximate'
};

/** Switches for each income type counted in the TSA means test. */
export const TSA_INCOME: readonly Parameter[] = [...(Object.keys(TYPES) as (keyof typeof TYPES)[]).map(counted), excluded];
