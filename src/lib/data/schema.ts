// Contract §1 (schema_version 1): the one source of truth for column names, types, ranges, meanings,
// validation messages and the datasets README table. Source: shared/spec/contract.md §1.
import { z } from '../zod';
import { REGION_CODES } from './regions';

/** The two tables of a dataset. */
export type TableName = 'households' | 'persons';

/** The value types a contract column may have. */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'enum';

/** One column of the contract with everything needed to parse, check, explain and document it. */
export interface ColumnSpec {
	name: string;
	table: TableName;
	type: ColumnType;
	required: boolean;
	/** Inclusive lower bound (numbers and integers). */
	min?: number;
	/** When true the lower bound is exclusive (weight > 0). */
	minExclusive?: boolean;
	/** Inclusive upper bound. */
	max?: number;
	/** Allowed values of an enum column. */
	values?: readonly string[];
	/** Must be unique within its table. */
	unique?: boolean;
	meaning: string;
	/** What a missing optional column switches off or assumes ("no targeting metrics"). */
	switchesOff?: string;
}

/**
 * Upper bounds of the numeric columns: generous for real registers, and small enough that no sum can overflow.
 * The largest weighted annual sum over 20 M households, 1e10 ₸ × 1e7 × 2e7 × 12 ≈ 2.4e25, stays far below the
 * largest double (1.8e308); an Infinity or a 1e308 is refused instead of becoming "NaN ₸" or a null figure.
 */
export const UPPER_BOUNDS = {
	/** Money per month (incomes, consumption, housing costs, card spending, TSA paid), ₸. */
	moneyMonthly: 1e10,
	/** Stocks and quarterly flows (deposits, loans received in a quarter), ₸. */
	stock: 1e12,
	/** Counts of things owned (dwellings, vehicles, land plots). */
	count: 1000,
	/** Households one record stands for. */
	weight: 1e7
} as const;

const { moneyMonthly, stock, count } = UPPER_BOUNDS;

const income = (name: string, meaning: string): ColumnSpec => ({
	name,
	table: 'persons',
	type: 'number',
	required: false,
	min: 0,
	max: moneyMonthly,
	meaning,
	switchesOff: 'this income is counted as 0 in the TSA income test'
});

