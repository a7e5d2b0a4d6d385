// What makes one dataset answer for several years: incomes brought to the year, and the named, dated differences in
// administration and caseload turnover that the law's text does not show (each an assumption or a derived figure).
import type { Parameter } from '../parameter';
import { KZT_MONTHLY, numberKind } from './kinds';
import { SRC } from './sources';

const ref = (title: string, href: string) => ({ title, href });

const SURVEY_2023 = ref(
	'informburodata.com citing BNS: money income per capita Q2 2023, 283 600 ₸ a quarter (+19.1 % a year)',
	'https://informburodata.com/novosti/doxod-srednestatisticeskogo-kazaxstanca-sostavil-283-tysyaci-tenge'
);
const SURVEY_2024 = ref(
	'BNS publication: money income per capita Q2 2024, 330 386 ₸ a quarter (+16.5 % a year)',
	'https://stat.gov.kz/ru/industries/labor-and-income/stat-life/publications/212562/'
);
const SURVEY_2025 = ref(
	'qazaq24.com citing BNS: household survey income per capita Q2 2025, 119 879 ₸ a month',
	'https://qazaq24.com/news/o-mesyachnyh-dohodah-kazahstancev-rasskazali-analitiki-6933'
);
const SURVEY_Q3_2025 = ref(
	'baq.kz citing Data Hub / BNS: money income per capita Q3 2025, 108.2 thousand ₸ a month, +8.5 % a year',
	'https://rus.baq.kz/realnye-dohody-kazahstantsev-prodolzhayut-snizhatsya-na-fone-inflyatsii_300029553/'
);
const CASELOAD_2023 = ref(
	'kapital.kz citing the ministry: 114 100 families assigned TSA in 2023 (59.4 bn ₸); 1 Aug 2023: 102 700 families',
	'https://kapital.kz/gosudarstvo/124597/v-kazakhstane-iz-sostoyaniya-bednosti-vyshli-58-tysyach-semey-poluchavshikh-asp.html'
);

const incomeIndex: Parameter = {
	path: 'indices.income_index',
	label: {
		en: 'Income per capita (survey), ₸ a month',
		ru: 'Доход на душу населения (обследование), ₸ в месяц',
		kk: 'Жан басына шаққандағы орташа табыс (зерттеу), айына ₸'
	},
	description:
		"Money income per capita of the household survey, Q2 of each year (the quarter before a mid-year application), ₸ a month: brings a dataset's incomes to the scenario year (counted income × this index ÷ the dataset's own, `data.income_index`). One value for the whole year: a quarterly income index would make every quarter a structure of its own for the fast path (incomes are not a slider), so the quarters differ in their ПМ and law, not in incomes (assumption). 2026 is the 2025 figure grown by the 8.5 % a year of Q3 2025 (assumption).",
	unit: 'kzt_per_month',
	kind: KZT_MONTHLY,
	values: [
		{ from: '2023-01-01', value: 94_533, note: '283 600 ₸ a quarter / 3' },
		{ from: '2024-01-01', value: 110_129, note: '330 386 ₸ a quarter / 3' },
		{ from: '2025-01-01', value: 119_879 },
		{ from: '2026-01-01', value: 130_069, status: 'assumption', note: '119 879 × 1.085' }
	],
	references: [SURVEY_2023, SURVEY_2024, SURVEY_2025, SURVEY_Q3_2025],
	status: 'approximate',
	range: { min: 30_000, max: 400_000 },
	step: 100
};

const dataIncomeIndex: Parameter = {
	path: 'data.income_index',
	label: {
		en: "Income per capita in the dataset's period, ₸ a month",
		ru: 'Доход на душу населения в периоде данных, ₸ в месяц',
		kk: 'Деректер кезеңіндегі жан басына шаққандағы орташа табыс, айына ₸'
	},
	description:
		"`indices.income_index` of the period the dataset's incomes describe; null: the scenario year's own (no uprating). `simulate` and the app set it from a dataset manifest's `reference_period` when it names a supported year (the shipped synthetic datasets: 2025, 119 879), and say so when it does not.",
	unit: 'kzt_per_month',
	kind: numberKind(0, 10_000_000, true),
	values: [{ from: '2023-01-01', value: null }],
	references: [SURVEY_2025],
	status: 'approximate',
	range: { min: 30_000, max: 400_000 },
	step: 100
};

const administrativeFactor: Parameter = {
	path: 'takeup.administrative_factor',
	label: {
		en: 'Observed take-up: assignments relative to 2025',
		ru: 'Наблюдаемая обращаемость: назначения относительно 2025 года',
		kk: 'Байқалған өтініш беру: 2025 жылға қатысты тағайындаулар'
	},
	description:
		"Observed take-up is learnt from the dataset's applications (the synthetic datasets: 2025). Other years assigned TSA to more of the eligible families for administrative reasons the income data cannot show: before the 2024 verification drives (false data, concealed income, refusals at the material-status check) and the 2025 loan refusal. Each observed rate is multiplied by this factor, capped at 1. Fitted to the ministry's families of 2023 and 2024 on the embedded dataset (assumption); 2026 has no published year yet.",
	unit: 'share',
	kind: numberKind(0, 10),
	values: [
		{ from: '2023-01-01', value: 2.5, note: 'with 2025 take-up about 0.41, every eligible family: the cap binds' },
		{ from: '2024-01-01', value: 1.6 },
		{ from: '2025-01-01', value: 1 }
	],
	references: [CASELOAD_2023, SRC.loanRefusal, SRC.assetDraft2025],
	status: 'assumption',
	range: { min: 0, max: 5 },
	step: 0.05
};

const turnover: Parameter = {
	path: 'tsa.caseload.turnover',
	label: {
		en: 'Families assigned in the year beyond the standing caseload',
		ru: 'Семьи, назначенные за год сверх текущего контингента',
		kk: 'Жыл ішінде ағымдағы контингенттен тыс тағайындалған отбасылар'
	},
	description:
		"TSA is assigned quarter by quarter, so more families receive it at some time in a year than at any one date. Families assigned in the year = the standing (expected) caseload × (1 + this share). Derived from the ministry's counts: 2023, 114 100 in the year against 102 700 on 1 August (+11 %); 2024, 78 100 against 59 800 on 1 April and 76 000 on 1 November (+15 % on their mean). 2025 (54 400 against 43 400 on 1 May) is held out as a check.",
	unit: 'share',
	kind: numberKind(0, 3),
	values: [{ from: '2023-01-01', value: 0.13 }],
	references: [CASELOAD_2023, SRC.loanRefusal],
	status: 'approximate',
	range: { min: 0, max: 1 },
	step: 0.01
};

/** Parameters that carry a dataset across years and count the year's families. */
export const YEARS: readonly Parameter[] = [incomeIndex, dataIncomeIndex, administrativeFactor, turnover];
