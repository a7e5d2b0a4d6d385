import type { QueryCoordinator } from '$lib/db/coordinator';
import type { Db } from '$lib/db/db';
import { learningBaseline } from '$lib/rules/dataset-params';
import type { ResolvedScenario } from '$lib/rules/scenario';
import { evaluateInto, summarizeEvaluation } from '$lib/sim/simulate';
import type { SimulationResult } from '$lib/sim/result';
import { extractStructure } from '$lib/fast/extract';
import { buildPrefixIndex, buildPrefixIndexSliced, isSummed, type PrefixIndex } from '$lib/fast/prefix-index';
import { YearIndex } from '$lib/fast/year-index';
import { quartersNotice } from '$lib/rules/quarters';
import type { StructureExtract } from '$lib/fast/extract';
import { fastPathSupported } from '$lib/fast/structure';
import type { ParamValues } from '$lib/rules/parameter';
import { columnsRefusal, extractFromColumns, extractSteps, warmUpSteps } from '$lib/fast/extract-columns';
import { featureParamsOf, readHouseholdColumns, type HouseholdColumns } from '$lib/fast/household-columns';
import type { Pause } from '$lib/fast/household-order';
import {
	evaluateColumns,
	evaluatedHouseholds,
	evaluationRefusal,
	householdFacts,
	type ColumnEvaluation
} from '$lib/fast/evaluate-households';
import { EVALUATED_NAMES, type EvaluatedHouseholds, type EvaluatedName, type FactColumns } from '$lib/sim/evaluated-columns';
import { nextFrame } from './next-frame';

/** Above this many households, building an index from the columns waits for the busy state to be painted. */
const SYNC_COLUMN_ROWS = 200_000;

/**
 * Above this many households a dataset with no engine (a bundle) keeps its views that read households off until the
 * user turns them on (`showWithheld`): evaluated in the page, the national bundle (5.6 M households) holds it for up
 * to 0.3 s at a time after a change, 37 such tasks in five key presses (bench of 2026-12-08 01:25), and takes about
 * 0.95 GB more (README, national). The headline, the regions, the sweep and the frontier still answer from its index.
 */
const HOUSEHOLD_VIEWS_MAX = 1_000_000;

/**
 * Memory the views of a withheld dataset take once shown, in bytes per household (the evaluated columns of the law
 * and of the scenario, the views' orders): on the national bundle (5.6 M households, bench of 2026-12-07 19:44) all of
 * Chromium held 1.61 GB (proportional set size) before they were turned on and 2.54 GB with every view drawn after ten
 * rule switches and five slider moves (0.93 GB more).
 */
const WITHHELD_BYTES_PER_HOUSEHOLD = 170;

/**
 * Quiet time (no update) before a dataset above `householdViewsMax` whose views were asked for anyway (`showWithheld`)
 * evaluates its households: the views then take seconds of the page's time, which a drag must not wait for.
 */
const WITHHELD_IDLE_MS = 1000;

/** Households per slice when a withheld dataset's rules are computed in slices (a few tens of milliseconds nationally). */
const SLICE_ROWS = 100_000;

/** Quiet time (no update) before a warm-up step runs: dragging or typing is never held up by one. */
const WARM_IDLE_MS = 1000;

/**
 * Quiet time (no update) before the SQL evaluation runs when the index and the household columns already answer every
 * figure: on the embedded dataset it took 300 ms of DuckDB's worker after each key press, beside the page's own work.
 */
const SQL_IDLE_MS = 1000;

/** The baseline's and the scenario's evaluation from the household columns, and the scenario's key. */
type Sides = { baseline: ColumnEvaluation; scenario: ColumnEvaluation; scenarioKey: string };

/** What an evaluation of the households depends on: the scenario's year and parameters. */
const evaluationKey = (s: ResolvedScenario): string => JSON.stringify([s.year, s.params]);

/** Which baseline of which dataset an evaluation or a figure is of (the engine's table, the baseline shown). */
function baselineKeyOf(baseline: ResolvedScenario, generation: number): string {
	return JSON.stringify([generation, baseline.year, baseline.overrides]);
}

/** Resolves after the tasks already queued (input, paint) have run. */
function nextTask(): Promise<void> {
	return new Promise((done) => setTimeout(done, 0));
}

/** A pause that lets the browser run input and paint once `budgetMs` of work has gone by since it last did. */
function slicedPause(budgetMs = 40): Pause {
	let since = performance.now();
	return async () => {
		if (performance.now() - since < budgetMs) return;
		await nextTask();
		since = performance.now();
	};
}

