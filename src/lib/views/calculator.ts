// Household calculator: a family the user types, evaluated with the same rules as every dataset household (its
// features counted in TypeScript as the feature SQL counts them, then the shared explainer), under the law and the
// scenario, and the monthly TSA as the first adult's wages go from 0 to a few poverty lines. It needs no engine: only a
// line on the dataset's median reads the dataset, from its columns when in memory, else from SQL. `calculate` is the
// same through DuckDB, the reference calculator.columns.test.ts holds it equal to.
import type { Db, Row } from '$lib/db/db';
import { columnSpec, inRange } from '$lib/data/schema';
import type { RegionCode } from '$lib/data/regions';
import { evaluate } from '$lib/rules/expr';
import { explainHousehold, rowForExplanation, type ExplainContext, type ExplanationStep } from '$lib/rules/explain';
import type { ExplainLanguage } from '$lib/rules/explain-phrases';
import type { ParamValue, ParamValues } from '$lib/rules/parameter';
import { resolveScenario } from '$lib/rules/scenario';
import { medianIsOfficial } from '$lib/rules/tsa/poverty-line';
import { tsaAmount } from '$lib/rules/tsa/amount';
import { childSupplement } from '$lib/rules/tsa/child-supplement';
import { INCOME_COLUMNS } from '$lib/sim/household-features';
import { typedFeatureRow } from '$lib/sim/typed-features';
import { datasetMedianFor, installTypedHouseholds, typedFeatureRows, type TypedRecord } from '$lib/sim/typed-households';
import type { LiveSimulation } from '$lib/state/live.svelte';
import { datasetMedianFromColumns } from './calculator-median';

/** A kind of monthly income: a person column of the dataset (wages, business, pension, …). */
export type IncomeKind = (typeof INCOME_COLUMNS)[number];

/** The income kinds in the dataset's order. */
export const INCOME_KINDS: readonly IncomeKind[] = INCOME_COLUMNS;

/** A socially significant disease under treatment (the dataset's `ssd`). */
export type Disease = 'none' | 'tb' | 'cancer' | 'hiv';

/** One member as typed: the dataset's person columns. */
export interface CalcMember {
	age: number;
	sex: 'm' | 'f';
	/** 0 = none, 1–3 = group (any value > 0 for a child means a disabled child). */
	disability_group: number;
	student_fulltime: boolean;
	carer: boolean;
	ssd: Disease;
	/** ₸ a month, by kind. */
	incomes: Record<IncomeKind, number>;
}

/** What the family owns and owes, and its damage flags: the dataset's household columns. */
export interface CalcAssets {
	dwellings_owned: number;
	vehicles_owned: number;
	land_plots_owned: number;
	deposits_kzt: number;
	non_mortgage_loan: boolean;
	/** Non-mortgage loans received in the quarter, ₸. */
	loans_received_quarter_kzt: number;
	housing_costs_monthly: number;
	card_spending_monthly: number;
	disaster_damage: boolean;
	fire_damage: boolean;
}

/** The household fields the calculator asks for: counts and tenge, then yes / no. */
export const ASSET_NUMBERS = [
	'dwellings_owned',
	'vehicles_owned',
	'land_plots_owned',
	'deposits_kzt',
	'loans_received_quarter_kzt',
	'housing_costs_monthly',
	'card_spending_monthly'
] as const satisfies readonly (keyof CalcAssets)[];
export const ASSET_FLAGS = ['non_mortgage_loan', 'disaster_damage', 'fire_damage'] as const satisfies readonly (keyof CalcAssets)[];

/** A typed family: where it lives, the year whose law applies, its members and its assets. */
export interface CalcFamily {
	region: RegionCode;
	settlement: 'urban' | 'rural';
	year: number;
	members: CalcMember[];
	assets: CalcAssets;
}

/** A member with no income and no special status. */
export function newMember(age: number, sex: 'm' | 'f'): CalcMember {
	const incomes = Object.fromEntries(INCOME_KINDS.map((k) => [k, 0])) as Record<IncomeKind, number>;
	return { age, sex, disability_group: 0, student_fulltime: false, carer: false, ssd: 'none', incomes };
}

/** The family the calculator opens with: a couple with children of 8 and 4, one wage of 120 000 ₸, one home. */
export function defaultFamily(year: number, region: RegionCode): CalcFamily {
	const earner = newMember(35, 'm');
	earner.incomes.income_wages = 120_000;
	return {
		region,
		settlement: 'urban',
		year,
		members: [earner, newMember(33, 'f'), newMember(8, 'f'), newMember(4, 'm')],
		assets: {
			dwellings_owned: 1,
			vehicles_owned: 0,
			land_plots_owned: 0,
			deposits_kzt: 0,
			non_mortgage_loan: false,
			loans_received_quarter_kzt: 0,
			housing_costs_monthly: 0,
			card_spending_monthly: 0,
			disaster_damage: false,
			fire_damage: false
		}
	};
}