/** Columns of `households`, in contract order. */
export const HOUSEHOLD_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'hh_id', table: 'households', type: 'string', required: true, unique: true, meaning: 'anonymised household id, unique' },
	{ name: 'region', table: 'households', type: 'enum', required: true, values: REGION_CODES, meaning: 'one of the 20 region codes' },
	{
		name: 'settlement',
		table: 'households',
		type: 'enum',
		required: true,
		values: ['urban', 'rural'],
		meaning: 'urban or rural settlement'
	},
	{
		name: 'weight',
		table: 'households',
		type: 'number',
		required: true,
		min: 0,
		minExclusive: true,
		max: UPPER_BOUNDS.weight,
		meaning: 'households in the population this record stands for (1 for a full register)'
	},
	{
		name: 'consumption_monthly',
		table: 'households',
		type: 'number',
		required: false,
		min: 0,
		max: moneyMonthly,
		meaning: 'household consumption spending (survey); enables targeting-accuracy metrics',
		switchesOff: 'no targeting metrics (poor persons, inclusion and exclusion error, poorest-quintile coverage, CGH)'
	},
	{
		name: 'dwellings_owned',
		table: 'households',
		type: 'integer',
		required: true,
		min: 0,
		max: count,
		meaning: 'homes or premises owned by any member'
	},
	{
		name: 'vehicles_owned',
		table: 'households',
		type: 'integer',
		required: true,
		min: 0,
		max: count,
		meaning: 'vehicles owned by any member'
	},
	{
		name: 'land_plots_owned',
		table: 'households',
		type: 'integer',
		required: false,
		min: 0,
		max: count,
		meaning: 'plots for individual housing',
		switchesOff: 'no land-plot asset test (treated as 0 plots)'
	},
	{
		name: 'deposits_kzt',
		table: 'households',
		type: 'number',
		required: false,
		min: 0,
		max: stock,
		meaning: 'bank deposits, tenge (a stock, not monthly)',
		switchesOff: 'no deposits asset test (tsa.assets.max_deposits_mrp; treated as 0 ₸)'
	},
	{
		name: 'non_mortgage_loan',
		table: 'households',
		type: 'boolean',
		required: false,
		meaning: 'any member has a consumer or micro loan',
		switchesOff: 'no non-mortgage loan exclusion (tsa.assets.non_mortgage_loan_excludes; treated as no loan)'
	},
	{
		name: 'loans_received_quarter_kzt',
		table: 'households',
		type: 'number',
		required: false,
		min: 0,
		max: stock,
		meaning:
			'non-mortgage bank loans and microcredits received by members in the quarter before the reference month, tenge (a flow over the quarter, not monthly)',
		switchesOff:
			'no loan test by amount (tsa.assets.loan_limit_pm_per_member_quarter): the yes/no column non_mortgage_loan is used instead, with a notice'
	},
	{
		name: 'housing_costs_monthly',
		table: 'households',
		type: 'number',
		required: false,
		min: 0,
		max: moneyMonthly,
		meaning: 'housing and utility costs the household pays (rent excluded unless the law counts it), for housing assistance',
		switchesOff: 'no housing assistance (treated as 0 ₸ of housing costs)'
	},
	{
		name: 'card_spending_monthly',
		table: 'households',
		type: 'number',
		required: false,
		min: 0,
		max: moneyMonthly,
		meaning: "outflows from members' bank accounts (spending signal)",
		switchesOff: 'no account-spending test (treated as 0 ₸)'
	},
	{
		name: 'disaster_damage',
		table: 'households',
		type: 'boolean',
		required: false,
		meaning: 'damage from a natural disaster in the reference year',
		switchesOff: 'no local assistance on disaster grounds (treated as no damage)'
	},
	{
		name: 'fire_damage',
		table: 'households',
		type: 'boolean',
		required: false,
		meaning: 'damage from a fire in the reference year',
		switchesOff: 'no local assistance on fire grounds (treated as no damage)'
	},
	{
		name: 'notified',
		table: 'households',
		type: 'boolean',
		required: false,
		meaning: 'proactively notified of possible TSA eligibility (Digital Family Card)',
		switchesOff: 'no observed notification, so no notified-to-applied gap'
	},
	{
		name: 'applied',
		table: 'households',
		type: 'boolean',
		required: false,
		meaning: 'applied for TSA in the reference period (notified or not)',
		switchesOff: 'no observed take-up (takeup.mode = observed) and no notified-to-applied gap'
	},
	{
		name: 'tsa_paid_monthly',
		table: 'households',
		type: 'number',
		required: false,
		min: 0,
		max: moneyMonthly,
		meaning: 'TSA actually paid (observed)',
		switchesOff: 'no comparison with observed TSA payments'
	}
];

/** Columns of `persons`, in contract order. */
export const PERSON_COLUMNS: readonly ColumnSpec[] = [
	{ name: 'person_id', table: 'persons', type: 'string', required: true, unique: true, meaning: 'anonymised person id, unique' },
	{ name: 'hh_id', table: 'persons', type: 'string', required: true, meaning: 'must exist in households; every household has ≥ 1 person' },
	{ name: 'age', table: 'persons', type: 'integer', required: true, min: 0, max: 120, meaning: 'completed years' },
	{ name: 'sex', table: 'persons', type: 'enum', required: true, values: ['m', 'f'], meaning: 'm or f' },
	{
		name: 'disability_group',
		table: 'persons',
		type: 'integer',
		required: false,
		min: 0,
		max: 3,
		meaning: '0 = none; for children any value > 0 means a disabled child',
		switchesOff: 'no disability-based unconditional help or disabled-child rules (treated as no disability)'
	},
	{
		name: 'student_fulltime',
		table: 'persons',
		type: 'boolean',
		required: false,
		meaning: 'full-time student',
		switchesOff: 'no full-time student exception in the able-bodied test (treated as not a student)'
	},
	{
		name: 'carer',
		table: 'persons',
		type: 'boolean',
		required: false,
		meaning: 'cares full time for a child under 3, a disabled person or an elderly person',
		switchesOff: 'no carer ground of unconditional help (treated as not a carer)'
	},
	{
		name: 'ssd',
		table: 'persons',
		type: 'enum',
		required: false,
		values: ['none', 'tb', 'cancer', 'hiv'],
		meaning: 'socially significant disease under treatment',
		switchesOff: 'no local assistance on disease grounds (treated as none)'
	},
	income('income_wages', 'wages, ₸/month'),
	income('income_business', 'business income, ₸/month'),
	income('income_pension', 'pensions, ₸/month'),
	income('income_benefits', 'social payments counted as income, ₸/month'),
	income('income_benefits_excluded', 'payments the law excludes (e.g. disability benefits for children), ₸/month'),
	income('income_alimony', 'alimony, ₸/month'),
	income('income_property', 'rent and sale of property, ₸/month'),
	income('income_farm', 'personal subsidiary farm, ₸/month')
];

