// Local social assistance (maslikhat decisions): one parameter set per region from a table. Amounts in МРП are
// ceilings («не более»): a commission sets each payment, and the model pays the ceiling in full (an upper estimate).
import { REGION_CODES, REGION_NAMES, type RegionCode } from '../../data/regions';
import type { Label, Parameter, ParamValue, Reference, Status, ValueKind } from '../parameter';
import { BOOL, integerKind, MRP_AMOUNT, numberKind } from './kinds';
import { LOCAL_SRC } from './local-sources';
import { SRC } from './sources';

type Field =
	| 'income_threshold_pm_multiple'
	| 'income_amount_mrp'
	| 'disaster_amount_mrp'
	| 'fire_amount_mrp'
	| 'tb_amount_mrp'
	| 'tb_monthly'
	| 'tb_months'
	| 'cancer_amount_mrp'
	| 'hiv_amount_mrp'
	| 'housing_assistance'
	| 'housing_max_income_share'
	| 'housing_income_ceiling_pm_multiple'
	| 'housing_norm_kzt_per_person';

interface FieldSpec {
	label: Label;
	description: string;
	kind: ValueKind;
	unit: Parameter['unit'];
	refs: Reference[];
	fallback: ParamValue;
	/** Status of the fallback value. */
	status: Status;
	/** What the description adds when the fallback is used (default: the value is assumed). */
	fallbackNote?: string;
	range?: { min: number; max: number };
	step?: number;
	/** Where the test starts when a user switches it on (see Parameter.switchOn). */
	switchOn?: Parameter['switchOn'];
}

/** A region's own value where a source gives one, with its status and sources. */
interface RegionValue {
	value: ParamValue;
	status: Status;
	refs: Reference[];
	note: string;
}

const CEILING =
	'The amount is a ceiling («не более»): a commission sets each payment; the model pays the ceiling in full, so its cost is an upper estimate.';
const ONCE = 'Paid once a year; 0 = the category is not provided.';
const ASSUMED =
	'Each maslikhat sets its own; no 2023-era figure was found for this region, so the value is an assumption until a user enters theirs.';
const HOUSING =
	'Housing assistance pays the part of the family’s monthly housing and utility costs (`housing_costs_monthly`) above a maximum share of its aggregate monthly income (the income types TSA counts). ' +
	'The rules count costs only within norms (18 m² per person, consumption limits): the data should give those costs, and actual bills overstate it.';
const NORM =
	'The rules count housing and utility costs only within norms (18 m² a person, 30 m² for one living alone; gas, water, heat and electricity limits per person or m²; order of 19.11.2025): the family’s costs (`housing_costs_monthly`) are capped at this normative cost per member before the share of income is taken off. ' +
	'No published tenge figure of the norm was found: this one prices a winter month of a utility basket close to the norms (a family of three in 60 m², 3 m³ of cold and 2 m³ of hot water and 100 kWh a person: 22 007 ₸, February 2024, so about 7 300 ₸ a person), an assumption; heating is paid only in the cold months, so twelve times it overstates a year. Null: no norm, the whole costs count.';
const AMOUNT_RANGE = { range: { min: 0, max: 100 }, step: 1 } as const;
const upTo = (en: string, ru: string, kk: string): Label => ({
	en: `${en}: up to, МРП`,
	ru: `${ru}: до, МРП`,
	kk: `${kk}: АЕК-ке дейін`
});

