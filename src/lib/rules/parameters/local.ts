// Local social assistance (maslikhat decisions, Decree No. 523): one parameter set per region from a table.
import { REGION_CODES, REGION_NAMES, type RegionCode } from '../../data/regions';
import type { Label, Parameter, ParamValue, Reference, ValueKind } from '../parameter';
import { BOOL, MRP_AMOUNT, numberKind } from './kinds';
import { SRC } from './sources';

type Field =
	| 'income_threshold_pm_multiple'
	| 'income_amount_mrp'
	| 'disaster_amount_mrp'
	| 'fire_amount_mrp'
	| 'tb_amount_mrp'
	| 'tb_monthly'
	| 'cancer_amount_mrp'
	| 'hiv_amount_mrp';

interface FieldSpec {
	label: Label;
	description: string;
	kind: ValueKind;
	unit: Parameter['unit'];
	refs: Reference[];
	fallback: ParamValue;
}

const AMOUNT_NOTE = 'One-time per year unless stated monthly; 0 = the category is not provided.';
const TABLE_NOTE = 'Each maslikhat sets its own; no 2023-era figure was found for this region, so the value is an assumption until a user enters theirs.';

const FIELDS: Record<Field, FieldSpec> = {
	income_threshold_pm_multiple: {
		label: { en: 'Income threshold, × ПМ', ru: 'Порог дохода, × ПМ', kk: 'Табыс шегі, × ЕТКД' },
		description: 'Households with per-capita income not exceeding this multiple of the ПМ get the income-tested payment (null: no such category). Example: Almaty 2015, 3 × ПМ for listed categories.',
		kind: numberKind(0, 10, true), unit: 'multiple_of_pm', refs: [SRC.almaty2015, SRC.decree523], fallback: null
	},
	income_amount_mrp: {
		label: { en: 'Income-tested payment, МРП', ru: 'Выплата по доходу, МРП', kk: 'Табысқа қарай төлем, АЕК' },
		description: `Amount of the income-tested payment. Default 7 МРП as in Almaty 2015 (paid there twice a year). ${AMOUNT_NOTE}`,
		kind: MRP_AMOUNT, unit: 'mrp', refs: [SRC.almaty2015, SRC.decree523], fallback: 7
	},
	disaster_amount_mrp: {
		label: { en: 'Natural disaster damage, МРП', ru: 'Ущерб от стихийного бедствия, МРП', kk: 'Табиғи зілзаладан келген залал, АЕК' },
		description: `Payment to households damaged by a natural disaster, no income test; 50 МРП is the ceiling of the 2014 rules. ${AMOUNT_NOTE}`,
		kind: MRP_AMOUNT, unit: 'mrp', refs: [SRC.localRules2014, SRC.decree523], fallback: 50
	},
	fire_amount_mrp: {
		label: { en: 'Fire damage, МРП', ru: 'Ущерб от пожара, МРП', kk: 'Өрттен келген залал, АЕК' },
		description: `Payment to households damaged by a fire, no income test; 50 МРП is the ceiling of the 2014 rules. ${AMOUNT_NOTE}`,
		kind: MRP_AMOUNT, unit: 'mrp', refs: [SRC.localRules2014, SRC.decree523], fallback: 50
	},
	tb_amount_mrp: {
		label: { en: 'Tuberculosis, МРП', ru: 'Туберкулёз, МРП', kk: 'Туберкулез бойынша төлем, АЕК' },
		description: `Payment to persons in outpatient TB treatment; 26 МРП is the ceiling of the 2014 rules, Kaztalov district (West Kazakhstan) pays 10 МРП monthly. ${AMOUNT_NOTE}`,
		kind: MRP_AMOUNT, unit: 'mrp', refs: [SRC.localRules2014, SRC.kaztalov2023], fallback: 26
	},
	tb_monthly: {
		label: { en: 'Tuberculosis payment is monthly', ru: 'Выплата при туберкулёзе ежемесячная', kk: 'Туберкулез бойынша төлем ай сайын' },
		description: 'True when the TB payment is monthly rather than one-time (Kaztalov district 2023).',
		kind: BOOL, unit: 'bool', refs: [SRC.kaztalov2023], fallback: false
	},
	cancer_amount_mrp: {
		label: { en: 'Malignant neoplasm, МРП', ru: 'Злокачественное новообразование, МРП', kk: 'Қатерлі ісік бойынша төлем, АЕК' },
		description: `Payment to persons with a malignant neoplasm; 26 МРП is the ceiling of the 2014 rules. ${AMOUNT_NOTE}`,
		kind: MRP_AMOUNT, unit: 'mrp', refs: [SRC.localRules2014, SRC.decree523], fallback: 26
	},
	hiv_amount_mrp: {
		label: { en: 'HIV, МРП', ru: 'ВИЧ, МРП', kk: 'АИТВ бойынша төлем, АЕК' },
		description: `Payment to persons living with HIV; 26 МРП is the ceiling of the 2014 rules. ${AMOUNT_NOTE}`,
		kind: MRP_AMOUNT, unit: 'mrp', refs: [SRC.localRules2014, SRC.decree523], fallback: 26
	}
};

// Regions whose values differ from the fallbacks above. Kaztalov district's TB rule stands in for West Kazakhstan.
const REGION_TABLE: Partial<Record<RegionCode, Partial<Record<Field, ParamValue>>>> = {
	west_kazakhstan: { tb_amount_mrp: 10, tb_monthly: true }
};

function localParameter(region: RegionCode, field: Field): Parameter {
	const spec = FIELDS[field];
	const name = REGION_NAMES[region];
	const value = REGION_TABLE[region]?.[field] ?? spec.fallback;
	return {
		path: `local.${region}.${field}`,
		label: { en: `${name.en}: ${spec.label.en}`, ru: `${name.ru}: ${spec.label.ru}`, kk: `${name.kk}: ${spec.label.kk}` },
		description: `${spec.description} ${TABLE_NOTE}`,
		unit: spec.unit,
		kind: spec.kind,
		values: [{ from: '2023-07-01', value }],
		references: spec.refs,
		status: 'assumption',
		...(spec.kind.type === 'number' ? { range: { min: 0, max: spec.unit === 'multiple_of_pm' ? 5 : 100 }, step: spec.unit === 'multiple_of_pm' ? 0.1 : 1 } : {})
	};
}

/** Local (maslikhat) assistance parameters for all 20 regions. */
export const LOCAL: readonly Parameter[] = REGION_CODES.flatMap((region) =>
	(Object.keys(FIELDS) as Field[]).map((field) => localParameter(region, field))
);