/** The engine behind the live figures (see `LiveSimulation.engine`). */
export type LiveEngine = { kind: 'prepared' } | { kind: 'sql'; coordinator: QueryCoordinator } | { kind: 'bundle' };

/** DuckDB tables holding one row per household: the baseline's and the scenario's evaluation. */
export const EVAL_TABLES = { baseline: 'eval_baseline', scenario: 'eval_scenario' } as const;

/**
 * Keeps the baseline and the scenario evaluated over the loaded dataset. Views read `baseline` / `scenario`
 * (the same figures `npm run simulate` prints) and aggregate the EVAL_TABLES; `version` changes after each
 * refresh, so they know when to query again. Stale results stay on screen while `busy` says so.
 *
 * While a user drags a slider the fast path (`src/lib/fast/`, exact prefix sums, no row scan) answers `scenario`
 * at once whenever the move stays within the structure of the last index; the SQL evaluation follows and
 * replaces it with the same figures, then the views that need household rows refresh.
 *
 * A rule switched on or off changes the structure: when the household columns are in memory (`useColumns`, read
 * from DuckDB once per dataset) the new structure's index is built from them at once, without SQL.
 *
 * Before DuckDB is up (no coordinator yet) a prepared index (`usePrepared`) answers baseline and scenario alone;
 * `starting` says so, and `attach` hands over to the SQL evaluation. A prepared bundle (a dataset with no rows
 * in DuckDB) is answered by its index alone for good: `detach`, and `outOfIndex` says when a change needs rows.
 */
export class LiveSimulation {
	baseline = $state.raw<SimulationResult | null>(null);
	scenario = $state.raw<SimulationResult | null>(null);
	version = $state(0);
	busy = $state(false);
	error = $state<string | null>(null);
	/**
	 * The exact prefix-sum indexes of the current structures (one per distinct structure among the year's quarters),
	 * when there are any (read by the sweep, for instance).
	 */
	fastIndex = $state.raw<{ index: YearIndex; generation: number } | null>(null);
	/**
	 * What answers: the prepared index alone until DuckDB is up ('prepared'), DuckDB's SQL with the index for speed
	 * ('sql'), or a bundle's index alone for good ('bundle': no rows anywhere).
	 */
	engine = $state.raw<LiveEngine>({ kind: 'prepared' });
	/** Why the instant path is out of service (its index could not be built), or null; the SQL evaluation still answers. */
	indexProblem = $state<string | null>(null);
	/** True when no engine can answer (a prepared bundle) and the last change is outside the index's structure. */
	outOfIndex = $state(false);
	/** True while the passes a rule switch reuses are still being computed in idle time (after a load and after a rule switch). */
	warming = $state(false);
	/**
	 * The shown baseline and scenario evaluated over every household from the household columns, without SQL (views
	 * compute their figures from it at once); null while the columns are not in memory or cannot evaluate them (other
	 * ages counted), when views ask the SQL evaluation instead.
	 */
	households = $state.raw<EvaluatedHouseholds | null>(null);
	/**
	 * The number of households when there are too many to evaluate one by one in the page and no engine holds them (a
	 * bundle above `householdViewsMax`): the views that read households are off, and say so. Else null.
	 */
	householdsWithheld = $state<number | null>(null);
	/**
	 * The shown dataset's household facts (no rules: what the data records), whenever its columns are in memory, even
	 * when `householdsWithheld`; one object per dataset.
	 */
	facts = $state.raw<FactColumns | null>(null);
	/**
	 * True when the shown dataset is above `householdViewsMax` and its views were asked for anyway (`showWithheld`): its
	 * households are evaluated once changes pause, and the views then hold the page for seconds.
	 */
	withheldShown = $state(false);
	/** True while such a dataset waits for changes to pause before evaluating its households: views show they are pending. */
	householdsPending = $state(false);
	private shown: { baseline: ResolvedScenario; scenario: ResolvedScenario; generation: number } | null = null;
	private baselineColumns: { key: string; data: HouseholdColumns; value: ColumnEvaluation } | null = null;
	/** The evaluated columns views have read of a withheld dataset shown anyway: computed in slices before it is shown. */
	private columnsViewsRead = new Set<EvaluatedName>();
	/** What `households` evaluates: both evaluations (what views ask of them is computed ahead next time) and the scenario's key. */
	private householdsOf: Sides | null = null;
	private baselineKey = '';
	/** With an engine: the dataset and law `baseline` shows (from the index or SQL); `baselineKey` is the engine's table's. */
	private baselineShown = '';
	private indexBuilds = 0;
	private pending = 0;
	private columns: { data: HouseholdColumns; generation: number } | null = null;
	/** The columns `facts` is of. */
	private factsOf: HouseholdColumns | null = null;
	private columnsReading: { generation: number; done: Promise<void> } | null = null;
	/**
	 * An index of dataset `generation` summed row by row from its columns (the law's once built), kept while others
	 * answer: a rule switch's index derives its sums from it when few rows' flags differ, instead of summing again.
	 */
	private summedBase: { index: PrefixIndex; generation: number } | null = null;
	/** Whether `index` covers the year of `scenario` (compared by identity), as `indexFor` last found. */
	private lastCover: { index: YearIndex; scenario: ResolvedScenario; covered: boolean } | null = null;
	private updates = 0;
	private lastUpdateAt = 0;
	private warmQueue: (() => boolean)[] = [];
	private warmTimer: ReturnType<typeof setTimeout> | null = null;
	/** The SQL evaluation waiting for updates to pause (see `evaluateInSqlLater`). */
	private sqlLater: ReturnType<typeof setTimeout> | null = null;
	/** The columns of the dataset above `householdViewsMax` whose views were asked for anyway. */
	private withheldAskedFor: HouseholdColumns | null = null;
	/** The evaluation of such a dataset's households, waiting for updates to pause. */
	private householdsLater: ReturnType<typeof setTimeout> | null = null;