const FIELDS: Record<Field, FieldSpec> = {
	income_threshold_pm_multiple: {
		label: { en: 'Income threshold, × ПМ', ru: 'Порог дохода, × ПМ', kk: 'Табыс шегі, × ЕТКД' },
		description: `Households with per-capita income not exceeding this multiple of the ПМ get the income-tested payment (null: no such category). Switched on, it starts at 1 × ПМ: no maslikhat's 2023-era multiple was found, and income below the ПМ is the official measure of poverty (BNS); the only multiple found, Almaty 2015's 3 × ПМ, applied to listed categories (disabled persons), not to every family.`,
		kind: numberKind(0, 10, true),
		unit: 'multiple_of_pm',
		refs: [SRC.almaty2015, SRC.decree523, LOCAL_SRC.bnsPoverty2025],
		fallback: null,
		status: 'assumption',
		range: { min: 0, max: 5 },
		step: 0.1,
		switchOn: {
			value: 1,
			note: 'assumption: income below the ПМ, the official measure of poverty (BNS); no 2023-era maslikhat multiple found'
		}
	},
	income_amount_mrp: {
		label: upTo('Income-tested payment', 'Выплата по доходу', 'Табысқа қарай төлем'),
		description: `Ceiling of the income-tested payment. Default 7 МРП as in Almaty 2015 (paid there twice a year). ${CEILING} ${ONCE}`,
		kind: MRP_AMOUNT,
		unit: 'mrp',
		refs: [SRC.almaty2015, SRC.decree523],
		fallback: 7,
		status: 'assumption',
		...AMOUNT_RANGE
	},
	disaster_amount_mrp: {
		label: upTo('Natural disaster damage', 'Ущерб от стихийного бедствия', 'Табиғи зілзала салдарынан келтірілген зиян'),
		description: `Ceiling of the payment to a household damaged by a natural disaster, no income test (2014 rules: not more than 50 МРП). Disaster and fire are one ground, paid once a year: a household with both gets the larger ceiling once. ${CEILING} ${ONCE}`,
		kind: MRP_AMOUNT,
		unit: 'mrp',
		refs: [SRC.localRules2014, SRC.decree523],
		fallback: 50,
		status: 'assumption',
		...AMOUNT_RANGE
	},
	fire_amount_mrp: {
		label: upTo('Fire damage', 'Ущерб от пожара', 'Өрт салдарынан келтірілген зиян'),
		description: `Ceiling of the payment to a household damaged by a fire, no income test (2014 rules: not more than 50 МРП). Disaster and fire are one ground, paid once a year: a household with both gets the larger ceiling once. ${CEILING} ${ONCE}`,
		kind: MRP_AMOUNT,
		unit: 'mrp',
		refs: [SRC.localRules2014, SRC.decree523],
		fallback: 50,
		status: 'assumption',
		...AMOUNT_RANGE
	},
	tb_amount_mrp: {
		label: upTo('Tuberculosis, outpatient treatment', 'Туберкулёз, амбулаторное лечение', 'Туберкулез, амбулаториялық емдеу'),
		description: `Ceiling of the payment to each person in outpatient TB treatment: once a year (2014 rules: not more than 26 МРП), or each month of the treatment when paid monthly (Kaztalov district, West Kazakhstan: 10 МРП monthly). ${CEILING}`,
		kind: MRP_AMOUNT,
		unit: 'mrp',
		refs: [SRC.localRules2014, SRC.kaztalov2023],
		fallback: 26,
		status: 'assumption',
		...AMOUNT_RANGE
	},
	tb_monthly: {
		label: { en: 'Tuberculosis payment is monthly', ru: 'Выплата при туберкулёзе ежемесячная', kk: 'Туберкулез бойынша төлем ай сайын' },
		description: `True when the TB payment is made each month of the outpatient treatment rather than once (Kaztalov district 2023).`,
		kind: BOOL,
		unit: 'bool',
		refs: [SRC.kaztalov2023],
		fallback: false,
		status: 'assumption'
	},
	tb_months: {
		label: {
			en: 'Tuberculosis: months of outpatient treatment paid',
			ru: 'Туберкулёз: месяцев амбулаторного лечения',
			kk: 'Туберкулез: амбулаториялық емдеу айлары'
		},
		description:
			'When the TB payment is monthly, it is paid for the length of the outpatient treatment: the monthly ceiling × these months. 6 = the WHO standard course for drug-susceptible TB (2 + 4 months); drug-resistant courses are longer and the first phase may be in hospital, which this one figure does not tell apart.',
		kind: integerKind(1, 24),
		unit: 'count',
		refs: [LOCAL_SRC.whoTbRegimen, SRC.kaztalov2023],
		fallback: 6,
		status: 'approximate',
		range: { min: 1, max: 24 },
		step: 1
	},
	cancer_amount_mrp: {
		label: upTo(
			'Malignant neoplasm, post-operative period',
			'Злокачественное новообразование, послеоперационный период',
			'Қатерлі ісік, операциядан кейінгі кезең'
		),
		description: `Ceiling of the payment to each person with a malignant neoplasm in the post-operative period, once a year (2014 rules: not more than 26 МРП). The data say only that a person is treated for cancer (\`ssd = cancer\`): the model counts every such person as in the post-operative period, another reason its cost is an upper estimate. ${CEILING}`,
		kind: MRP_AMOUNT,
		unit: 'mrp',
		refs: [SRC.localRules2014, SRC.decree523],
		fallback: 26,
		status: 'assumption',
		...AMOUNT_RANGE
	},
	hiv_amount_mrp: {
		label: upTo('HIV', 'ВИЧ', 'АИТВ'),
		description: `Ceiling of the payment to each person living with HIV, once a year (2014 rules: not more than 26 МРП). ${CEILING}`,
		kind: MRP_AMOUNT,
		unit: 'mrp',
		refs: [SRC.localRules2014, SRC.decree523],
		fallback: 26,
		status: 'assumption',
		...AMOUNT_RANGE
	},
	housing_assistance: {
		label: { en: 'Housing assistance is paid', ru: 'Жилищная помощь выплачивается', kk: 'Тұрғын үй көмегі төленеді' },
		description: `The switch of housing assistance in the region (on by law in every region). ${HOUSING}`,
		kind: BOOL,
		unit: 'bool',
		refs: [LOCAL_SRC.housingAlmaty2024, LOCAL_SRC.housingRules2025, LOCAL_SRC.housingNorms2025],
		fallback: true,
		status: 'approximate'
	},
	housing_max_income_share: {
		label: {
			en: 'Housing assistance: maximum share of income for housing costs',
			ru: 'Жилищная помощь: предельная доля расходов на жильё в доходе',
			kk: 'Тұрғын үй көмегі: тұрғын үй шығыстарының табыстағы шекті үлесі'
		},
		description: `${HOUSING} This is that share: the maslikhat sets it, between 5 % and 10 % (ministry, 2025); higher in Astana and Almaty.`,
		fallbackNote:
			'No figure was found for this region: 8 %, the middle of that range, is an assumption until a user enters the region’s own.',
		kind: numberKind(0, 1),
		unit: 'share',
		refs: [LOCAL_SRC.housingRules2025, LOCAL_SRC.housingBozumbaev2025],
		fallback: 0.08,
		status: 'assumption',
		range: { min: 0, max: 0.3 },
		step: 0.01
	},
	housing_income_ceiling_pm_multiple: {
		label: {
			en: 'Housing assistance: income ceiling, × ПМ',
			ru: 'Жилищная помощь: предел дохода, × ПМ',
			kk: 'Тұрғын үй көмегі: табыс шегі, × ЕТКД'
		},
		description:
			'Families with per-capita income below this multiple of the ПМ get housing assistance (null: no ceiling besides the share of income). The ministry speaks of low-income families «с доходом ниже установленного порога» without a figure.',
		fallbackNote:
			'1 × ПМ, the usual measure of low income, is an assumption: without a ceiling the share test alone makes most families eligible on paper (their bills exceed 5–10 % of income), far from the 17 500 families paid in 2024.',
		kind: numberKind(0, 10, true),
		unit: 'multiple_of_pm',
		refs: [LOCAL_SRC.housingRules2025],
		fallback: 1,
		status: 'assumption',
		range: { min: 0, max: 5 },
		step: 0.1
	},
	housing_norm_kzt_per_person: {
		label: {
			en: 'Housing assistance: normative costs per member, ₸ a month',
			ru: 'Жилищная помощь: нормативные расходы на члена семьи, ₸ в месяц',
			kk: 'Тұрғын үй көмегі: отбасы мүшесіне нормативтік шығыстар, айына ₸'
		},
		description: NORM,
		fallbackNote: 'The national figure (22 007 ₸ ÷ 3) stands in for the region.',
		kind: numberKind(0, 1_000_000, true),
		unit: 'kzt_per_month',
		refs: [LOCAL_SRC.housingNormRules2025, LOCAL_SRC.utilityBasket2024, LOCAL_SRC.housingNorms2025],
		fallback: 7_300,
		status: 'assumption',
		range: { min: 0, max: 30_000 },
		step: 100
	}
};

