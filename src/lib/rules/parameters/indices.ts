// Indices of the republican budget law (МРП, statutory ПМ, minimum wage) and the regional actual ПМ.
import { REGION_CODES, REGION_NAMES, type RegionCode } from '../../data/regions';
import type { DatedValue, Parameter } from '../parameter';
import { AGE, KZT_MONTHLY } from './kinds';
import { SRC } from './sources';
import { quarterlyValues } from './quarterly';

const BUDGET_LAW_REFS = [SRC.egovMrp, SRC.knews2023, SRC.mgorod2024, SRC.kursiv2024, SRC.alau2025, SRC.zakon2026];

const pm: Parameter = {
	path: 'indices.pm',
	label: {
		en: 'Subsistence minimum (statutory)',
		ru: 'Прожиточный минимум (по закону о бюджете)',
		kk: 'Ең төмен күнкөріс деңгейі (бюджет туралы заң бойынша)'
	},
	description:
		'Statutory subsistence minimum of the republican budget law, ₸ per month. 2022–2023 quoted from egov.kz; 2024–2026 from news on the budget laws.',
	unit: 'kzt_per_month',
	kind: KZT_MONTHLY,
	values: [
		{ from: '2022-01-01', value: 36_018, status: 'exact' },
		{ from: '2022-04-01', value: 37_389, status: 'exact' },
		{ from: '2023-01-01', value: 40_567, status: 'exact' },
		{ from: '2024-01-01', value: 43_407 },
		{ from: '2025-01-01', value: 46_228 },
		{ from: '2026-01-01', value: 50_851 }
	],
	references: BUDGET_LAW_REFS,
	status: 'approximate',
	range: { min: 20_000, max: 120_000 },
	step: 100
};

const mrp: Parameter = {
	path: 'indices.mrp',
	label: { en: 'Monthly calculation index (МРП)', ru: 'Месячный расчётный показатель (МРП)', kk: 'Айлық есептік көрсеткіш (АЕК)' },
	description: 'Monthly calculation index of the republican budget law, ₸. Amounts of many payments are set in МРП.',
	unit: 'kzt',
	kind: KZT_MONTHLY,
	values: [
		{ from: '2022-01-01', value: 3_063, status: 'exact' },
		{ from: '2022-04-01', value: 3_180, status: 'exact' },
		{ from: '2023-01-01', value: 3_450, status: 'exact' },
		{ from: '2024-01-01', value: 3_692 },
		{ from: '2025-01-01', value: 3_932 },
		{ from: '2026-01-01', value: 4_325 }
	],
	references: BUDGET_LAW_REFS,
	status: 'approximate',
	range: { min: 2_000, max: 10_000 },
	step: 1
};

const minWage: Parameter = {
	path: 'indices.min_wage',
	label: { en: 'Minimum wage', ru: 'Минимальная заработная плата', kk: 'Ең төмен жалақы мөлшері' },
	description: 'Minimum monthly wage of the republican budget law, ₸ per month.',
	unit: 'kzt_per_month',
	kind: KZT_MONTHLY,
	values: [
		{ from: '2022-01-01', value: 60_000, status: 'exact' },
		{ from: '2023-01-01', value: 70_000, status: 'exact' },
		{ from: '2024-01-01', value: 85_000 },
		{ from: '2025-01-01', value: 85_000 },
		{ from: '2026-01-01', value: 85_000 }
	],
	references: BUDGET_LAW_REFS,
	status: 'approximate',
	range: { min: 40_000, max: 300_000 },
	step: 1_000
};

const PENSION_AGE = {
	men: {
		years: 63,
		description:
			'Age from which a man counts as a pensioner, not able-bodied: 63, unchanged by the 2018 reform that raised only the women’s age. ' +
			'From the Ministry of Labour’s explainer, not the article of the law.',
		references: [SRC.pensionAgeReform, SRC.socialCode]
	},
	women: {
		years: 61,
		description:
			'Age from which a woman counts as a pensioner, not able-bodied: raised by six months a year from 2018, it reached 61 in 2023 and is fixed at 61 ' +
			'until 2028 (amendment approved by the Mazhilis on 26.10.2022). Near-exact: from news of the amendment, not its text.',
		references: [SRC.pensionAgeWomen2022, SRC.pensionAgeReform, SRC.socialCode]
	}
} as const;

