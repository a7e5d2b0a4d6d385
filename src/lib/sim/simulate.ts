// Runs a scenario over the installed dataset: per-household evaluation in SQL, then one grouped query per figure set.
import type { Db, Row } from '../db/db';
import { REGION_CODES } from '../data/regions';
import { learningBaseline } from '../rules/dataset-params';
import type { ParamValue, ParamValues } from '../rules/parameter';
import { figuresSql, QUINTILE_SQL, targetingSql, totalsFromRow } from './aggregate';
import { evaluationSql } from './evaluation';
import { cachedTable } from './cached-table';
import { medianSql, queryDatasetMedianNotice } from './median';
import { queryLoanAmountsNotice } from './loan-amounts';
import { takeupSql } from './takeup';
import { gapNotice, queryGapData } from './gap';
import { ensureHouseholdFeatures } from './household-features';
import type { SimulationResult, TargetingTotals, Totals } from './result';
import { quoteIdent } from '../sql/quote';
import { quartersNotice } from '../rules/quarters';
import { impactByRegion, impactSql } from './impact';
import { fieldOf, mayBeNull, summedOf } from './measures';
import { distinctQuarters, spreadQuarters, yearFigures, type QuarterFigures } from './year';

/** A resolved scenario, as `resolveScenario` returns it. */
export interface ScenarioInput {
	name: string;
	year: number;
	params: ParamValues;
	overrides?: Readonly<Record<string, ParamValue>>;
}

/** Options: the baseline parameters observed take-up is learnt under (default: `learningBaseline(year, params)`). */
export interface SimulateOptions {
	baseline?: ParamValues;
}

/** The per-household evaluation query of a scenario, and the notices it raised (for charts and `simulate`). */
export async function prepareEvaluation(
	db: Db,
	scenario: ScenarioInput,
	options: SimulateOptions = {}
): Promise<{ sql: string; notices: string[] }> {
	const params = scenario.params;
	await ensureHouseholdFeatures(db, params);
	const notices: string[] = [];
	let observed = params['takeup.mode'] === 'observed';
	if (observed && !(await hasValues(db, 'households', 'applied'))) {
		observed = false;
		notices.push('takeup.mode is "observed" but the dataset has no `applied` column: full take-up was used instead.');
	}
	const medianNotice = await queryDatasetMedianNotice(db, params);
	if (medianNotice) notices.push(medianNotice);
	const loanNotice = await queryLoanAmountsNotice(db, params);
	if (loanNotice) notices.push(loanNotice);
	const gapData = await queryGapData(db);
	const gapNoticeText = gapNotice(gapData);
	if (gapNoticeText) notices.push(gapNoticeText);
	const baseline = options.baseline ?? learningBaseline(scenario.year, params);
	const sources = {
		medians: await cachedTable(db, 'medians', medianSql(params)),
		takeup: await cachedTable(db, 'takeup', takeupSql(params, baseline, observed, gapData))
	};
	return { sql: evaluationSql(params, { baseline, observedTakeup: observed, sources }), notices };
}

