// The cost–exclusion frontier from the prefix index, and from the evaluated households' columns, equals the frontier
// in SQL (`simulate` at each share) on the fixture and the embedded survey, under the law and the shared scenarios
// (the columns also with the card-spending test on, which no index answers), nationally and for focused regions; the
// index also in a year whose quarters differ in law.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { learningBaseline } from '$lib/rules/dataset-params';
import { resolveScenario, type ResolvedScenario } from '$lib/rules/scenario';
import { extractStructure } from '$lib/fast/extract';
import { buildPrefixIndex } from '$lib/fast/prefix-index';
import { YearIndex } from '$lib/fast/year-index';
import { DATASETS, evaluateBothWays, FOCUS, installFolder, SCENARIOS, SPENDING_SCENARIOS } from './evaluated-pairs.fixture';
import { frontierFor, frontierFromColumns, frontierFromIndex, queryFrontier, type FrontierPoint } from './frontier';
import { SWEEP_SHARES } from './sweep';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(async () => db?.close());

/** The indexes of every structure among the year's quarters of `scenario`. */
async function indexFor(scenario: ResolvedScenario): Promise<YearIndex> {
	const law = learningBaseline(scenario.year, scenario.params);
	let index = new YearIndex([]);
	for (const params of index.missing(scenario.year, scenario.params, law))
		index = index.with(buildPrefixIndex(await extractStructure(db, params, { baseline: law })), scenario.year, scenario.params, law);
	return index;
}

async function fromIndex(scenario: ResolvedScenario, shares: readonly number[]): Promise<FrontierPoint[]> {
	const law = learningBaseline(scenario.year, scenario.params);
	return frontierFromIndex(await indexFor(scenario), scenario.year, scenario.params, law, shares)!;
}

const near = (got: number | null, want: number | null, what: string) => {
	if (want === null) return expect(got, what).toBeNull();
	expect(got, what).not.toBeNull();
	expect(Math.abs(got! - want), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
};

/** Every field of every point of `region` equal in `got` and `want`. */
function expectSame(got: readonly FrontierPoint[], want: readonly FrontierPoint[], region: string | null): void {
	const [a, b] = [frontierFor(got, region), frontierFor(want, region)];
	expect(a.map((p) => p.share)).toEqual(b.map((p) => p.share));
	b.forEach((p, i) => {
		for (const k of ['expected_annual_cost_kzt', 'annual_entitlement_kzt', 'inclusion_error', 'exclusion_error'] as const)
			near(a[i][k], p[k], `${region} ${p.share} ${k}`);
	});
}

const SHARES = [0.4, 0.7, 1.05, 1.5];

describe.each(DATASETS)('frontier from the index on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it.each(SCENARIOS.map((s) => [s.name, s] as const))(
		'equals SQL under %s, nationally and by region',
		async (_, scenario) => {
			const sql = await queryFrontier(db, scenario, SHARES);
			const fast = await fromIndex(scenario, SHARES);
			for (const region of FOCUS) expectSame(fast, sql, region);
			// Not a frontier of nothing: the nation has people to count at every share.
			for (const p of frontierFor(sql, null)) expect(p.exclusion_error).not.toBeNull();
		},
		120_000
	);

	it('has the sweep’s 23 points; a higher line costs more and leaves fewer poor out', async () => {
		const scenario = resolveScenario({ name: 'frontier', year: 2026, params: { 'takeup.mode': 'observed', 'tsa.assets.max_vehicles': 1 } });
		const nat = frontierFor(await fromIndex(scenario, SWEEP_SHARES), null);
		expect(nat.map((p) => p.share)).toEqual([...SWEEP_SHARES]);
		expect(nat[22].expected_annual_cost_kzt).toBeGreaterThan(nat[0].expected_annual_cost_kzt);
		expect(nat[22].exclusion_error!).toBeLessThan(nat[0].exclusion_error!);
		for (let i = 1; i < nat.length; i++) expect(nat[i].exclusion_error!).toBeLessThanOrEqual(nat[i - 1].exclusion_error! + 1e-12);
	}, 60_000);
});

describe.each(DATASETS)('frontier from the columns on %s', (folder) => {
	beforeAll(() => installFolder(db, folder), 60_000);

	it.each([...SCENARIOS.slice(0, 5), ...SCENARIOS.slice(-1), ...SPENDING_SCENARIOS].map((s) => [s.name, s] as const))(
		'equals SQL under %s, nationally and by region',
		async (_, scenario) => {
			const sql = await queryFrontier(db, scenario, SHARES);
			for (const p of frontierFor(sql, null)) expect(p.exclusion_error).not.toBeNull();
			for (const [how, households] of Object.entries(await evaluateBothWays(db, scenario))) {
				const columns = frontierFromColumns(households, scenario, SHARES)!;
				for (const region of FOCUS) expectSame(columns, sql, region);
				expect(columns.length, how).toBe(sql.length);
			}
		},
		120_000
	);

	it('leaves a year whose quarters differ in law to the index or SQL', async () => {
		const { kernel } = await evaluateBothWays(db, SCENARIOS[0]);
		expect(frontierFromColumns(kernel, resolveScenario({ name: '2025', year: 2025, params: {} }), SHARES)).toBeNull();
	}, 60_000);
});

describe('frontier in a year whose quarters differ in law', () => {
	beforeAll(() => installFolder(db, 'datasets/embedded'), 60_000);

	it('equals SQL in 2025 (the loan test from the fourth quarter): cost over the quarters, errors of 1 July', async () => {
		const scenario = resolveScenario({ name: '2025', year: 2025, params: {} });
		expect((await indexFor(scenario)).indexes.length).toBe(2);
		const shares = [0.55, 1];
		const [sql, fast] = [await queryFrontier(db, scenario, shares), await fromIndex(scenario, shares)];
		for (const region of [null, 'turkestan', 'almaty']) expectSame(fast, sql, region);
	}, 120_000);

	it('refuses an index built for another structure', async () => {
		const law = learningBaseline(2026, {});
		const index = new YearIndex([buildPrefixIndex(await extractStructure(db, law, { baseline: law }))]);
		const other = resolveScenario({ name: 'v', year: 2026, params: { 'tsa.assets.max_vehicles': 0 } });
		expect(frontierFromIndex(index, 2026, other.params, law)).toBeNull();
	}, 60_000);
});
