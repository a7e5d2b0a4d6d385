// Each household's evaluation from the columns equals DuckDB's SQL evaluation (`evaluateInto`, read back by
// `readEvaluatedHouseholds`): every evaluated column of the law and of a scenario, every household fact, the regions,
// settlements and the hh_id order, on the fixture, on generated households (missing values, no `applied`) and on the
// embedded dataset, for the law and random scenarios (rule switches, observed take-up, sliders, regional overrides,
// another year).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import { installDataset } from '../data/dataset';
import { readDatasetFolder } from '../data/load-folder-node';
import type { Db } from '../db/db';
import { openNodeDb } from '../db/node-db';
import type { ParamValue } from '../rules/parameter';
import { resolveScenario, type ResolvedScenario } from '../rules/scenario';
import {
	EVALUATED_NAMES,
	HOUSEHOLD_FACTS,
	presentColumns,
	readEvaluatedHouseholds,
	type EvaluatedHouseholds
} from '../sim/evaluated-columns';
import { evaluateInto } from '../sim/simulate';
import { installTestDataset } from '../sim/testing/dataset';
import { generateHouseholds, mulberry32 } from '../sim/testing/generate';
import { asBytesIfExact, evaluateColumns, evaluatedHouseholds, evaluationRefusal } from './evaluate-households';
import { featureParamsOf, readHouseholdColumns, type HouseholdColumns } from './household-columns';
import { decodeBundle, encodeBundle } from './prepared-bundle';
import type { DatasetReport } from '../data/load';

const scenario = (params: Record<string, ParamValue> = {}, year = 2026): ResolvedScenario => resolveScenario({ name: 's', year, params });

/** A random scenario: rules switched on or off or moved, sliders, regional overrides (the ages left at the law). */
function randomScenario(next: () => number): Record<string, ParamValue> {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
	const s: Record<string, ParamValue> = {
		'tsa.poverty_line.median_scope': pick(['region', 'national']),
		'tsa.poverty_line.median_source': pick(['official', 'dataset']),
		'tsa.poverty_line.pm_share': 0.5 + next(),
		'tsa.poverty_line.median_share': pick([0, 0.4, 0.6]),
		'takeup.mode': pick(['full', 'observed']),
		'takeup.observed_min_cell_households': pick([1, 30, 200, 5000]),
		'takeup.administrative_factor': pick([0.8, 1, 1.3]),
		'tsa.child_supplement.mrp_per_child': 2 * next(),
		'tsa.conditional.compliance_share': next(),
		'tsa.assets.non_mortgage_loan_excludes': next() < 0.5,
		'tsa.assets.loan_limit_pm_per_member_quarter': pick([null, 1, 4]),
		'tsa.assets.max_vehicles': pick([null, 0, 1]),
		'tsa.assets.max_dwellings': pick([null, 1]),
		'tsa.assets.max_land_plots': pick([null, 0, 1]),
		'tsa.assets.max_deposits_mrp': pick([null, 50, 200]),
		'tsa.assets.vehicle_exception_large_family': next() < 0.5,
		'tsa.spending.max_card_spending_line_share': pick([null, null, 1, 2])
	};
	for (const t of ['wages', 'business', 'pension', 'benefits', 'alimony', 'property', 'farm', 'benefits_excluded'])
		if (next() < 0.25) s[`tsa.income.counted.${t}`] = next() < 0.5;
	for (const r of REGION_CODES) {
		if (next() < 0.3) s[`indices.pm_regional.${r}`] = Math.round(40_000 + 60_000 * next());
		if (next() < 0.3) s[`tsa.poverty_line.median_income.${r}`] = Math.round(50_000 + 200_000 * next());
		if (next() < 0.3) s[`local.${r}.income_threshold_pm_multiple`] = pick([1, 1.5]);
		if (next() < 0.2) s[`local.${r}.housing_assistance`] = false;
		if (next() < 0.3) s[`local.${r}.housing_norm_kzt_per_person`] = next() < 0.3 ? null : pick([4_000, 20_000]);
	}
	return s;
}