/** The member whose wages the chart varies: the first adult (18 or over), else the first member. */
export function firstEarner(family: CalcFamily): number {
	const i = family.members.findIndex((m) => m.age >= 18);
	return i < 0 ? 0 : i;
}

/** The dataset columns whose typed value is out of the dataset's range (age 0–120, no negative tenge, …). */
export function familyProblems(family: CalcFamily): string[] {
	const bad = new Set<string>();
	if (family.members.length === 0) bad.add('persons');
	const check = (table: 'households' | 'persons', name: string, value: number) => {
		const spec = columnSpec(table, name);
		if (!Number.isFinite(value) || (spec && (!inRange(spec, value) || (spec.type === 'integer' && !Number.isInteger(value)))))
			bad.add(name);
	};
	for (const m of family.members) {
		check('persons', 'age', m.age);
		check('persons', 'disability_group', m.disability_group);
		for (const k of INCOME_KINDS) check('persons', k, m.incomes[k]);
	}
	for (const k of ASSET_NUMBERS) check('households', k, family.assets[k]);
	return [...bad];
}

/** The family as dataset records: one household `hhId` (weight 1) and its persons; `wages` replaces the first adult's. */
export function familyRecords(family: CalcFamily, hhId: string, wages?: number): { household: TypedRecord; persons: TypedRecord[] } {
	const earner = firstEarner(family);
	const persons = family.members.map((m, i): TypedRecord => {
		const incomes = { ...m.incomes, ...(i === earner && wages !== undefined ? { income_wages: wages } : {}) };
		const { age, sex, disability_group, student_fulltime, carer, ssd } = m;
		return { person_id: `${hhId}-p${i + 1}`, hh_id: hhId, age, sex, disability_group, student_fulltime, carer, ssd, ...incomes };
	});
	return { household: { hh_id: hhId, region: family.region, settlement: family.settlement, weight: 1, ...family.assets }, persons };
}

/** The law and the scenario of `year` for a typed family: the year's law, and it with the scenario's `overrides`. */
export function calculatorParams(
	year: number,
	overrides: Readonly<Record<string, ParamValue>>
): { law: ParamValues; scenario: ParamValues } {
	// No dataset parameters (data.income_index): typed incomes are the year's own, not a dataset period's.
	const law = resolveScenario({ name: `Law of ${year}`, year, params: {} }).params;
	const scenario = resolveScenario({ name: `Scenario ${year}`, year, params: { ...overrides } }).params;
	return { law, scenario };
}

/** The right end of the chart's earnings axis: about 3 poverty lines, more for a large family so TSA's end shows. */
export function earningsMax(line: number, size: number): number {
	const raw = Math.max(3 * line, 1.5 * line * size, 10_000);
	return Math.ceil(raw / 10_000) * 10_000;
}

/** `points` wages evenly from 0 to `max`. */
export function wageSteps(max: number, points = 31): number[] {
	return Array.from({ length: points }, (_, i) => Math.round((max * i) / (points - 1)));
}

/** What one set of rules gives the family: monthly TSA (amount + child supplement), local assistance a year, the trace. */
export interface CalcOutcome {
	eligible: boolean;
	amount: number;
	supplement: number;
	tsaMonthly: number;
	localAnnual: number;
	line: number;
	/** The trace in the language asked for; `traceIn` says it in another without asking the database again. */
	steps: ExplanationStep[];
	/** What the trace is computed from: the family's features row, the rules and their context. */
	source: { row: Row; params: ParamValues; context: ExplainContext };
}

/** The explainer's steps of `outcome` in `language`. */
export function traceIn(outcome: CalcOutcome, language: ExplainLanguage): ExplanationStep[] {
	const { row, params, context } = outcome.source;
	return explainHousehold(row, params, context, language);
}

/** The outcome read from the explainer's steps of `source` (each a rule's value on the family's row). */
export function outcomeOf(source: CalcOutcome['source'], language: ExplainLanguage = 'en'): CalcOutcome {
	const steps = explainHousehold(source.row, source.params, source.context, language);
	const value = (path: string) => steps.find((s) => s.path === path)?.value ?? null;
	const n = (path: string) => Number(value(path) ?? 0);
	const amount = n('tsa.amount');
	const supplement = n('tsa.child_supplement');
	return {
		eligible: value('tsa.eligible') === true,
		amount,
		supplement,
		tsaMonthly: amount + supplement,
		localAnnual: n('local.annual'),
		line: n('tsa.poverty_line'),
		steps,
		source
	};
}

/** The calculator's answer: each outcome, and the monthly TSA at each of the first adult's wages under each. */
export interface CalcResult {
	law: CalcOutcome;
	scenario: CalcOutcome;
	earner: number;
	curve: { wages: number[]; law: number[]; scenario: number[] };
}