	/**
	 * `largeAbove` (default SYNC_COLUMN_ROWS): datasets with more households build a new index from the columns after
	 * painting the busy state, one pass per task (every dataset warms the passes a rule switch reuses in idle time,
	 * `warming`).
	 * `householdViewsMax` (default HOUSEHOLD_VIEWS_MAX): with no engine, datasets with more households withhold them.
	 * `sqlIdleMs` (default SQL_IDLE_MS): the quiet time before an SQL evaluation the index and columns made unseen; 0
	 * evaluates after every change, with the busy state (the benchmark's SQL baseline).
	 * `withheldIdleMs` (default WITHHELD_IDLE_MS): the quiet time before a withheld dataset shown anyway evaluates.
	 */
	constructor(
		coordinator: QueryCoordinator | null = null,
		private readonly options: { largeAbove?: number; householdViewsMax?: number; sqlIdleMs?: number; withheldIdleMs?: number } = {}
	) {
		if (coordinator) this.attach(coordinator);
	}

	/** True until DuckDB is attached: only the prepared index answers, and views that read rows wait. */
	get starting(): boolean {
		return this.engine.kind === 'prepared';
	}

	private get coordinator(): QueryCoordinator | null {
		return this.engine.kind === 'sql' ? this.engine.coordinator : null;
	}

	/** The most households a dataset with no engine evaluates one by one in the page (see `householdsWithheld`). */
	get householdViewsMax(): number {
		return this.options.householdViewsMax ?? HOUSEHOLD_VIEWS_MAX;
	}

	private get sqlIdleMs(): number {
		return this.options.sqlIdleMs ?? SQL_IDLE_MS;
	}

	private get largeAbove(): number {
		return this.options.largeAbove ?? SYNC_COLUMN_ROWS;
	}

	/**
	 * Hands over to DuckDB: from now on every update is evaluated in SQL too (call `update` again). `version` starts
	 * again at 0: the engine's EVAL_TABLES are not this dataset's until its first evaluation.
	 */
	attach(coordinator: QueryCoordinator): void {
		this.cancelSqlLater();
		this.engine = { kind: 'sql', coordinator };
		this.version = 0;
		this.outOfIndex = false;
	}

	/** Leaves the engine for good (its tables do not hold the dataset shown): only the prepared index answers. */
	detach(): void {
		this.cancelSqlLater();
		this.engine = { kind: 'bundle' };
		this.baselineKey = '';
		this.error = null;
	}

	/**
	 * Runs a view's query against the evaluated tables, after the evaluation in progress; latest per `view` wins
	 * (`null` when superseded). Rejects when no engine holds this dataset's rows (before DuckDB is up, or a bundle).
	 */
	async ask<T>(view: string, task: (db: Db) => Promise<T>): Promise<{ value: T } | null> {
		const coordinator = this.coordinator;
		if (!coordinator) throw new Error('no engine holds the households of this dataset');
		void this.evaluateInSqlNow(); // the tables then hold the shown evaluation when `task` reads them
		const out = await coordinator.run(view, async (db) => ({ value: await task(db) }));
		return this.coordinator === coordinator ? out : null;
	}

	/** Uses an extract prepared elsewhere (the build's, for the embedded dataset) as the index of `generation`. */
	usePrepared(extract: StructureExtract, generation: number): void {
		this.setIndex(new YearIndex([buildPrefixIndex(extract)]), generation);
	}