/** Both tables' columns, keyed by table. */
export const COLUMNS: Record<TableName, readonly ColumnSpec[]> = {
	households: HOUSEHOLD_COLUMNS,
	persons: PERSON_COLUMNS
};

/** The contract column `name` of `table`, or undefined for a column outside the schema. */
export function columnSpec(table: TableName, name: string): ColumnSpec | undefined {
	return COLUMNS[table].find((c) => c.name === name);
}

/** The rule a value of `spec` must follow, in words ("an integer from 0 to 120"). */
export function describeRule(spec: ColumnSpec): string {
	if (spec.type === 'enum') return `one of ${spec.values!.join(', ')}`;
	if (spec.type === 'boolean') return 'true/false (or 1/0)';
	if (spec.type === 'string') return 'text';
	const kind = spec.type === 'integer' ? 'an integer' : 'a number';
	const max = spec.max === undefined ? '' : showBound(spec.max);
	if (spec.min !== undefined && spec.minExclusive) return `${kind} > ${spec.min}${max && ` and ≤ ${max}`}`;
	if (spec.min !== undefined && max) return `${kind} from ${spec.min} to ${max}`;
	if (spec.min !== undefined) return `${kind} ≥ ${spec.min}`;
	return max ? `${kind} ≤ ${max}` : kind;
}

/** A bound written with its digits grouped by threes ("10 000 000 000"), as the README writes large numbers. */
export function showBound(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** True when a parsed, non-null number satisfies the range of `spec`. */
export function inRange(spec: ColumnSpec, v: number): boolean {
	if (spec.min !== undefined && (spec.minExclusive ? v <= spec.min : v < spec.min)) return false;
	return spec.max === undefined || v <= spec.max;
}

/** The zod schema of one (parsed) cell of `spec`; null or absent stands for an unknown value. */
export function cellSchema(spec: ColumnSpec): z.ZodType {
	let base: z.ZodType;
	if (spec.type === 'enum') base = z.enum(spec.values as [string, ...string[]]);
	else if (spec.type === 'boolean') base = z.boolean();
	else if (spec.type === 'string') base = z.string().min(1);
	else {
		let n = spec.type === 'integer' ? z.number().int() : z.number();
		if (spec.min !== undefined) n = spec.minExclusive ? n.gt(spec.min) : n.gte(spec.min);
		if (spec.max !== undefined) n = n.lte(spec.max);
		base = n;
	}
	return spec.required ? base : base.nullable().optional();
}

function rowSchema(table: TableName) {
	return z.looseObject(Object.fromEntries(COLUMNS[table].map((c) => [c.name, cellSchema(c)])));
}

/** Zod schema of one household record (extra columns allowed). */
export const householdRowSchema = rowSchema('households');
/** Zod schema of one person record (extra columns allowed). */
export const personRowSchema = rowSchema('persons');

/** Zod schema of the optional `manifest.json` of a dataset folder. */
export const manifestSchema = z.looseObject({
	schema_version: z.literal(1).optional(),
	name: z.string().optional(),
	description: z.string().optional(),
	reference_period: z.string().optional(),
	provenance: z.unknown().optional(),
	calibration: z.unknown().optional()
});

/** A dataset's manifest as read from `manifest.json`. */
export type Manifest = z.infer<typeof manifestSchema>;

/** Renders the contract's two tables as Markdown, for datasets/README.md. */
export function schemaMarkdown(): string {
	const out: string[] = [];
	for (const table of ['households', 'persons'] as const) {
		out.push(`### ${table}`, '', '| column | type | required | allowed values | meaning | when missing |', '|---|---|---|---|---|---|');
		for (const c of COLUMNS[table]) {
			const missing = c.required ? 'refused' : `unknown: ${c.switchesOff ?? 'treated as unknown'}`;
			const allowed = c.type === 'enum' && c.values!.length > 5 ? 'a region code (see below)' : describeRule(c);
			out.push(`| ${c.name} | ${c.type} | ${c.required ? 'yes' : 'no'} | ${allowed} | ${c.meaning} | ${missing} |`);
		}
		out.push('');
	}
	out.push('Region codes: ' + REGION_CODES.map((r) => `\`${r}\``).join(', '));
	return out.join('\n') + '\n';
}