const HH = 'calc';

/** Monthly TSA with the child supplement, from the rules, of a features row. */
function monthlyTsa(row: Row, params: ParamValues, context: ExplainContext): number {
	const r = rowForExplanation(row, params, context);
	return Number(evaluate(tsaAmount.expr, r, params) ?? 0) + Number(evaluate(childSupplement.expr, r, params) ?? 0);
}

/** The median a line of `params` reads for `region` when its source is the dataset (null: official, or none). */
export type DatasetMedian = (params: ParamValues, region: string) => number | null;

/** The hh_id of the typed family's wage variant `i` (the curve's points). */
const variantId = (i: number) => `${HH}-${String(i).padStart(3, '0')}`;

/** `calculate` without SQL: the family's features counted in TypeScript, the line's dataset median from `datasetMedian`. */
export function calculateTyped(
	family: CalcFamily,
	params: { law: ParamValues; scenario: ParamValues },
	datasetMedian: DatasetMedian,
	language: ExplainLanguage = 'en',
	points = 31
): CalcResult {
	const problems = familyProblems(family);
	if (problems.length > 0) throw new RangeError(`Out of range: ${problems.join(', ')}`);
	const sets = [params.law, params.scenario] as const;
	const contexts: ExplainContext[] = sets.map((p) => ({ median_pc_income: datasetMedian(p, family.region) }));
	const features = (records: ReturnType<typeof familyRecords>, p: ParamValues) =>
		typedFeatureRow(records.household, records.persons, p) as Row;
	const [law, scenario] = sets.map((p, i) =>
		outcomeOf({ row: features(familyRecords(family, HH), p), params: p, context: contexts[i] }, language)
	);
	const wages = wageSteps(earningsMax(Math.max(law.line, scenario.line), family.members.length), points);
	const [lawCurve, scenarioCurve] = sets.map((p, i) =>
		wages.map((w, k) => monthlyTsa(features(familyRecords(family, variantId(k), w), p), p, contexts[i]))
	);
	return { law, scenario, earner: firstEarner(family), curve: { wages, law: lawCurve, scenario: scenarioCurve } };
}

/**
 * The calculator's answer for the view: at once when both lines use the official median (no engine, no dataset);
 * else with the dataset's median from the evaluated households' columns when in memory, else from SQL (null while
 * there is no engine yet, or when the question was dropped).
 */
export async function askCalculation(
	live: LiveSimulation | null,
	family: CalcFamily,
	params: { law: ParamValues; scenario: ParamValues }
): Promise<{ value: CalcResult } | null> {
	if (medianIsOfficial(params.law) && medianIsOfficial(params.scenario)) return { value: calculateTyped(family, params, () => null) };
	const households = live?.households ?? null;
	if (households) return { value: calculateTyped(family, params, (p, region) => datasetMedianFromColumns(households, p, region)) };
	if (!live || live.starting) return null;
	return live.ask('calculator', (db) => calculate(db, family, params));
}

/** Evaluates `family` under `params.law` and `params.scenario` on `db`, explained in `language`, with a curve of `points`. */
export async function calculate(
	db: Db,
	family: CalcFamily,
	params: { law: ParamValues; scenario: ParamValues },
	language: ExplainLanguage = 'en',
	points = 31
): Promise<CalcResult> {
	const problems = familyProblems(family);
	if (problems.length > 0) throw new RangeError(`Out of range: ${problems.join(', ')}`);
	// One query at a time: the connection is shared with the dashboard's other views.
	const sets = [params.law, params.scenario] as const;
	const contexts: ExplainContext[] = [];
	for (const p of sets) contexts.push({ median_pc_income: await datasetMedianFor(db, p, family.region) });

	const { household, persons } = familyRecords(family, HH);
	await installTypedHouseholds(db, [household], persons);
	const outcomes: CalcOutcome[] = [];
	for (const [i, p] of sets.entries())
		outcomes.push(outcomeOf({ row: (await typedFeatureRows(db, p))[0], params: p, context: contexts[i] }, language));
	const [law, scenario] = outcomes;

	const wages = wageSteps(earningsMax(Math.max(law.line, scenario.line), family.members.length), points);
	const variants = wages.map((w, i) => familyRecords(family, variantId(i), w));
	await installTypedHouseholds(
		db,
		variants.map((v) => v.household),
		variants.flatMap((v) => v.persons)
	);
	const curves: number[][] = [];
	for (const [i, p] of sets.entries()) curves.push((await typedFeatureRows(db, p)).map((row) => monthlyTsa(row, p, contexts[i])));
	return { law, scenario, earner: firstEarner(family), curve: { wages, law: curves[0], scenario: curves[1] } };
}