/** Simulates `scenario` on the installed `households` and `persons` tables (contract §3). */
export async function simulate(db: Db, scenario: ScenarioInput, options: SimulateOptions = {}): Promise<SimulationResult> {
	// Evaluate once into a table both grouped queries read; a unique name keeps concurrent runs apart.
	const table = `sim_eval_${++runs}`;
	const notices = await evaluateInto(db, scenario, table, options);
	try {
		return await summarizeEvaluation(db, scenario, table, notices);
	} finally {
		await db.query(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
	}
}

/** Evaluates `scenario` household by household into temp table `table` (replaced); returns the notices. */
export async function evaluateInto(db: Db, scenario: ScenarioInput, table: string, options: SimulateOptions = {}): Promise<string[]> {
	const { sql, notices } = await prepareEvaluation(db, scenario, options);
	await db.query(`CREATE OR REPLACE TEMP TABLE ${quoteIdent(table)} AS ${sql}`);
	return notices;
}

/** The contract §3 result of an evaluation table made by `evaluateInto` (the dashboard and the CLI share it). */
export async function summarizeEvaluation(
	db: Db,
	scenario: ScenarioInput,
	table: string,
	notices: string[] = []
): Promise<SimulationResult> {
	const evaluated = `SELECT * FROM ${quoteIdent(table)}`;
	const rows = await db.query(figuresSql(evaluated));
	const total = rows.find((r) => r.is_total === 1) ?? ({} as Row);
	const byRegion: Record<string, Totals> = {};
	for (const code of REGION_CODES) byRegion[code] = totalsFromRow(rows.find((r) => r.is_total === 0 && r.region === code) ?? {});
	const reference = { totals: totalsFromRow(total), by_region: byRegion };
	const year = await yearOf(db, scenario, reference, notices);
	const result: SimulationResult = {
		scenario: { name: scenario.name, year: scenario.year, params: scenario.params, overrides: scenario.overrides ?? {} },
		dataset: {
			households: Number(total.households ?? 0),
			persons: Number(total.persons ?? 0),
			weighted_households: Number(total.weighted_households ?? 0),
			weighted_persons: Number(total.weighted_persons ?? 0)
		},
		totals: year.totals,
		by_region: year.by_region,
		notices
	};
	const impact = impactByRegion(await db.query(impactSql(evaluated, scenario.params)));
	result.totals.impact = impact.total;
	for (const code of REGION_CODES) result.by_region[code].impact = impact.byRegion[code];
	if (await hasValues(db, 'hh', 'consumption_monthly')) {
		const quintiles = await cachedTable(db, 'quintiles', QUINTILE_SQL);
		addTargeting(result, await db.query(targetingSql(evaluated, quintiles)));
	}
	return result;
}

let runs = 0;

/**
 * The year's figures (sim/year.ts) from the reference quarter's and the other quarters' laws, each distinct law
 * evaluated once straight into its grouped figures; their notices join `notices`.
 */
async function yearOf(db: Db, scenario: ScenarioInput, reference: QuarterFigures, notices: string[]): Promise<QuarterFigures> {
	const sets = distinctQuarters(scenario.year, scenario.params);
	const notice = quartersNotice(scenario.year);
	if (notice && !notices.includes(notice)) notices.push(notice);
	if (sets.length === 1) return reference;
	const baseline = learningBaseline(scenario.year, scenario.params);
	const figures: QuarterFigures[] = [reference];
	for (const set of sets.slice(1)) {
		const { sql, notices: own } = await prepareEvaluation(db, { ...scenario, params: set.params }, { baseline });
		for (const n of own) if (!notices.includes(n)) notices.push(n);
		const rows = await db.query(figuresSql(sql));
		const byRegion: Record<string, Totals> = {};
		for (const code of REGION_CODES) byRegion[code] = totalsFromRow(rows.find((r) => r.is_total === 0 && r.region === code) ?? {});
		figures.push({ totals: totalsFromRow(rows.find((r) => r.is_total === 1) ?? {}), by_region: byRegion });
	}
	await ensureHouseholdFeatures(db, scenario.params); // the reference quarter's ages stay in `hh` for the views
	return yearFigures(spreadQuarters(sets, figures), scenario.params);
}

// The targeting measures of the registry (measures.ts), each read from its column of `targetingSql`, named by its field.
const TARGETING = summedOf('targeting').map((d) => ({ field: fieldOf(d), nullable: mayBeNull(d.value) }));

/** One row of `targetingSql` as targeting totals: a share NULL in SQL (nobody to divide by) stays null, a count is 0. */
function targetingFromRow(r: Row | undefined): TargetingTotals {
	const out: Record<string, number | null> = {};
	for (const { field, nullable } of TARGETING) {
		const v = r?.[field];
		out[field] = v === null || v === undefined ? (nullable ? null : 0) : Number(v);
	}
	return out as unknown as TargetingTotals;
}

function addTargeting(result: SimulationResult, rows: Row[]): void {
	result.totals.targeting = targetingFromRow(rows.find((r) => r.is_total === 1));
	for (const code of REGION_CODES)
		result.by_region[code].targeting = targetingFromRow(rows.find((r) => r.is_total === 0 && r.region === code));
}

async function hasValues(db: Db, table: string, column: string): Promise<boolean> {
	const cols = await db.query('SELECT 1 FROM duckdb_columns() WHERE table_name = ? AND column_name = ?', [table, column]);
	if (cols.length === 0) return false;
	const rows = await db.query(`SELECT count(${quoteIdent(column)}) AS n FROM ${quoteIdent(table)}`);
	return Number(rows[0]?.n ?? 0) > 0;
}