	/** Uses the household columns of dataset `generation`: a new structure's index is then built from them. */
	useColumns(data: HouseholdColumns, generation: number): void {
		this.columns = { data, generation };
		if (this.summedBase?.generation !== generation) this.summedBase = null; // another dataset's: let it go
	}

	/**
	 * Uses the household columns of dataset `generation` once `read` gives them (null: none), evaluating the shown
	 * households then (and the shown scenario's index when missing); meanwhile the engine does not read them again.
	 */
	useColumnsWhenRead(read: Promise<HouseholdColumns | null>, generation: number): void {
		const done = read
			.then((data) => {
				if (!data || Math.max(this.columns?.generation ?? -1, this.shown?.generation ?? -1) > generation) return; // another dataset since
				this.useColumns(data, generation);
				const shown = this.shown;
				// A structure the prepared index does not hold (a link's scenario) is built from the columns now.
				if (shown && !this.indexFor(shown.scenario, generation)) void this.update(shown.baseline, shown.scenario, generation);
				else {
					this.evaluateHouseholds();
					// The index was prepared elsewhere: what a first rule switch reuses is computed once the page is quiet.
					if (shown) this.warmUp(shown.scenario, generation);
				}
			})
			.catch(() => undefined) // no columns: they are read from the engine, or views ask SQL
			.finally(() => {
				if (this.columnsReading?.done === done) this.columnsReading = null;
			});
		this.columnsReading = { generation, done };
	}

	/** Re-evaluates for `scenario` (and the baseline when it or the dataset changed); the latest call wins. */
	async update(baseline: ResolvedScenario, scenario: ResolvedScenario, datasetGeneration: number): Promise<void> {
		const ticket = ++this.updates;
		this.lastUpdateAt = performance.now();
		this.shown = { baseline, scenario, generation: datasetGeneration };
		this.evaluateHouseholds();
		let quick = this.fastFigures(scenario, datasetGeneration);
		if (!quick && this.columnsServe(scenario, datasetGeneration)) {
			// Small datasets build at once; a large one first paints its busy state, and only the latest change builds.
			if (this.columns!.data.n > this.largeAbove) {
				this.busy = true;
				await nextFrame();
				if (ticket !== this.updates) return;
				if (!(await this.indexFromColumnsSliced(scenario, datasetGeneration, () => ticket !== this.updates))) return;
			} else this.indexFromColumns(scenario, datasetGeneration);
			quick = this.fastFigures(scenario, datasetGeneration);
			if (this.pending === 0) this.busy = false;
			// Only a new structure changes what the next switch reuses: a slider move does not queue the steps again.
			this.warmUp(scenario, datasetGeneration);
		}
		if (quick) this.scenario = quick;
		const coordinator = this.coordinator;
		if (!coordinator) {
			// No engine: the index answers the baseline too when it shares the scenario's structure (once per baseline:
			// a slider move changes only the scenario).
			const key = JSON.stringify([datasetGeneration, this.indexBuilds, baseline.year, baseline.overrides]);
			if (key !== this.baselineKey) {
				const quickBaseline = this.fastFigures(baseline, datasetGeneration);
				if (quickBaseline) this.baseline = quickBaseline;
				this.baselineKey = quickBaseline ? key : '';
			}
			// Out of the index's structure the shown figures are stale until the engine answers (or, with no engine to
			// come, for good): say so.
			if (this.starting) this.busy = !quick;
			else {
				this.outOfIndex = !quick;
				this.busy = false; // a build this update superseded left it set
			}
			return;
		}
		// The index and the household columns answer every figure exactly: the SQL evaluation (what the engine's tables
		// hold for `ask`) waits until changes pause, so that a drag does not share the processor with it, and runs unseen.
		if (quick && this.households && this.sqlIdleMs > 0) {
			const key = baselineKeyOf(baseline, datasetGeneration);
			const quickBaseline = key === this.baselineShown ? this.baseline : this.fastFigures(baseline, datasetGeneration);
			if (quickBaseline) {
				[this.baseline, this.baselineShown] = [quickBaseline, key];
				return this.evaluateInSqlLater();
			}
		}
		return this.evaluateInSql(coordinator, baseline, scenario, datasetGeneration, true);
	}

	/** Evaluates the shown baseline and scenario in SQL once updates have paused for SQL_IDLE_MS (or `ask` needs them). */
	private evaluateInSqlLater(): void {
		this.cancelSqlLater();
		this.sqlLater = setTimeout(() => void this.evaluateInSqlNow(), this.sqlIdleMs);
	}

