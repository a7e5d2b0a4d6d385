import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '$lib/db/db';
import { openNodeDb } from '$lib/db/node-db';
import { QueryCoordinator } from '$lib/db/coordinator';
import { installDataset } from '$lib/data/dataset';
import { readDatasetFolder } from '$lib/data/load-folder-node';
import { resolveScenario } from '$lib/rules/scenario';
import { simulate } from '$lib/sim/simulate';
import { baselineFor } from '$lib/rules/baseline';
import { extractStructure } from '$lib/fast/extract';
import { decodeExtract, encodeExtract } from '$lib/fast/extract-codec';
import { readHouseholdColumns, type HouseholdColumns } from '$lib/fast/household-columns';
import { evaluateColumns, type ColumnEvaluation } from '$lib/fast/evaluate-households';
import { isSummed } from '$lib/fast/prefix-index';
import { warmUpSteps } from '$lib/fast/extract-columns';
import { EVAL_TABLES, LiveSimulation } from './live.svelte';

let db: Db;
beforeAll(async () => {
	db = await openNodeDb();
	await installDataset(db, await readDatasetFolder('tests/fixtures/good'));
});
afterAll(async () => db?.close());

const law = resolveScenario({ name: 'Law of 2026', year: 2026, params: {} });
const at = (share: number) => resolveScenario({ name: `line ${share}`, year: 2026, params: { 'tsa.poverty_line.pm_share': share } });

