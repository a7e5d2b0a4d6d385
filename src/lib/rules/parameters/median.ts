// The median per-capita income of the poverty line (Order 473) as an official statistic, per region and quarter, and
// the switch that takes it from the loaded dataset instead.
//
// No official median by region was found. The values are derived, and the arithmetic is here rather than its result:
// median = MEDIAN_TO_MEAN × (household-survey mean money income per capita of the quarter before, per month), where
// MEDIAN_TO_MEAN is the National Bank's 2022 median (63 000 ₸) over the survey's 2022 mean (964 447 ₸ a year); a
// region's median is the national one × its survey mean over the national mean, from the latest quarter that names it.
import { REGION_CODES, REGION_NAMES, type RegionCode } from '../../data/regions';
import type { DatedValue, Parameter, Reference, Status } from '../parameter';
import { KZT_MONTHLY, enumKind } from './kinds';
import { SRC } from './sources';

const ref = (title: string, href: string): Reference => ({ title, href });

const NBK_MEDIAN = ref(
	'informburo citing the National Bank (monetary policy report, Aug 2023): 2022 per-capita income mean 154 000 ₸, median 63 000 ₸ a month',
	'https://informburodata.com/novosti/nacbank-u-90-kazaxstancev-srednedusevoi-doxod-ne-prevysaet-151-tysyacu-tenge-v-mesyac'
);
const HBS_2022 = ref(
	'BNS, household survey 2022: money income per capita 964 447 ₸ a year',
	'https://stat.gov.kz/industries/labor-and-income/stat-life/publications/9451/'
);

/** One quarter of the BNS household survey: mean money income per capita over the quarter, national and by region. */
interface SurveyQuarter {
	/** First day of the application quarter whose line uses this quarter's median. */
	from: string;
	quarter: string;
	national: number;
	regions: Partial<Record<RegionCode, number>>;
	source: Reference;
}

const SURVEY: readonly SurveyQuarter[] = [
	{
		from: '2023-07-01',
		quarter: 'Q2 2023',
		national: 283_600,
		regions: { astana: 408_100, karaganda: 368_000, almaty: 363_600, zhetisu: 203_200 },
		source: ref(
			'informburo citing BNS: Q2 2023 money income per capita 283.6 thousand ₸ (Astana 408.1, Karaganda 368.0, Almaty 363.6, Zhetisu 203.2)',
			'https://informburodata.com/novosti/doxod-srednestatisticeskogo-kazaxstanca-sostavil-283-tysyaci-tenge'
		)
	},
	{
		from: '2023-10-01',
		quarter: 'Q3 2023',
		national: 298_200,
		regions: { astana: 430_300, almaty: 392_100, karaganda: 379_700, east_kazakhstan: 361_400, ulytau: 353_300 },
		source: ref(
			'Caspian Khabarshy citing BNS: Q3 2023 money income per capita 298.2 thousand ₸ (Astana 430.3, Almaty 392.1, Karaganda 379.7, East Kazakhstan 361.4, Ulytau 353.3)',
			'https://caspian-khabarshys.com/istorii/item/9043-bogatye-stolicy-i-bednyy-yug'
		)
	},
	{
		from: '2024-07-01',
		quarter: 'Q2 2024',
		national: 330_386,
		regions: {},
		source: ref(
			'BNS, household survey Q2 2024: money income per capita 330 386 ₸',
			'https://stat.gov.kz/ru/industries/labor-and-income/stat-life/publications/212562/'
		)
	},
	{
		from: '2024-10-01',
		quarter: 'Q3 2024',
		national: 335_975,
		regions: {},
		source: ref(
			'BNS, household survey Q3 2024: money income per capita 335 975 ₸',
			'https://stat.gov.kz/en/industries/labor-and-income/stat-life/publications/186610/'
		)
	},
	{
		from: '2025-07-01',
		quarter: 'Q2 2025',
		national: 359_638,
		regions: { astana: 500_780, karaganda: 494_453, almaty: 463_513, turkestan: 231_547, shymkent: 267_529, zhambyl: 269_396 },
		source: ref(
			'Lada.kz citing BNS via Tengrinews: Q2 2025 money income per capita 359 638 ₸ (Astana 500 780, Karaganda 494 453, Almaty 463 513; Turkestan 231 547, Shymkent 267 529, Zhambyl 269 396)',
			'https://www.lada.kz/kazakhstan-news/143523-kazakhstan-razdelili-dengi-gde-zhivut-samye-bogatye-i-samye-bednye.html'
		)
	},
	{
		from: '2025-10-01',
		quarter: 'Q3 2025',
		national: 364_556,
		regions: {},
		source: ref(
			'news.mail.ru citing BNS: Q3 2025 money income per capita 364 556 ₸ (121 519 ₸ a month)',
			'https://news.mail.ru/economics/69285850/'
		)
	}
];

/** The National Bank's 2022 median over the household survey's 2022 mean, both ₸ per month. */
export const MEDIAN_TO_MEAN = 63_000 / (964_447 / 12);