/** Where `a` (column rows) and `b` (SQL rows in hh_id order) differ: NaN equals NaN, numbers to 1e-9 relative. */
function differences(a: EvaluatedHouseholds, b: EvaluatedHouseholds): string[] {
	const out: string[] = [];
	if (a.n !== b.n) return [`${a.n} households ≠ ${b.n}`];
	const seen = new Uint8Array(a.n);
	for (let i = 0; i < a.n; i++) seen[a.idRank[i]]++;
	if (seen.some((c) => c !== 1)) return ['idRank is not a permutation of the rows'];
	const compare = (what: string, x: ArrayLike<number>, y: ArrayLike<number>) => {
		let bad = 0;
		for (let i = 0; i < a.n && bad < 3; i++) {
			const u = x[i];
			const v = y[a.idRank[i]];
			const same = (u !== u && v !== v) || Math.abs(u - v) <= 1e-9 * Math.max(1, Math.abs(u), Math.abs(v));
			if (!same) (out.push(`${what} of household ${a.idRank[i] + 1} (in hh_id order): ${u} ≠ ${v}`), bad++);
		}
	};
	compare('region', a.region, b.region);
	// Settlements by name: each side codes them into its own list.
	const code = (s: number) => (s === 255 ? NaN : b.settlements.indexOf(a.settlements[s]));
	compare(
		'settlement',
		Array.from(a.settlement, code),
		Array.from(b.settlement, (s) => (s === 255 ? NaN : s))
	);
	for (const name of HOUSEHOLD_FACTS) compare(name, a.fact(name), b.fact(name));
	for (const name of EVALUATED_NAMES) {
		compare(`baseline ${name}`, a.baseline.column(name), b.baseline.column(name));
		compare(`scenario ${name}`, a.scenario.column(name), b.scenario.column(name));
	}
	return out;
}

/** The columns of the dataset counted with the ages of `s` (read once per set of ages). */
function columnsReader(db: () => Db) {
	const read = new Map<string, HouseholdColumns>();
	return async (s: ResolvedScenario) => {
		const key = JSON.stringify(featureParamsOf(s.params));
		if (!read.has(key)) read.set(key, await readHouseholdColumns(db(), s.params));
		return read.get(key)!;
	};
}

/** Evaluates `base` and `s` both ways and returns where they differ. */
async function compareBothWays(db: Db, h: HouseholdColumns, base: ResolvedScenario, s: ResolvedScenario): Promise<string[]> {
	await evaluateInto(db, base, 'ev_base');
	await evaluateInto(db, s, 'ev_scenario');
	const sql = await readEvaluatedHouseholds(db, { baseline: 'ev_base', scenario: 'ev_scenario' });
	const baseline = evaluateColumns(h, base);
	const columns = evaluatedHouseholds(h, baseline, evaluateColumns(h, s, { scenario: base, columns: baseline }));
	expect([...columns.present].sort()).toEqual([...sql.present].sort());
	return differences(columns, sql);
}

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
}, 60_000);
afterAll(async () => db?.close());

async function install(tables: Parameters<typeof installDataset>[1]): Promise<void> {
	await installDataset(db, tables);
	await db.query('DROP TABLE IF EXISTS hh');
}

/** The columns' hh_ids, rank by rank, are SQL's in hh_id order. */
async function expectIdsAsSql(db: Db, h: HouseholdColumns): Promise<void> {
	const ids = (await db.query('SELECT hh_id FROM hh ORDER BY hh_id')).map((r) => String(r.hh_id));
	expect(Array.from({ length: h.n }, (_, r) => h.ids.at(r))).toEqual(ids);
}

describe('asBytesIfExact', () => {
	it('keeps bytes only when they hold every value exactly (no NULL, fraction, negative, −0 or value over 255)', () => {
		const bytes = asBytesIfExact(Float64Array.of(0, 1, 255, 3));
		expect(bytes).toBeInstanceOf(Uint8Array);
		expect(Array.from(bytes)).toEqual([0, 1, 255, 3]);
		for (const odd of [Number.NaN, 0.5, -1, -0, 256])
			expect(asBytesIfExact(Float64Array.of(1, odd)), String(odd)).toBeInstanceOf(Float64Array);
	});
});