describe('LiveSimulation', () => {
	it('shows exactly what simulate (the command line) computes, for the scenario and the baseline', async () => {
		const live = new LiveSimulation(new QueryCoordinator(db));
		await live.update(law, at(1.2), 1);
		expect(live.scenario).toEqual(await simulate(db, at(1.2)));
		expect(live.baseline).toEqual(await simulate(db, law));
		expect(live.version).toBe(1);
		expect(live.busy).toBe(false);
		// Another engine (a fresh one after a bundle): its tables are not evaluated yet, so the views wait.
		live.attach(new QueryCoordinator(db));
		expect(live.version).toBe(0);
	});

	it("names its engine: the prepared index, then SQL, then a bundle's index alone", () => {
		const live = new LiveSimulation();
		expect([live.engine.kind, live.starting]).toEqual(['prepared', true]);
		live.attach(new QueryCoordinator(db));
		expect([live.engine.kind, live.starting]).toEqual(['sql', false]);
		live.detach();
		expect([live.engine.kind, live.starting]).toEqual(['bundle', false]);
		return expect(live.ask('view', (d) => d.query('SELECT 1'))).rejects.toThrow(/no engine/);
	});

	it('says why the instant path is out of service when its index cannot be built, while SQL still answers', async () => {
		// Reading columns and extracts go through Arrow: an engine that fails there (out of memory, say) fails the index.
		const failing: Db = {
			...db,
			query: (sql, p) => db.query(sql, p),
			queryArrow: () => Promise.reject(new Error('out of memory')),
			insertArrow: (n, t) => db.insertArrow(n, t),
			close: () => db.close()
		};
		const live = new LiveSimulation(new QueryCoordinator(failing));
		await live.update(law, at(1.2), 1);
		expect(live.scenario).toEqual(await simulate(db, at(1.2)));
		await vi.waitFor(() => expect(live.indexProblem).toMatch(/out of memory/), { timeout: 5000 });
		expect(live.fastIndex).toBeNull();
	});

	it('applies only the latest of several quick updates', async () => {
		const live = new LiveSimulation(new QueryCoordinator(db));
		await Promise.all([0.9, 1.0, 1.1, 1.3].map((s) => live.update(law, at(s), 1)));
		expect(live.scenario?.scenario.name).toBe('line 1.3');
		expect(live.version).toBe(1);
	});

	it('keeps the last figures and reports the error when an update fails', async () => {
		const coordinator = new QueryCoordinator(db);
		const live = new LiveSimulation(coordinator);
		await live.update(law, at(1.2), 1);
		const before = live.scenario;
		await coordinator.exclusive((d) => d.query('ALTER TABLE households RENAME TO households_gone'));
		try {
			await live.update(law, at(0.5), 2);
			expect(live.error).toMatch(/households/);
			expect(live.scenario).toBe(before);
			expect(live.busy).toBe(false);
		} finally {
			await db.query('ALTER TABLE households_gone RENAME TO households');
		}
	});

	it('answers a slider move at once from the exact fast index, before the SQL run, with the same figures', async () => {
		const live = new LiveSimulation(new QueryCoordinator(db));
		await live.update(law, at(1.0), 7);
		await expect.poll(() => live.fastIndex?.generation, { timeout: 30_000 }).toBe(7);
		const pending = live.update(law, at(1.3), 7);
		// Synchronously, before any query ran: the figures of 1.3 are already there.
		expect(live.scenario?.scenario.name).toBe('line 1.3');
		const expected = await simulate(db, at(1.3));
		const quick = live.scenario!;
		for (const [k, v] of Object.entries(expected.totals.tsa))
			expect(quick.totals.tsa[k as keyof typeof quick.totals.tsa], k).toBeCloseTo(v, 6);
		await pending;
		await live.evaluateInSqlNow();
		expect(live.scenario).toEqual(expected);
	});

	it('with the household columns in memory, evaluates in SQL only once updates pause (or a view asks), unseen', async () => {
		const live = new LiveSimulation(new QueryCoordinator(db));
		await live.update(law, at(1.0), 8);
		await expect.poll(() => live.households !== null, { timeout: 30_000 }).toBe(true);
		await live.update(law, at(1.0), 8); // the columns evaluate the households now: the index answers
		const version = live.version;
		const moved = live.update(law, at(1.3), 8);
		expect(live.busy).toBe(false); // the figures shown are exact: nothing to wait for
		await moved;
		expect(live.version).toBe(version);
		const quick = live.scenario!;
		expect(quick.scenario.name).toBe('line 1.3');
		// A view's query first has the tables evaluated for what is shown.
		const rows = await live.ask('test', (d) => d.query(`SELECT count(*) AS n FROM ${EVAL_TABLES.scenario}`));
		expect(rows?.value[0].n).toBeGreaterThan(0);
		expect(live.version).toBe(version + 1);
		expect(live.scenario).toEqual(await simulate(db, at(1.3)));
		// After a pause of SQL_IDLE_MS (1 s) with no view asking, too.
		await live.update(law, at(1.2), 8);
		expect(live.version).toBe(version + 1);
		await expect.poll(() => live.version, { timeout: 10_000 }).toBe(version + 2);
		expect(live.scenario).toEqual(await simulate(db, at(1.2)));
		expect(live.busy).toBe(false);
		// An SQL evaluation in flight when a change the index answers comes does not show its older figures.
		const older = resolveScenario({ name: 'older', year: 2026, params: { 'indices.pension_age.men': 60 } });
		const slow = live.update(law, older, 8); // other ages: the columns cannot evaluate it, SQL must
		expect(live.busy).toBe(true);
		await live.update(law, at(1.1), 8);
		const shown = live.scenario;
		expect(shown?.scenario.name).toBe('line 1.1');
		await slow;
		expect(live.scenario).toBe(shown);
		expect(live.busy).toBe(false);
		// With no quiet time (the benchmark's SQL baseline) every change is evaluated in SQL at once, busy meanwhile.
		const atOnce = new LiveSimulation(new QueryCoordinator(db), { sqlIdleMs: 0 });
		await atOnce.update(law, at(1.0), 8);
		await expect.poll(() => atOnce.households !== null, { timeout: 30_000 }).toBe(true);
		const eager = atOnce.update(law, at(1.3), 8);
		expect(atOnce.busy).toBe(true);
		await eager;
		expect(atOnce.busy).toBe(false);
		expect(atOnce.scenario).toEqual(await simulate(db, at(1.3)));
	});

	it('does not use an index built for another dataset', async () => {
		const live = new LiveSimulation(new QueryCoordinator(db));
		await live.update(law, at(1.0), 1);
		await expect.poll(() => live.fastIndex?.generation, { timeout: 30_000 }).toBe(1);
		const before = live.scenario;
		const pending = live.update(law, at(1.3), 2);
		expect(live.scenario).toBe(before);
		await pending;
	});

	it('before the engine is attached, answers baseline and scenario from a prepared extract alone, then hands over', async () => {
		const law2026 = baselineFor(2026);
		const extract = decodeExtract(encodeExtract(await extractStructure(db, law.params, { baseline: law2026 })));
		const live = new LiveSimulation();
		live.usePrepared(extract, 1);
		await live.update(law, at(1.3), 1);
		expect(live.starting).toBe(true);
		expect(live.version).toBe(0);
		expect(live.busy).toBe(false);
		const expected = await simulate(db, at(1.3));
		const expectedBaseline = await simulate(db, law);
		for (const [k, v] of Object.entries(expected.totals.tsa))
			expect(live.scenario!.totals.tsa[k as keyof typeof expected.totals.tsa], k).toBeCloseTo(v, 6);
		for (const [k, v] of Object.entries(expectedBaseline.totals.tsa))
			expect(live.baseline!.totals.tsa[k as keyof typeof expected.totals.tsa], k).toBeCloseTo(v, 6);
		// A move out of the index's structure cannot be answered yet: the stale figures are marked busy.
		await live.update(law, resolveScenario({ name: 'cars', year: 2026, params: { 'tsa.assets.max_vehicles': 0 } }), 1);
		expect(live.busy).toBe(true);
		live.attach(new QueryCoordinator(db));
		expect(live.starting).toBe(false);
		await live.update(law, at(1.3), 1);
		expect(live.scenario).toEqual(expected);
		expect(live.baseline).toEqual(expectedBaseline);
		expect(live.busy).toBe(false);
	});

	it('detached for a prepared bundle, answers from its index alone and says when a change needs rows', async () => {
		const law2026 = baselineFor(2026);
		const extract = await extractStructure(db, law.params, { baseline: law2026 });
		const coordinator = new QueryCoordinator(db);
		const live = new LiveSimulation(coordinator);
		// An SQL run still going when the bundle arrives must not overwrite the bundle's figures.
		const running = live.update(law, at(0.5), 1);
		live.usePrepared(extract, 2);
		live.detach();
		await running;
		await live.update(law, at(1.3), 2);
		const expected = await simulate(db, at(1.3));
		for (const [k, v] of Object.entries(expected.totals.tsa))
			expect(live.scenario!.totals.tsa[k as keyof typeof expected.totals.tsa], k).toBeCloseTo(v, 6);
		expect(live.scenario!.scenario.name).toBe('line 1.3');
		expect(live.fastIndex?.generation).toBe(2);
		expect([live.starting, live.busy, live.outOfIndex, live.version]).toEqual([false, false, false, 0]);
		// A slider move changes the scenario only: the baseline's figures are not computed again.
		const baselineShown = live.baseline;
		await live.update(law, at(1.25), 2);
		expect(live.baseline).toBe(baselineShown);
		await live.update(law, at(1.3), 2);
		const shown = live.scenario;
		await live.update(law, resolveScenario({ name: 'cars', year: 2026, params: { 'tsa.assets.max_vehicles': 0 } }), 2);
		expect(live.outOfIndex).toBe(true);
		expect(live.busy).toBe(false);
		expect(live.scenario).toBe(shown);
		// Loading files again re-attaches the engine: every change is answered again.
		live.attach(coordinator);
		expect(live.outOfIndex).toBe(false);
	});

	it('reads the household columns once, then answers a rule switched on at once from them, with the SQL figures', async () => {
		const live = new LiveSimulation(new QueryCoordinator(db));
		await live.update(law, at(1.0), 11);
		// After the first SQL run, the columns are read in the background.
		await expect
			.poll(() => (live as unknown as { columns: { generation: number } | null }).columns?.generation, { timeout: 30_000 })
			.toBe(11);
		const deposits = resolveScenario({
			name: 'deposits',
			year: 2026,
			params: { 'tsa.assets.max_deposits_mrp': 100, 'tsa.poverty_line.median_scope': 'national', 'takeup.mode': 'observed' }
		});
		const pending = live.update(law, deposits, 11);
		// Synchronously, before any query ran: the new structure's figures are there, and its index answers.
		expect(live.scenario?.scenario.name).toBe('deposits');
		expect(live.indexFor(deposits, 11)).not.toBeNull();
		const quick = live.scenario!;
		const expected = await simulate(db, deposits);
		for (const [k, v] of Object.entries(expected.totals.tsa))
			expect(quick.totals.tsa[k as keyof typeof quick.totals.tsa], k).toBeCloseTo(v, 6);
		for (const [r, t] of Object.entries(expected.by_region))
			expect(quick.by_region[r].local.annual_cost_kzt, r).toBeCloseTo(t.local.annual_cost_kzt, 6);
		await pending;
		await live.evaluateInSqlNow(); // the columns evaluate the households: SQL waited for the changes to pause
		expect(live.scenario).toEqual(expected);
	});

	it("builds a large dataset's first index in steps, warms the passes a switch reuses once updates pause, and answers a switch with the SQL figures", async () => {
		// As for a bundle: columns and no index. The first update builds the law's index in steps, busy meanwhile.
		const live = new LiveSimulation(null, { largeAbove: 0 });
		live.useColumns(await readHouseholdColumns(db, baselineFor(2026)), 13);
		live.detach();
		const first = live.update(law, law, 13);
		expect(live.busy).toBe(true);
		await first;
		expect(live.busy).toBe(false);
		const atLaw = await simulate(db, law);
		for (const [k, v] of Object.entries(atLaw.totals.tsa))
			expect(live.scenario!.totals.tsa[k as keyof typeof atLaw.totals.tsa], k).toBeCloseTo(v, 6);
		expect(live.warming).toBe(true);
		await live.update(law, at(1.1), 13); // a move meanwhile: the steps wait for a quiet second again
		expect(live.warming).toBe(true);
		await expect.poll(() => live.warming, { timeout: 20_000 }).toBe(false);
		const cars = resolveScenario({ name: 'cars', year: 2026, params: { 'tsa.assets.max_vehicles': 0 } });
		await live.update(law, cars, 13);
		expect(live.scenario?.scenario.name).toBe('cars');
		const expected = await simulate(db, cars);
		for (const [k, v] of Object.entries(expected.totals.tsa))
			expect(live.scenario!.totals.tsa[k as keyof typeof expected.totals.tsa], k).toBeCloseTo(v, 6);
		expect(live.outOfIndex).toBe(false);
		// Back to the law: the law's index, kept as the base, answers again as it is (no sums made again).
		expect(live.fastIndex!.index.indexes.some((i) => i.fits(law.params, law.params))).toBe(false); // the cars' index replaced it
		await live.update(law, law, 13);
		expect(live.fastIndex!.index.indexes).toHaveLength(1);
		expect(isSummed(live.fastIndex!.index.indexes[0])).toBe(true);
		const back = live.fastIndex!.index.indexes[0];
		await live.update(law, cars, 13);
		await live.update(law, law, 13);
		expect(live.fastIndex!.index.indexes[0]).toBe(back);
		for (const [k, v] of Object.entries(atLaw.totals.tsa))
			expect(live.scenario!.totals.tsa[k as keyof typeof atLaw.totals.tsa], k).toBeCloseTo(v, 6);
		// A test excluding few households: its sums derive from the law's index (kept as the base, though the cars'
		// index replaced it), with the SQL figures.
		const land = resolveScenario({ name: 'land', year: 2026, params: { 'tsa.assets.max_land_plots': 1 } });
		await live.update(law, land, 13);
		expect(live.fastIndex!.index.indexes.some((i) => !isSummed(i))).toBe(true);
		const landExpected = await simulate(db, land);
		for (const [k, v] of Object.entries(landExpected.totals.tsa))
			expect(live.scenario!.totals.tsa[k as keyof typeof landExpected.totals.tsa], k).toBeCloseTo(v, 6);
	});

	it('on a large bundle, a switch undone before its index is built leaves the old figures and no busy state', async () => {
		const live = new LiveSimulation(null, { largeAbove: 0 });
		live.useColumns(await readHouseholdColumns(db, baselineFor(2026)), 14);
		live.detach();
		await live.update(law, law, 14);
		const atLaw = live.scenario;
		const cars = resolveScenario({ name: 'cars', year: 2026, params: { 'tsa.assets.max_vehicles': 0 } });
		const switching = live.update(law, cars, 14);
		expect(live.busy).toBe(true);
		await live.update(law, law, 14); // undone at once: the law's index still answers
		await switching;
		expect(live.busy).toBe(false);
		expect(live.scenario?.totals).toEqual(atLaw?.totals);
	});

	it('builds no index from columns for ages the columns were not counted with (SQL answers)', async () => {
		const live = new LiveSimulation(new QueryCoordinator(db));
		live.useColumns(await readHouseholdColumns(db, baselineFor(2026)), 12);
		const older = resolveScenario({ name: 'older', year: 2026, params: { 'indices.pension_age.women': 63 } });
		const pending = live.update(law, older, 12);
		expect(live.scenario?.scenario.name).not.toBe('older');
		await pending;
		expect(live.scenario).toEqual(await simulate(db, older));
	});

	it('evaluates the shown households from the columns (views answer without SQL), and not for a scenario counting other ages', async () => {
		const live = new LiveSimulation();
		live.useColumns(await readHouseholdColumns(db, baselineFor(2026)), 21);
		expect(live.households).toBeNull();
		await live.update(law, at(3), 21);
		const h = live.households!;
		// tests/fixtures/good: only h1 is eligible under the law; at 3 × ПМ h1, h2 and h3 are (not h4).
		const weight = h.fact('weight');
		const eligibleWeight = (side: typeof h.baseline) => Array.from(side.column('eligible')).reduce((sum, e, i) => sum + e * weight[i], 0);
		expect(eligibleWeight(h.baseline)).toBe(120.5);
		expect(eligibleWeight(h.scenario)).toBe(120.5 + 300 + 250);
		await live.update(law, at(3), 21);
		expect(live.households).toBe(h); // the same scenario again (the engine attached): no view computes again
		const sameBaseline = h.baseline;
		await live.update(law, at(2), 21);
		expect(live.households!.baseline).toBe(sameBaseline); // a slider move keeps the law's evaluated columns
		expect(live.households!.scenario).not.toBe(sameBaseline);
		await live.update(law, resolveScenario({ name: 'back at the law', year: 2026, params: {} }), 21);
		expect(live.households!.scenario).toBe(sameBaseline); // at the baseline: its evaluation, and every figure kept of it
		await live.update(law, resolveScenario({ name: 'older', year: 2026, params: { 'indices.pension_age.men': 60 } }), 21);
		expect(live.households).toBeNull();
		await live.update(law, at(1), 22); // another dataset: its columns are not in memory yet
		expect(live.households).toBeNull();
		// A large dataset with an engine: the views stay on SQL (the column passes would hold the main thread).
		const large = new LiveSimulation(new QueryCoordinator(db), { largeAbove: 2 });
		large.useColumns(await readHouseholdColumns(db, baselineFor(2026)), 23);
		await large.update(law, at(3), 23);
		expect(large.households).toBeNull();
		expect(large.householdsWithheld).toBeNull(); // SQL answers those views
	});

	it('uses columns that arrive after the first update (the embedded preview): households, and the missing index; not for a dataset since replaced', async () => {
		const data = await readHouseholdColumns(db, baselineFor(2026));
		const live = new LiveSimulation();
		let give: (d: HouseholdColumns | null) => void = () => {};
		live.useColumnsWhenRead(new Promise((done) => (give = done)), 31);
		await live.update(law, at(3), 31); // no index, no columns yet: nothing to show
		expect(live.households).toBeNull();
		expect(live.scenario).toBeNull();
		give(data);
		await vi.waitFor(() => expect(live.households).not.toBeNull());
		await vi.waitFor(() => expect(live.indexFor(at(3), 31)).not.toBeNull());
		const expected = await simulate(db, at(3));
		for (const [k, v] of Object.entries(expected.totals.tsa))
			expect(live.scenario!.totals.tsa[k as keyof typeof expected.totals.tsa], k).toBeCloseTo(v, 6);
		// Columns of a dataset replaced meanwhile are dropped.
		const replaced = new LiveSimulation();
		let late: (d: HouseholdColumns | null) => void = () => {};
		const reading = new Promise<HouseholdColumns | null>((done) => (late = done));
		replaced.useColumnsWhenRead(reading, 32);
		await replaced.update(law, at(3), 33);
		late(data);
		await reading;
		await new Promise((done) => setTimeout(done, 10));
		expect(replaced.households).toBeNull();
		expect(replaced.indexFor(at(3), 33)).toBeNull();
	});

	it('with a prepared index and columns that arrive later, computes what a first rule switch reuses once the page is quiet', async () => {
		const law2026 = baselineFor(2026);
		const extract = decodeExtract(encodeExtract(await extractStructure(db, law.params, { baseline: law2026 })));
		const data = await readHouseholdColumns(db, law2026);
		const live = new LiveSimulation();
		live.usePrepared(extract, 34);
		live.useColumnsWhenRead(Promise.resolve(data), 34);
		await live.update(law, law, 34);
		await vi.waitFor(() => expect(live.warming).toBe(true));
		await expect.poll(() => live.warming, { timeout: 20_000 }).toBe(false);
		// Every pass a switch from the law reuses is remembered: no step computes anything again.
		expect(warmUpSteps(data, law.params, law2026).map((step) => step())).not.toContain(true);
	});

	it('withholds the households of a bundle above householdViewsMax (views that read them are off), and the index still answers', async () => {
		const data = await readHouseholdColumns(db, baselineFor(2026));
		const bundle = new LiveSimulation(null, { householdViewsMax: data.n - 1 });
		bundle.useColumns(data, 24);
		bundle.detach();
		await bundle.update(law, at(3), 24);
		expect(bundle.households).toBeNull();
		expect(bundle.householdsWithheld).toBe(data.n);
		const expected = await simulate(db, at(3));
		for (const [k, v] of Object.entries(expected.totals.tsa))
			expect(bundle.scenario!.totals.tsa[k as keyof typeof expected.totals.tsa], k).toBeCloseTo(v, 6);
		// At the limit the households are evaluated.
		const small = new LiveSimulation(null, { householdViewsMax: data.n });
		small.useColumns(data, 25);
		small.detach();
		await small.update(law, at(3), 25);
		expect(small.households).not.toBeNull();
		expect(small.householdsWithheld).toBeNull();
	});

	it('shows the withheld households when asked: evaluated once changes pause, kept while the scenario stays, none for the next dataset', async () => {
		const data = await readHouseholdColumns(db, baselineFor(2026));
		const bundle = new LiveSimulation(null, { householdViewsMax: data.n - 1, withheldIdleMs: 30 });
		bundle.useColumns(data, 26);
		bundle.detach();
		await bundle.update(law, at(3), 26);
		expect(bundle.withheldMemoryGb).toBeCloseTo((data.n * 170) / 1e9, 12);
		bundle.showWithheld();
		expect([bundle.householdsWithheld, bundle.withheldMemoryGb, bundle.withheldShown]).toEqual([null, null, true]);
		// Not at once: a drag answers from the index while the households wait for a pause.
		expect(bundle.households).toBeNull();
		expect(bundle.householdsPending).toBe(true);
		await bundle.update(law, at(2.5), 26);
		expect([bundle.households, bundle.householdsPending]).toEqual([null, true]);
		await vi.waitFor(() => expect(bundle.households).not.toBeNull());
		expect(bundle.householdsPending).toBe(false);
		// The households are the shown scenario's: the same figures as a dataset under the limit evaluates at once.
		const small = new LiveSimulation(null, { householdViewsMax: data.n });
		small.useColumns(data, 27);
		small.detach();
		await small.update(law, at(2.5), 27);
		for (const name of ['eligible', 'tsa_amount', 'local_annual'] as const)
			expect(Array.from(bundle.households!.scenario.column(name)), name).toEqual(Array.from(small.households!.scenario.column(name)));
		// The same scenario again (nothing moved) keeps them, with nothing pending; a move waits for the pause again.
		const held = bundle.households;
		await bundle.update(law, at(2.5), 26);
		expect([bundle.households === held, bundle.householdsPending]).toEqual([true, false]);
		await bundle.update(law, at(3), 26);
		expect([bundle.households, bundle.householdsPending]).toEqual([null, true]);
		// What views read of the last households is computed (in slices) before the next are shown: here the amounts.
		const asked = (side: unknown) => (side as ColumnEvaluation).asked();
		expect(asked(held!.scenario)).toContain('tsa_amount');
		await vi.waitFor(() => expect(bundle.households).not.toBeNull());
		expect(asked(bundle.households!.scenario)).toEqual(expect.arrayContaining(['eligible', 'tsa_amount', 'local_annual']));
		expect(Array.from(bundle.households!.scenario.column('tsa_amount'))).toEqual(
			Array.from(evaluateColumns(data, at(3)).column('tsa_amount'))
		);
		await bundle.update(law, at(3.5), 26);
		// Another dataset of the same size is withheld again until asked for; the waiting evaluation is dropped.
		const other = await readHouseholdColumns(db, baselineFor(2026));
		bundle.useColumns(other, 28);
		await bundle.update(law, at(3), 28);
		expect([bundle.householdsWithheld, bundle.householdsPending, bundle.withheldShown]).toEqual([other.n, false, false]);
		await new Promise((r) => setTimeout(r, 60));
		expect(bundle.households).toBeNull();
	});
});