const round100 = (x: number): number => Math.round(x / 100) * 100;
const nationalMedian = (q: SurveyQuarter): number => (MEDIAN_TO_MEAN * q.national) / 3;
const REFERENCES = [SRC.order473, NBK_MEDIAN, HBS_2022, ...SURVEY.map((q) => q.source)];

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const arithmetic = (q: SurveyQuarter, ratio?: number): string =>
	`${q.quarter}: ${MEDIAN_TO_MEAN.toFixed(3)} × ${grouped(q.national)} / 3${ratio === undefined ? '' : ` × ${ratio.toFixed(3)}`}`;

const medianSource: Parameter = {
	path: 'tsa.poverty_line.median_source',
	label: {
		en: 'Median income: official or of the dataset',
		ru: 'Медианный доход: официальный или по данным',
		kk: 'Медианалық табыс: ресми немесе деректер бойынша'
	},
	description:
		'Where the median of the poverty line comes from. `official`: the statistic of the region (or the nation, per median_scope) in the tsa.poverty_line.median_income parameters, the same whatever data is loaded, as Order 473 means («медианного дохода, рассчитанного за квартал»). ' +
		'`dataset`: the persons-weighted median per-capita counted income of the loaded dataset; a dataset that is not the whole population (weighted persons outside 90–110 % of 20 478 879) then gets a notice, because a district or an applicants’ register would move the line.',
	unit: 'enum',
	kind: enumKind(['official', 'dataset']),
	values: [{ from: '2023-07-01', value: 'official' }],
	references: [SRC.order473, SRC.order473Text],
	status: 'approximate'
};

const nationalParam: Parameter = {
	path: 'tsa.poverty_line.median_income.national',
	label: {
		en: 'Median per-capita income, national',
		ru: 'Медианный среднедушевой доход, по стране',
		kk: 'Жан басына шаққандағы медианалық табыс, ел бойынша'
	},
	description:
		'Median per-capita income of the quarter before the application quarter, ₸ per month, used by the poverty line when median_scope is national. ' +
		`No official median was found: derived as ${MEDIAN_TO_MEAN.toFixed(3)} (the National Bank’s 2022 median 63 000 ₸ over the BNS household survey’s 2022 mean money income 964 447 / 12 ₸) × the survey’s mean money income per capita of that quarter / 3, rounded to 100 ₸. ` +
		'A quarter with no survey figure found keeps the previous value (Q3 2024 stands for Q4 2024, Q3 2025 for 2026). At 35 % it binds only where the median exceeds twice the ПМ, which it does nowhere nationally.',
	unit: 'kzt_per_month',
	kind: KZT_MONTHLY,
	values: SURVEY.map((q) => ({ from: q.from, value: round100(nationalMedian(q)), note: arithmetic(q) })),
	references: REFERENCES,
	status: 'approximate',
	range: { min: 30_000, max: 300_000 },
	step: 100
};

/** The region's survey ratio in effect for each quarter: its own, else the latest earlier one, else none. */
function regionalValues(region: RegionCode): DatedValue[] {
	let latest: { ratio: number; quarter: string } | null = null;
	return SURVEY.map((q) => {
		const own = q.regions[region];
		if (own !== undefined) latest = { ratio: own / q.national, quarter: q.quarter };
		const value = round100(nationalMedian(q) * (latest?.ratio ?? 1));
		if (own !== undefined) return { from: q.from, value, status: 'approximate' as Status, note: arithmetic(q, latest!.ratio) };
		if (latest)
			return {
				from: q.from,
				value,
				status: 'assumption' as Status,
				note: `${arithmetic(q, latest.ratio)}, the ratio of ${latest.quarter} carried`
			};
		return { from: q.from, value, status: 'assumption' as Status, note: 'national figure: no regional survey figure found' };
	});
}

function regionalParam(region: RegionCode): Parameter {
	const names = REGION_NAMES[region];
	const values = regionalValues(region);
	const published = SURVEY.some((q) => q.regions[region] !== undefined);
	const current = values.find((v) => v.from === '2025-07-01')?.status ?? 'assumption';
	return {
		path: `tsa.poverty_line.median_income.${region}`,
		label: {
			en: `Median per-capita income, ${names.en}`,
			ru: `Медианный среднедушевой доход, ${names.ru}`,
			kk: `Жан басына шаққандағы медианалық табыс, ${names.kk}`
		},
		description:
			'Median per-capita income of the region in the quarter before the application quarter, ₸ per month, used by the poverty line when median_scope is region (the ministry’s reading). ' +
			'No official regional median was found: derived as the national median × the region’s BNS household-survey mean money income per capita over the national mean, from the latest quarter whose report names the region (approximate), the ratio carried to later quarters (assumption); ' +
			'a region no report names gets the national median (assumption). With the mid-2025 values, 35 % of the median exceeds 70 % of the regional ПМ in Karaganda only (from Q4 2025 also in Astana, by under 100 ₸), in line with the ministry’s expectation that the median term adds about 755 families in 2025.' +
			(published ? '' : ' No survey report found names this region: every value is the national one.'),
		unit: 'kzt_per_month',
		kind: KZT_MONTHLY,
		values,
		references: REFERENCES,
		status: current,
		range: { min: 30_000, max: 300_000 },
		step: 100
	};
}

/** The median's source and the official median, national and of each of the 20 regions. */
export const MEDIAN: readonly Parameter[] = [medianSource, nationalParam, ...REGION_CODES.map(regionalParam)];