describe('the fixture: columns = SQL', () => {
	const columnsFor = columnsReader(() => db);
	beforeAll(async () => install(await readDatasetFolder('tests/fixtures/good')), 60_000);

	it('at the law, and its rows carry their hh_id rank and the columns present', async () => {
		const law = scenario();
		const h = await columnsFor(law);
		expect(await compareBothWays(db, h, law, law)).toEqual([]);
		await expectIdsAsSql(db, h);
		expect(h.present).toEqual(await presentColumns(db));
	});

	it('the comparison sees one wrong value, and a household out of place', async () => {
		const law = scenario();
		const h = await columnsFor(law);
		await evaluateInto(db, law, 'ev_law');
		const sql = await readEvaluatedHouseholds(db, { baseline: 'ev_law', scenario: 'ev_law' });
		const right = evaluatedHouseholds(h, evaluateColumns(h, law), evaluateColumns(h, law));
		expect(differences(right, sql)).toEqual([]);
		const amount = Float64Array.from(right.scenario.column('tsa_amount'));
		amount[1] += 1e-3 * Math.max(1, Math.abs(amount[1]));
		const wrong = {
			...right,
			scenario: {
				column: (name: (typeof EVALUATED_NAMES)[number]) => (name === 'tsa_amount' ? amount : right.scenario.column(name)),
				figure: right.scenario.figure
			}
		};
		expect(differences(wrong, sql)).toEqual([expect.stringMatching(/^scenario tsa_amount of household \d+/)]);
		const swapped = Uint32Array.from(right.idRank);
		[swapped[0], swapped[1]] = [swapped[1], swapped[0]];
		expect(differences({ ...right, idRank: swapped }, sql).length).toBeGreaterThan(0);
	});

	it('through a prepared bundle (the facts, hh_id ranks and columns present it carries)', async () => {
		const law = scenario();
		const s = scenario({ 'takeup.mode': 'observed', 'tsa.assets.max_vehicles': null, 'tsa.poverty_line.median_source': 'dataset' });
		const report = { accepted: true, problems: [], problemCount: 0, notices: [], summary: { households: 0, persons: 0 }, manifest: null };
		const bundled = decodeBundle(
			encodeBundle({ name: 'good', report: report as unknown as DatasetReport, columns: await columnsFor(law) })
		).columns;
		expect(await compareBothWays(db, bundled, law, s)).toEqual([]);
	});

	const next = mulberry32(19_1);
	for (let k = 0; k < 6; k++) {
		const s = randomScenario(next);
		it(`for random scenario ${k + 1} (${s['takeup.mode']} take-up, ${s['tsa.poverty_line.median_source']} ${s['tsa.poverty_line.median_scope']} median)`, async () => {
			const law = scenario();
			expect(await compareBothWays(db, await columnsFor(law), law, scenario(s))).toEqual([]);
		});
	}
});

describe('generated households (missing consumption, empty cells, no `applied`): columns = SQL', () => {
	const columnsFor = columnsReader(() => db);
	beforeAll(async () => {
		const { households, persons } = generateHouseholds(4_000, 19_2);
		await installTestDataset(db, households, persons);
		await db.query('DROP TABLE IF EXISTS hh');
	}, 60_000);

	it('carries the hh_ids in SQL order, read from Arrow results of several parts', async () => {
		await expectIdsAsSql(db, await columnsFor(scenario()));
	});

	it('for random scenarios', async () => {
		const next = mulberry32(19_3);
		const law = scenario();
		for (let k = 0; k < 4; k++) expect(await compareBothWays(db, await columnsFor(law), law, scenario(randomScenario(next)))).toEqual([]);
	}, 120_000);

	it('with no `applied` values, observed take-up falls back to full as in SQL', async () => {
		await db.query('UPDATE households SET applied = NULL');
		await db.query('DROP TABLE IF EXISTS hh');
		const law = scenario();
		const h = await readHouseholdColumns(db, law.params);
		expect(h.hasApplied).toBe(false);
		const observed = scenario({ 'takeup.mode': 'observed' });
		expect(await compareBothWays(db, h, law, observed)).toEqual([]);
		expect(Array.from(evaluateColumns(h, observed).column('takeup_rate')).every((x) => x === 1)).toBe(true);
	}, 120_000);
});