	private cancelSqlLater(): void {
		if (this.sqlLater !== null) clearTimeout(this.sqlLater);
		this.sqlLater = null;
	}

	/** Runs the waiting SQL evaluation now, if one waits (its query is queued before any asked after this call); resolves when done. */
	async evaluateInSqlNow(): Promise<void> {
		if (this.sqlLater === null) return;
		this.cancelSqlLater();
		const [coordinator, shown] = [this.coordinator, this.shown];
		if (coordinator && shown) await this.evaluateInSql(coordinator, shown.baseline, shown.scenario, shown.generation, false);
	}

	/**
	 * Evaluates `baseline` and `scenario` into the engine's EVAL_TABLES and shows their figures (`seen`: with the busy
	 * state, as the figures shown wait for it; unseen when the index already showed the same figures).
	 */
	private async evaluateInSql(
		coordinator: QueryCoordinator,
		baseline: ResolvedScenario,
		scenario: ResolvedScenario,
		datasetGeneration: number,
		seen: boolean
	): Promise<void> {
		if (seen) {
			this.pending++;
			this.busy = true;
		}
		try {
			const key = baselineKeyOf(baseline, datasetGeneration);
			const out = await coordinator.run('live-simulation', async (db) => {
				let b = this.baseline;
				if (key !== this.baselineKey || !b) {
					const notices = await evaluateInto(db, baseline, EVAL_TABLES.baseline);
					b = await summarizeEvaluation(db, baseline, EVAL_TABLES.baseline, notices);
				}
				const notices = await evaluateInto(db, scenario, EVAL_TABLES.scenario);
				return { b, s: await summarizeEvaluation(db, scenario, EVAL_TABLES.scenario, notices) };
			});
			if (!out || this.coordinator !== coordinator) return; // superseded, or detached meanwhile
			// Another change is shown since (its SQL evaluation waits for changes to pause): the index answered it.
			const shown = this.shown;
			if (shown?.scenario !== scenario || shown.baseline !== baseline || shown.generation !== datasetGeneration) return;
			this.baselineKey = this.baselineShown = key;
			this.baseline = out.b;
			this.scenario = out.s;
			this.error = null;
			this.version++;
			void this.indexAfterEvaluation(scenario, datasetGeneration);
		} catch (e) {
			if (this.coordinator === coordinator) this.error = e instanceof Error ? e.message : String(e);
		} finally {
			if (seen && --this.pending === 0) this.busy = false;
		}
	}

	/** The indexes when they answer `scenario`'s year on dataset `generation` (each quarter's structure), else null. */
	indexFor(scenario: ResolvedScenario, generation: number): YearIndex | null {
		const fast = this.fastIndex;
		if (!fast || fast.generation !== generation) return null;
		// Asked by the page and several views after each change: the year's quarters are resolved once per scenario.
		const last = this.lastCover;
		if (last?.index === fast.index && last.scenario === scenario) return last.covered ? fast.index : null;
		const covered =
			fastPathSupported(scenario.params) &&
			fast.index.covers(scenario.year, scenario.params, learningBaseline(scenario.year, scenario.params));
		this.lastCover = { index: fast.index, scenario, covered };
		return covered ? fast.index : null;
	}

	/**
	 * True while the indexes for `scenario` are on their way: an index holds its structure and none failed, but they are
	 * not built yet (after a rule switch or a load). A view the index will answer waits rather than computing otherwise.
	 */
	indexComing(scenario: ResolvedScenario, generation: number): boolean {
		return fastPathSupported(scenario.params) && this.indexProblem === null && this.indexFor(scenario, generation) === null;
	}

	/** Exact figures from the index, or null when there is none for this dataset and structure. */
	private fastFigures(scenario: ResolvedScenario, generation: number): SimulationResult | null {
		const index = this.indexFor(scenario, generation);
		if (!index) return null;
		const f = index.figures(scenario.year, scenario.params, learningBaseline(scenario.year, scenario.params));
		const { name, year, params, overrides } = scenario;
		const quarters = quartersNotice(year);
		return { scenario: { name, year, params, overrides }, ...f, notices: quarters ? [...index.notices, quarters] : index.notices };
	}

	/**
	 * Turns on the views a dataset above `householdViewsMax` withholds: its households are evaluated once changes pause
	 * (WITHHELD_IDLE_MS), each time holding the page for seconds, and kept in memory (`withheldMemoryGb`).
	 */
	showWithheld(): void {
		const data = this.columns?.data;
		if (!data || this.householdsWithheld === null) return;
		this.withheldAskedFor = data;
		this.evaluateHouseholds();
	}

