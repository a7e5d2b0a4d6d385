// The effect of each asset and spending test on the targeting errors: the scenario with every such test off, and
// with each test switched on alone (at the scenario's setting, or at the setting its source proposes). The errors are
// the registry's measures (sim/measures.ts): in SQL, `simulate` of each variant; from the columns, each variant's
// rules re-evaluated where a test moves them (switched-columns.ts) and the measures' sums over the rows.
import type { Db } from '$lib/db/db';
import { REGION_CODES } from '$lib/data/regions';
import type { ParamValue, Reference, Status } from '$lib/rules/parameter';
import { SRC } from '$lib/rules/parameters/sources';
import type { ResolvedScenario } from '$lib/rules/scenario';
import type { EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { readsAny } from '$lib/fast/expr-fold';
import { EVALUATION_COLUMNS } from '$lib/sim/evaluation';
import { householdsWhere } from '$lib/sim/household-subset';
import { measuresOfSums, sumFromColumns, sumsRead, type MeasureValues } from '$lib/sim/measure-columns';
import { stepsToEnd, type Steps } from '$lib/sim/steps';
import { SUMS, type SumName } from '$lib/sim/measures';
import type { SimulationResult, Totals } from '$lib/sim/result';
import { simulate, type ScenarioInput } from '$lib/sim/simulate';
import type { Evaluated } from '$lib/state/figures.svelte';
import { switchedColumns } from './switched-columns';

/** One switchable test: its parameter, the value that turns it off, and the value used to turn it on when the scenario has it off. */
export interface TestSwitch {
	test: 'loan' | 'vehicle' | 'dwelling' | 'land' | 'deposit' | 'spending';
	path: string;
	off: ParamValue;
	on: ParamValue;
	status: Status;
	/** Where `on` comes from; null when no source gives one. */
	source: Reference | null;
}

/** The asset and spending tests, in the order of the evaluation's verdict columns. */
export const TEST_SWITCHES: readonly TestSwitch[] = [
	{ test: 'loan', path: 'tsa.assets.non_mortgage_loan_excludes', off: false, on: true, status: 'approximate', source: SRC.loanRefusal },
	// The 2025 draft refuses "more than one car": at most 1.
	{ test: 'vehicle', path: 'tsa.assets.max_vehicles', off: null, on: 1, status: 'approximate', source: SRC.assetDraft2025 },
	{ test: 'dwelling', path: 'tsa.assets.max_dwellings', off: null, on: 1, status: 'approximate', source: SRC.assetPractice2020 },
	{ test: 'land', path: 'tsa.assets.max_land_plots', off: null, on: 1, status: 'assumption', source: null },
	{ test: 'deposit', path: 'tsa.assets.max_deposits_mrp', off: null, on: 200, status: 'approximate', source: SRC.assetDraft2025 },
	{
		test: 'spending',
		path: 'tsa.spending.max_card_spending_line_share',
		off: null,
		on: 1,
		status: 'approximate',
		source: SRC.assetDraft2025
	}
];

/** A test's effect on the errors, national (region null) or in one region; null when an error has no denominator. */
export interface TestEffect {
	test: TestSwitch['test'];
	region: string | null;
	/** The value the test was switched on with. */
	value: ParamValue;
	inclusion_error: number | null;
	exclusion_error: number | null;
	/** Errors with every asset and spending test off. */
	none: { inclusion_error: number | null; exclusion_error: number | null };
}

/** The value `sw` is switched on with for `params`: the scenario's own when it has the test on, else `sw.on`. */
export function onValue(sw: TestSwitch, params: Readonly<Record<string, ParamValue>>): ParamValue {
	const own = params[sw.path];
	return own === sw.off || own === null || own === undefined ? sw.on : own;
}

/** The scenario with every test off (variant 0), then with each test of TEST_SWITCHES on alone (variant i + 1). */
export function effectVariants(scenario: ScenarioInput): ScenarioInput[] {
	const off = { ...scenario.params, ...Object.fromEntries(TEST_SWITCHES.map((sw) => [sw.path, sw.off])) };
	return [
		{ ...scenario, params: off },
		...TEST_SWITCHES.map((sw) => ({ ...scenario, params: { ...off, [sw.path]: onValue(sw, scenario.params) } }))
	];
}

/** The two errors of a test effect. */
export type Errors = { inclusion_error: number | null; exclusion_error: number | null };

/** Each test's errors beside the all-off errors, national then by region, from the errors of each variant of `effectVariants`. */
export function effectsOf(scenario: ScenarioInput, errors: (variant: number, region: string | null) => Errors): TestEffect[] {
	return [null, ...REGION_CODES].flatMap((region) =>
		TEST_SWITCHES.map((sw, i) => ({
			test: sw.test,
			region,
			value: onValue(sw, scenario.params),
			...errors(i + 1, region),
			none: errors(0, region)
		}))
	);
}

const errorsOf = (t: Totals | undefined): Errors => ({
	inclusion_error: t?.targeting?.inclusion_error ?? null,
	exclusion_error: t?.targeting?.exclusion_error ?? null
});

/** The test effects in SQL: `simulate` of each variant; null when the dataset records no consumption (no targeting). */
export async function queryTestEffects(db: Db, scenario: ScenarioInput): Promise<TestEffect[] | null> {
	const results: SimulationResult[] = [];
	for (const v of effectVariants(scenario)) results.push(await simulate(db, v));
	if (!results[0].totals.targeting) return null;
	return effectsOf(scenario, (i, region) => errorsOf(region === null ? results[i].totals : results[i].by_region[region]));
}

const SWITCHABLE = new Set(TEST_SWITCHES.map((sw) => sw.path));
const ERRORS = ['targeting.inclusion_error', 'targeting.exclusion_error'] as const;

/**
 * The test effects from the evaluated households, whose scenario side is `scenario`'s evaluation: each variant's rules
 * shared with it where no switched test moves them; null when the dataset records no consumption (SQL has no targeting).
 * A sum over the eligible is made over the families passing the scenario's income test alone (ONLY_INCOME_PASSERS: 2 % of
 * them at the law's line), the others, which no switch moves, once over every family.
 */
export function testEffectsFromColumns(h: EvaluatedHouseholds, scenario: ResolvedScenario): TestEffect[] | null {
	return stepsToEnd(testEffectSteps(h, scenario));
}

/** `testEffectsFromColumns` in parts, one variant each, for the page. */
export function* testEffectSteps(h: EvaluatedHouseholds, scenario: ResolvedScenario): Steps<TestEffect[] | null> {
	if (!h.present.has('consumption_monthly')) return null;
	const passing = ONLY_INCOME_PASSERS ? householdsWhere(h, h.scenario.column('income_test')) : h;
	const unmoved = new Map<SumName, Float64Array>();
	const values: MeasureValues<(typeof ERRORS)[number]>[] = [];
	for (const v of effectVariants(scenario)) {
		yield;
		const over = (rows: EvaluatedHouseholds) => switchedColumns(rows, rows.scenario, scenario.params, v.params, SWITCHABLE);
		const few = over(passing);
		values.push(
			measuresOfSums(ERRORS, (name) => {
				if (SUMS[name].where.includes('eligible')) return sumFromColumns(passing, few, name);
				let sum = unmoved.get(name);
				if (!sum) unmoved.set(name, (sum = sumFromColumns(h, over(h), name)));
				return sum;
			})
		);
	}
	return effectsOf(scenario, (i, region) => {
		const m = region === null ? values[i].total : values[i].byRegion[region];
		return { inclusion_error: m['targeting.inclusion_error'], exclusion_error: m['targeting.exclusion_error'] };
	});
}

/**
 * Whether the eligible of every variant are among the families passing the scenario's income test, and the sums not
 * over the eligible the same in every variant: eligibility is the income test and the asset tests (no switch moves the
 * income test), and the ПМ, which says who is poor, reads no switch. Checked on the rulebook once; when a change to it
 * breaks this, every sum is made over every family.
 */
export const ONLY_INCOME_PASSERS = ((): boolean => {
	const e = EVALUATION_COLUMNS.eligible;
	const first = e.kind === 'coalesce' ? e.args[0] : null;
	const meets = first?.kind === 'logic' && first.op === 'and' && first.args.includes(EVALUATION_COLUMNS.income_test);
	const moved = (rule: string) => readsAny(EVALUATION_COLUMNS[rule], SWITCHABLE);
	// The sums not over the eligible read the ПМ, the size and the weights only.
	const others = sumsRead(ERRORS)
		.map((name) => SUMS[name])
		.filter((d) => !d.where.includes('eligible'));
	const fixed = others.every((d) => d.where.every((w) => w === 'poor') && d.share === 'all' && ['households', 'persons'].includes(d.term));
	return meets && fixed && !moved('income_test') && !moved('pm_regional');
})();

/** What the test effects are asked for: the shown scenario, once asked (null: not asked yet). */
export type TestEffectInputs = { scenario: ResolvedScenario } | null;

/** The test effects of the shown scenario, in SQL or from the evaluated households' columns; null until asked. */
export const testEffectFigures = {
	sql: async ({ db }: Evaluated, inputs: TestEffectInputs): Promise<TestEffect[] | null> =>
		inputs === null ? null : queryTestEffects(db, inputs.scenario),
	columns: (h: EvaluatedHouseholds, inputs: TestEffectInputs): TestEffect[] | null =>
		inputs === null ? null : testEffectsFromColumns(h, inputs.scenario),
	steps: function* (h: EvaluatedHouseholds, inputs: TestEffectInputs): Steps<TestEffect[] | null> {
		return inputs === null ? null : yield* testEffectSteps(h, inputs.scenario);
	}
};

/** A change in an error (scenario − reference), null when either is unknown. */
export function errorDelta(value: number | null, reference: number | null): number | null {
	return value === null || reference === null ? null : value - reference;
}