describe('the embedded dataset: columns = SQL', () => {
	const columnsFor = columnsReader(() => db);
	beforeAll(async () => install(await readDatasetFolder('datasets/embedded')), 120_000);

	it('at the law, in income order, with facts stored narrow', async () => {
		const law = scenario();
		const h = await columnsFor(law);
		expect(await compareBothWays(db, h, law, law)).toEqual([]);
		// 0 / 1 facts and counts as bytes where no value is missing.
		expect(h.columns.children_under_18).toBeInstanceOf(Uint8Array);
		expect(h.columns.size).toBeInstanceOf(Uint8Array);
		// The rules' 0 / 1 (none NULL here) are bytes too, the amounts doubles: compareBothWays held their values SQL's.
		const evaluated = evaluateColumns(h, law);
		for (const name of ['eligible', 'income_test', 'loan_test', 'local_eligible', 'supplemented_children'] as const)
			expect(evaluated.column(name), name).toBeInstanceOf(Uint8Array);
		for (const name of ['pc_income', 'tsa_amount', 'local_annual'] as const)
			expect(evaluated.column(name), name).toBeInstanceOf(Float64Array);
	}, 120_000);

	it('gives the same columns whatever order they are asked in (a rule read from its column computed before, or computed anew)', async () => {
		const h = await columnsFor(scenario());
		const s = scenario({ 'takeup.mode': 'observed', 'tsa.assets.max_vehicles': 0, 'tsa.income.counted.pension': false });
		const forward = evaluateColumns(h, s);
		const backward = evaluateColumns(h, s);
		for (const name of EVALUATED_NAMES) forward.column(name);
		for (const name of [...EVALUATED_NAMES].reverse()) expect(backward.column(name), name).toEqual(forward.column(name));
		expect(Array.from(forward.column('eligible')).some((x) => x === 1)).toBe(true);
	}, 120_000);

	it('shares with the baseline exactly the columns whose parameters and medians did not move', async () => {
		const law = scenario();
		const h = await columnsFor(law);
		const baseline = evaluateColumns(h, law);
		const moved = scenario({ 'tsa.poverty_line.pm_share': 0.9, 'tsa.assets.max_vehicles': 1 });
		const shared = evaluateColumns(h, moved, { scenario: law, columns: baseline });
		const alone = evaluateColumns(h, moved);
		const same = (name: (typeof EVALUATED_NAMES)[number]) => shared.column(name) === baseline.column(name);
		for (const name of EVALUATED_NAMES) expect(shared.column(name), name).toEqual(alone.column(name));
		expect(['pc_income', 'pm_regional', 'local_annual', 'loan_test', 'deposit_test'].filter(same)).toHaveLength(5);
		expect(['poverty_line', 'eligible', 'tsa_amount', 'income_test', 'vehicle_test'].filter(same)).toEqual([]);
		// The medians move with no parameter the line reads (regional to national): what reads the median is not shared.
		const regional = scenario({ 'tsa.poverty_line.median_share': 0.6, 'tsa.poverty_line.median_scope': 'region' });
		const national = scenario({ 'tsa.poverty_line.median_share': 0.6, 'tsa.poverty_line.median_scope': 'national' });
		const byRegion = evaluateColumns(h, regional);
		const byNation = evaluateColumns(h, national, { scenario: regional, columns: byRegion });
		expect(byNation.column('poverty_line')).not.toBe(byRegion.column('poverty_line'));
		expect(byNation.column('poverty_line')).toEqual(evaluateColumns(h, national).column('poverty_line'));
		expect(byNation.column('poverty_line')).not.toEqual(byRegion.column('poverty_line'));
		expect(byNation.column('pm_regional')).toBe(byRegion.column('pm_regional'));
	}, 120_000);

	it('computes a moved rule with the shared rules inside it read from the baseline, not computed again', async () => {
		const law = scenario();
		const h = await columnsFor(law);
		const baseline = evaluateColumns(h, law);
		const asked: string[] = [];
		const watched = { ...baseline, column: (name: (typeof EVALUATED_NAMES)[number]) => (asked.push(name), baseline.column(name)) };
		const moved = scenario({ 'tsa.poverty_line.pm_share': 0.9, 'tsa.assets.max_vehicles': 1 });
		const shared = evaluateColumns(h, moved, { scenario: law, columns: watched });
		expect(shared.column('eligible')).toEqual(evaluateColumns(h, moved).column('eligible'));
		// The asset tests the line does not read come from the law; the income test and the vehicle test moved.
		expect(asked).toEqual(expect.arrayContaining(['loan_test', 'deposit_test', 'dwelling_test', 'land_test', 'pc_income']));
		expect(asked).not.toContain('income_test');
		expect(asked).not.toContain('vehicle_test');
		expect(asked).not.toContain('eligible');
	}, 120_000);

	it('with tests off, observed take-up and a regional override', async () => {
		const law = scenario();
		const s = scenario({
			'tsa.assets.max_vehicles': null,
			'tsa.assets.max_deposits_mrp': null,
			'tsa.assets.non_mortgage_loan_excludes': false,
			'takeup.mode': 'observed',
			'takeup.observed_min_cell_households': 200,
			'indices.pm_regional.almaty': 90_000,
			'local.astana.income_threshold_pm_multiple': 1.5
		});
		expect(await compareBothWays(db, await columnsFor(law), law, s)).toEqual([]);
	}, 120_000);

	const next = mulberry32(19_4);
	for (let k = 0; k < 5; k++) {
		const s = randomScenario(next);
		it(`for random scenario ${k + 1} (${s['takeup.mode']} take-up, ${s['tsa.poverty_line.median_source']} ${s['tsa.poverty_line.median_scope']} median)`, async () => {
			const law = scenario();
			expect(await compareBothWays(db, await columnsFor(law), law, scenario(s))).toEqual([]);
		}, 120_000);
	}

	it('for another year (its law and a scenario of it, with the columns counted at its ages)', async () => {
		const law = scenario({}, 2025);
		const s = scenario(randomScenario(mulberry32(19_5)), 2025);
		expect(await compareBothWays(db, await columnsFor(law), law, s)).toEqual([]);
	}, 120_000);

	it('refuses a scenario counting other ages (SQL must count them again)', async () => {
		const law = scenario();
		const h = await columnsFor(law);
		expect(evaluationRefusal(h, law)).toBeNull();
		for (const path of ['indices.pension_age.women', 'tsa.able_bodied.min_age', 'tsa.child_supplement.max_age']) {
			const older = scenario({ [path]: Number(law.params[path]) + 1 });
			expect(evaluationRefusal(h, older), path).toMatch(/other ages/);
			expect(() => evaluateColumns(h, older), path).toThrow(/other ages/);
		}
	}, 60_000);
});