	/** About how much more memory, in GB, the withheld views take once shown (`showWithheld`); null when none are withheld. */
	get withheldMemoryGb(): number | null {
		return this.householdsWithheld === null ? null : (this.householdsWithheld * WITHHELD_BYTES_PER_HOUSEHOLD) / 1e9;
	}

	private cancelHouseholdsLater(): void {
		if (this.householdsLater !== null) clearTimeout(this.householdsLater);
		this.householdsLater = null;
		this.householdsPending = false;
	}

	/** Sets `households` for the shown baseline and scenario from the household columns, when they can evaluate both. */
	private evaluateHouseholds(): void {
		const shown = this.shown;
		const columns = this.columns;
		[this.householdsWithheld, this.withheldShown] = [null, false];
		this.cancelHouseholdsLater();
		if (!shown || columns?.generation !== shown.generation) {
			[this.facts, this.factsOf] = [null, null];
			return void (this.households = null);
		}
		const data = columns.data;
		if (this.factsOf !== data) [this.facts, this.factsOf] = [householdFacts(data), data];
		if (data.n > this.householdViewsMax && this.engine.kind !== 'sql') {
			if (this.withheldAskedFor !== data) {
				this.householdsWithheld = data.n;
				this.baselineColumns = null; // nor is the baseline kept evaluated: its columns alone took gigabytes
				return void (this.households = null);
			}
			// Asked for anyway: evaluated once changes pause, so that a drag answers from the index alone meanwhile.
			this.withheldShown = true;
			if (this.householdsHeldFor(shown, data)) return;
			this.households = null; // the last change's: its figures are no longer the shown scenario's
			this.householdsPending = true;
			this.householdsLater = setTimeout(() => void this.evaluateInSlices(shown, data), this.options.withheldIdleMs ?? WITHHELD_IDLE_MS);
			return;
		}
		const sides = this.evaluationsFor(shown, data);
		if (sides) this.showHouseholds(data, sides);
	}

	/**
	 * Sets `households` for `shown` over a withheld dataset shown anyway: first the columns its views read last time are
	 * computed a slice of households at a time, with pauses for input and paint (the rules took seconds nationally), then
	 * the views compute their figures. A later change or dataset stops it (the change evaluates again).
	 */
	private async evaluateInSlices(shown: NonNullable<LiveSimulation['shown']>, data: HouseholdColumns): Promise<void> {
		const sides = this.evaluationsFor(shown, data);
		if (!sides) return this.cancelHouseholdsLater();
		const last = this.householdsOf;
		for (const side of last ? [last.baseline, last.scenario] : []) for (const name of side.asked()) this.columnsViewsRead.add(name);
		const names = EVALUATED_NAMES.filter((name) => this.columnsViewsRead.has(name));
		const pause = slicedPause();
		for (const side of new Set([sides.scenario, sides.baseline]))
			for (const _ of side.steps(names, SLICE_ROWS)) {
				await pause();
				if (this.shown !== shown || this.columns?.data !== data) return; // the later change evaluates again
			}
		this.cancelHouseholdsLater();
		this.showHouseholds(data, sides);
	}

	/**
	 * The evaluations of `shown`'s baseline and scenario over `data` (the baseline's kept while it stays), or null when
	 * the columns do not evaluate them, already did (`households` holds them), or `shown` is no longer shown.
	 */
	private evaluationsFor(shown: NonNullable<LiveSimulation['shown']>, data: HouseholdColumns): Sides | null {
		if (this.shown !== shown || this.columns?.data !== data) return null; // a later change or dataset since
		// A large dataset with an engine keeps the views on SQL: the column passes run on the main thread and would hold
		// the page for hundreds of milliseconds after each change (a bundle has no other way); so does a scenario the
		// columns cannot evaluate (other ages counted).
		const refused = evaluationRefusal(data, shown.baseline) !== null || evaluationRefusal(data, shown.scenario) !== null;
		if ((data.n > this.largeAbove && this.engine.kind === 'sql') || refused) {
			this.households = null;
			return null;
		}
		// The baseline changes rarely (a slider moves the scenario): its evaluated columns are kept while it stays; the
		// same baseline and scenario again (the engine attached, the columns read) keep the same households, so no view
		// computes again.
		if (this.baselineColumns?.key !== evaluationKey(shown.baseline) || this.baselineColumns.data !== data)
			this.baselineColumns = { key: evaluationKey(shown.baseline), data, value: evaluateColumns(data, shown.baseline) };
		if (this.householdsHeldFor(shown, data)) return null;
		const scenarioKey = evaluationKey(shown.scenario);
		const baseline = this.baselineColumns.value;
		// The scenario at the baseline (a cold start, a slider back at the law) is the baseline's evaluation itself: every
		// figure a view keeps of one side is then the other's too, made once.
		const scenario =
			scenarioKey === this.baselineColumns.key
				? baseline
				: evaluateColumns(data, shown.scenario, { scenario: shown.baseline, columns: baseline });
		return { baseline, scenario, scenarioKey };
	}

