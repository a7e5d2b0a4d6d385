// The effect of each asset and spending test on the targeting errors: the scenario with every such test off, and
// with each test switched on alone (at the scenario's setting, or at the setting its source proposes).
import type { Db } from '$lib/db/db';
import type { ParamValue, Reference, Status } from '$lib/rules/parameter';
import { SRC } from '$lib/rules/parameters/sources';
import { QUINTILE_SQL } from '$lib/sim/aggregate';
import { cachedTable } from '$lib/sim/cached-table';
import { prepareEvaluation, type ScenarioInput } from '$lib/sim/simulate';
import { frontierPoints, variantsSql } from './frontier';

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

/** Evaluates the variants in one query and returns each test's errors beside the all-off errors, national and by region. */
export async function queryTestEffects(db: Db, scenario: ScenarioInput): Promise<TestEffect[]> {
	const variants = effectVariants(scenario);
	const evaluations = [];
	for (const [i, v] of variants.entries()) evaluations.push({ variant: i, sql: (await prepareEvaluation(db, v)).sql });
	const quintiles = await cachedTable(db, 'quintiles', QUINTILE_SQL);
	const points = frontierPoints(await db.query(variantsSql(evaluations, quintiles)));
	const errors = (variant: number, region: string | null) => {
		const p = points.find((x) => x.share === variant && x.region === region);
		return { inclusion_error: p?.inclusion_error ?? null, exclusion_error: p?.exclusion_error ?? null };
	};
	const regions = [...new Set(points.map((p) => p.region))];
	return regions.flatMap((region) =>
		TEST_SWITCHES.map((sw, i) => ({
			test: sw.test,
			region,
			value: onValue(sw, scenario.params),
			...errors(i + 1, region),
			none: errors(0, region)
		}))
	);
}

/** A change in an error (scenario − reference), null when either is unknown. */
export function errorDelta(value: number | null, reference: number | null): number | null {
	return value === null || reference === null ? null : value - reference;
}