// Regions whose values differ from the fallbacks above.
const REGION_TABLE: Partial<Record<RegionCode, Partial<Record<Field, RegionValue>>>> = {
	west_kazakhstan: {
		tb_amount_mrp: {
			value: 10,
			status: 'approximate',
			refs: [SRC.kaztalov2023],
			note: 'Kaztalov district’s rule (2023) stands in for the region.'
		},
		tb_monthly: {
			value: true,
			status: 'approximate',
			refs: [SRC.kaztalov2023],
			note: 'Kaztalov district’s rule (2023) stands in for the region.'
		}
	},
	kyzylorda: {
		housing_max_income_share: {
			value: 0.07,
			status: 'approximate',
			refs: [LOCAL_SRC.housingKyzylorda],
			note: 'Kyzylorda region: 7 % (Deputy Prime Minister, 2025).'
		}
	},
	pavlodar: {
		housing_max_income_share: {
			value: 0.05,
			status: 'approximate',
			refs: [LOCAL_SRC.housingEkibastuz],
			note: 'Ekibastuz city’s 5 % stands in for the region.'
		}
	},
	almaty: {
		housing_max_income_share: {
			value: 0.1,
			status: 'approximate',
			refs: [LOCAL_SRC.housingAlmatyTv, LOCAL_SRC.housingBozumbaev2025],
			note: 'Almaty: 10 % (city archive; the ministry: higher in Almaty).'
		},
		housing_norm_kzt_per_person: {
			value: 9_100,
			status: 'assumption',
			refs: [LOCAL_SRC.utilityBasket2024],
			note: 'Almaty’s basket: 27 364 ₸ for three in February 2024, about 9 100 ₸ a person.'
		}
	},
	astana: {
		housing_max_income_share: {
			value: 0.1,
			status: 'approximate',
			refs: [LOCAL_SRC.housingBozumbaev2025],
			note: 'Astana: the top of the 7–10 % range (the ministry: higher in Astana).'
		}
	}
};