	/** Shows `data`'s households under two evaluations (views compute their figures from them). */
	private showHouseholds(data: HouseholdColumns, sides: Sides): void {
		this.households = evaluatedHouseholds(data, sides.baseline, sides.scenario);
		this.householdsOf = sides;
	}

	/** True when `households` already evaluate the baseline and scenario of `shown` over `data`. */
	private householdsHeldFor(shown: NonNullable<LiveSimulation['shown']>, data: HouseholdColumns): boolean {
		const base = this.baselineColumns;
		if (!this.households || base?.data !== data || base.key !== evaluationKey(shown.baseline)) return false;
		return this.householdsOf?.baseline === base.value && this.householdsOf.scenarioKey === evaluationKey(shown.scenario);
	}

	/** True when the household columns of dataset `generation` can build the indexes of the scenario's quarters. */
	private columnsServe(scenario: ResolvedScenario, generation: number): boolean {
		const columns = this.columns;
		if (columns?.generation !== generation) return false;
		const law = learningBaseline(scenario.year, scenario.params);
		return this.missingQuarters(scenario, generation).every((params) => columnsRefusal(columns.data, params, law) === null);
	}

	/** The parameter sets among the scenario's quarters that the current indexes do not answer. */
	private missingQuarters(scenario: ResolvedScenario, generation: number): ParamValues[] {
		const law = learningBaseline(scenario.year, scenario.params);
		const fast = this.fastIndex;
		if (fast?.generation === generation) return fast.index.missing(scenario.year, scenario.params, law);
		return new YearIndex([]).missing(scenario.year, scenario.params, law);
	}

	/** Installs `index` for dataset `generation`. */
	private setIndex(index: YearIndex, generation: number): void {
		this.indexBuilds++;
		this.indexProblem = null;
		this.fastIndex = { index, generation };
	}

	/** The current indexes of dataset `generation` with `index` added, as the year of `scenario` needs them. */
	private addIndex(index: ReturnType<typeof buildPrefixIndex>, scenario: ResolvedScenario, generation: number): void {
		const law = learningBaseline(scenario.year, scenario.params);
		const fast = this.fastIndex;
		const held = fast?.generation === generation ? fast.index : new YearIndex([]);
		this.setIndex(held.with(index, scenario.year, scenario.params, law), generation);
	}

	/**
	 * Queues the passes a rule switch from `scenario` would reuse, run one per task once updates have paused for
	 * WARM_IDLE_MS: the first switch after a load is then as quick as the next (on the embedded dataset it took 120 ms
	 * more than the next; on the national bundle, seconds).
	 */
	private warmUp(scenario: ResolvedScenario, generation: number): void {
		const columns = this.columns;
		if (columns?.generation !== generation) return;
		this.warmQueue = warmUpSteps(columns.data, scenario.params, learningBaseline(scenario.year, scenario.params));
		this.warming = this.warmQueue.length > 0;
		const next = (): void => {
			const quiet = performance.now() - this.lastUpdateAt;
			this.warmTimer = setTimeout(
				() => {
					this.warmTimer = null;
					if (this.columns !== columns)
						this.warmQueue = []; // another dataset: its own update warms it
					else if (performance.now() - this.lastUpdateAt >= WARM_IDLE_MS && !this.warmQueue[0]?.()) this.warmQueue.shift();
					if (this.warmQueue.length > 0 && this.columns === columns) next();
					else this.warming = false;
				},
				Math.max(0, WARM_IDLE_MS - quiet)
			);
		};
		if (this.warmTimer === null && this.warming) next();
	}

	/** Builds the indexes of the scenario's quarters' structures from the household columns (`columnsServe` said they can). */
	private indexFromColumns(scenario: ResolvedScenario, generation: number): void {
		const law = learningBaseline(scenario.year, scenario.params);
		for (const params of this.missingQuarters(scenario, generation))
			this.addIndex(buildPrefixIndex(extractFromColumns(this.columns!.data, params, { baseline: law })), scenario, generation);
	}