function pensionAge(sex: 'men' | 'women'): Parameter {
	const { years, description, references } = PENSION_AGE[sex];
	return {
		path: `indices.pension_age.${sex}`,
		label:
			sex === 'men'
				? { en: 'Pension age, men', ru: 'Пенсионный возраст, мужчины', kk: 'Зейнеткерлік жас, ерлер' }
				: { en: 'Pension age, women', ru: 'Пенсионный возраст, женщины', kk: 'Зейнеткерлік жас, әйелдер' },
		description,
		unit: 'years',
		kind: AGE,
		values: [{ from: '2023-01-01', value: years }],
		references,
		status: 'approximate',
		range: { min: 50, max: 70 },
		step: 1
	};
}

// BNS actual regional ПМ, the base of the poverty line. Regions the news items do not list get the national figure.
const REGIONAL_PM: readonly { at: string; month: string; national: number; known: Partial<Record<RegionCode, number>> }[] = [
	{
		at: '2023-07-15',
		month: 'July 2023',
		national: 49_500,
		known: {
			mangystau: 62_200,
			astana: 56_400,
			east_kazakhstan: 52_400,
			almaty: 51_200,
			pavlodar: 49_400,
			kyzylorda: 44_500,
			turkestan: 44_500,
			aktobe: 44_500
		}
	},
	{
		at: '2024-08-15',
		month: 'August 2024',
		national: 55_731,
		known: {
			mangystau: 66_687,
			almaty: 60_595,
			astana: 59_851,
			east_kazakhstan: 59_589,
			abai: 56_404,
			ulytau: 56_175,
			north_kazakhstan: 55_686,
			almaty_region: 55_570,
			akmola: 54_880,
			pavlodar: 54_531
		}
	},
	{
		at: '2025-08-15',
		month: 'August 2025',
		national: 62_180,
		known: {
			mangystau: 73_276,
			east_kazakhstan: 67_077,
			astana: 66_204,
			almaty_region: 65_669,
			almaty: 65_573,
			ulytau: 63_795,
			abai: 63_571,
			north_kazakhstan: 62_793,
			akmola: 62_143,
			shymkent: 61_489,
			karaganda: 60_342,
			kostanay: 59_245,
			zhetisu: 59_115
		}
	}
];
const REGIONAL_REFS = [SRC.bnsPm2023, SRC.bnsPm2024, SRC.bnsPm2025];

function regionalPm(region: RegionCode): Parameter {
	const names = REGION_NAMES[region];
	const values: DatedValue[] = quarterlyValues(
		REGIONAL_PM.map((row) => {
			const known = row.known[region];
			return {
				at: row.at,
				value: known ?? row.national,
				label: known === undefined ? `${row.month} (national figure: no regional value found)` : row.month
			};
		}),
		2023,
		2026
	);
	return {
		path: `indices.pm_regional.${region}`,
		label: { en: `Subsistence minimum, ${names.en}`, ru: `Прожиточный минимум, ${names.ru}`, kk: `Ең төмен күнкөріс деңгейі, ${names.kk}` },
		description:
			'Actual regional subsistence minimum computed monthly by the Bureau of National Statistics, ₸ per month: the base of the poverty line. ' +
			"The line of each quarter uses the previous quarter's ПМ: the value from each quarter's first day is the figure of the previous quarter's middle, interpolated between the July 2023, August 2024 and August 2025 figures reported in the news (before July 2023: that figure; after August 2025: that figure). Regions a report does not name get its national figure " +
			'(in the 2025 report the unnamed regions rank below Zhetisu, so the national figure overstates them); the July 2023 report gives only “44–45 thousand” for Kyzylorda, Turkestan and Aktobe, entered as 44 500. No figure for 2026 was found: the 2025 one stays in effect.',
		unit: 'kzt_per_month',
		kind: KZT_MONTHLY,
		values,
		references: REGIONAL_REFS,
		status: 'approximate',
		range: { min: 30_000, max: 120_000 },
		step: 100
	};
}

/** Indices: statutory ПМ, МРП, minimum wage, pension ages and the regional ПМ of all 20 regions. */
export const INDICES: readonly Parameter[] = [pm, mrp, minWage, pensionAge('men'), pensionAge('women'), ...REGION_CODES.map(regionalPm)];