function localParameter(region: RegionCode, field: Field): Parameter {
	const spec = FIELDS[field];
	const name = REGION_NAMES[region];
	const own = REGION_TABLE[region]?.[field];
	return {
		path: `local.${region}.${field}`,
		label: { en: `${name.en}: ${spec.label.en}`, ru: `${name.ru}: ${spec.label.ru}`, kk: `${name.kk}: ${spec.label.kk}` },
		description: `${spec.description} ${own ? own.note : spec.status === 'assumption' ? (spec.fallbackNote ?? ASSUMED) : ''}`.trim(),
		unit: spec.unit,
		kind: spec.kind,
		values: [{ from: '2023-07-01', value: own ? own.value : spec.fallback }],
		references: own ? [...own.refs, ...spec.refs.filter((r) => !own.refs.includes(r))] : spec.refs,
		status: own ? own.status : spec.status,
		...(spec.range ? { range: spec.range, step: spec.step } : {}),
		...(spec.switchOn ? { switchOn: spec.switchOn } : {})
	};
}

/** Local (maslikhat) assistance parameters for all 20 regions. */
export const LOCAL: readonly Parameter[] = REGION_CODES.flatMap((region) =>
	(Object.keys(FIELDS) as Field[]).map((field) => localParameter(region, field))
);