	/**
	 * Builds, in steps (`pause` between them), the indexes of the scenario's quarters from the household columns; false
	 * when `stale` says a later update took over meanwhile (nothing is installed then).
	 */
	private async indexFromColumnsSliced(scenario: ResolvedScenario, generation: number, stale: () => boolean): Promise<boolean> {
		const law = learningBaseline(scenario.year, scenario.params);
		const pause = slicedPause();
		for (const params of this.missingQuarters(scenario, generation)) {
			// A switch back: the base the page keeps is that structure's index (nothing to sum or to allocate again).
			const base = this.summedBase?.generation === generation ? this.summedBase.index : null;
			if (base?.fits(params, law)) {
				this.addIndex(base, scenario, generation);
				continue;
			}
			// Passes not yet computed (the first index after a load): one per task, so the page stays responsive.
			for (const step of extractSteps(this.columns!.data, params, law))
				while (step()) {
					await nextTask();
					if (stale() || this.columns?.generation !== generation) return false;
				}
			const extract = extractFromColumns(this.columns!.data, params, { baseline: law });
			const bases = [...(this.fastIndex?.generation === generation ? this.fastIndex.index.indexes : [])];
			if (this.summedBase?.generation === generation) bases.push(this.summedBase.index);
			const index = await buildPrefixIndexSliced(extract, pause, bases, params);
			// The base is the law's index (a switch starts from the law), else the dataset's first summed one.
			if (isSummed(index) && (this.summedBase?.generation !== generation || index.fits(law, law))) this.summedBase = { index, generation };
			if (stale() || this.columns?.generation !== generation) return false;
			this.addIndex(index, scenario, generation);
		}
		return true;
	}

	/**
	 * After an evaluation: reads the household columns (once per dataset), then builds the missing indexes of the
	 * scenario's quarters from them in steps, or, when the columns cannot, from an SQL extract.
	 */
	private async indexAfterEvaluation(scenario: ResolvedScenario, generation: number): Promise<void> {
		await this.readColumns(scenario, generation);
		if (!fastPathSupported(scenario.params) || this.missingQuarters(scenario, generation).length === 0) return;
		if (!this.columnsServe(scenario, generation)) return this.refreshIndex(scenario, generation);
		const builds = this.indexBuilds;
		// Another build (a rule switch's) installed meanwhile: it answers, or the next evaluation builds again.
		await this.indexFromColumnsSliced(scenario, generation, () => this.indexBuilds !== builds).catch((e) => this.indexFailed(e));
	}

	/**
	 * Reads the household columns from DuckDB once per dataset (while the scenario counts ages as the law does), in
	 * parts with pauses between them; resolves when they are read or cannot be.
	 */
	private readColumns(scenario: ResolvedScenario, generation: number): Promise<void> {
		if (this.columns?.generation === generation) return Promise.resolve();
		if (this.columnsReading?.generation === generation) return this.columnsReading.done;
		const law = learningBaseline(scenario.year, scenario.params);
		const lawFeatures = featureParamsOf(law);
		if (!featureParamsOf(scenario.params).every((v, i) => v === lawFeatures[i])) return Promise.resolve(); // would rebuild `hh` twice
		const coordinator = this.coordinator;
		if (!coordinator) return Promise.resolve();
		const done = coordinator
			.run('live-columns', (db) => readHouseholdColumns(db, law, slicedPause()))
			.then((data) => {
				if (!data || this.coordinator !== coordinator) return;
				this.useColumns(data, generation);
				this.evaluateHouseholds();
			})
			.catch((e) => this.indexFailed(e)) // no columns: a structure change waits for SQL
			.finally(() => {
				if (this.columnsReading?.generation === generation) this.columnsReading = null;
			});
		this.columnsReading = { generation, done };
		return done;
	}

	/** Builds the indexes for the scenario's quarters' structures in the background when they are missing. */
	private refreshIndex(scenario: ResolvedScenario, generation: number): void {
		const law = learningBaseline(scenario.year, scenario.params);
		if (!fastPathSupported(scenario.params)) return;
		const missing = this.missingQuarters(scenario, generation);
		if (missing.length === 0) return;
		const coordinator = this.coordinator;
		coordinator
			?.run('live-fast-index', async (db) => {
				const extracts = [];
				for (const params of missing) extracts.push(await extractStructure(db, params, { baseline: law }));
				return extracts;
			})
			.then((extracts) => {
				if (!extracts || this.coordinator !== coordinator) return;
				for (const extract of extracts) this.addIndex(buildPrefixIndex(extract), scenario, generation);
			})
			.catch((e) => this.indexFailed(e)); // no index, no fast path: the SQL evaluation still answers every move
	}

	/** Says why the index could not be built (shown beside the status: every change then waits for the engine). */
	private indexFailed(e: unknown): void {
		this.indexProblem = e instanceof Error ? e.message : String(e);
	}
}
