// Test support for the views' column figures: the 2026 law against seeded random scenarios, evaluated in SQL into the
// live tables (eval_baseline, eval_scenario), and the same evaluation as columns two ways (read back from those tables,
// and made by the column kernel from the household columns, rows in another order), so a test can hold a view's
// `columns` figures equal to its `sql` figures.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '$lib/db/db';
import { installDataset } from '$lib/data/dataset';
import { readDatasetFolder } from '$lib/data/load-folder-node';
import { REGION_CODES } from '$lib/data/regions';
import type { ParamValue } from '$lib/rules/parameter';
import { resolveScenario, type ResolvedScenario } from '$lib/rules/scenario';
import { evaluateInto } from '$lib/sim/simulate';
import { readEvaluatedHouseholds, type EvaluatedHouseholds } from '$lib/sim/evaluated-columns';
import { mulberry32 } from '$lib/sim/testing/generate';
import { EVAL_TABLES } from '$lib/state/live.svelte';
import { evaluateColumns, evaluatedHouseholds } from '$lib/fast/evaluate-households';
import { readHouseholdColumns, type HouseholdColumns } from '$lib/fast/household-columns';

/** The datasets the column figures are checked on: the hand-worked fixture and the embedded survey. */
export const DATASETS = ['tests/fixtures/good', 'datasets/embedded'] as const;

/** The 2026 law: the baseline of every pair. */
export const LAW = resolveScenario({ name: 'law', year: 2026, params: {} });

const TESTS_OFF = [
	'tsa.assets.max_vehicles',
	'tsa.assets.max_dwellings',
	'tsa.assets.max_land_plots',
	'tsa.assets.max_deposits_mrp',
	'tsa.assets.loan_limit_pm_per_member_quarter'
];

/** A seeded random reform of 2026: an asset test off, observed take-up, a higher line, and regional overrides, each or not. */
export function randomScenario(seed: number): ResolvedScenario {
	const next = mulberry32(seed);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
	const params: Record<string, ParamValue> = {};
	if (next() < 0.7) params[pick(TESTS_OFF)] = null;
	if (next() < 0.5) params['takeup.mode'] = 'observed';
	if (next() < 0.7) params['tsa.poverty_line.pm_share'] = 0.7 + 1.3 * next();
	for (const r of REGION_CODES) if (next() < 0.15) params[`indices.pm_regional.${r}`] = Math.round(40_000 + 60_000 * next());
	return resolveScenario({ name: `random ${seed}`, year: 2026, params });
}

/** The scenarios of every check: each kind of change alone, then random mixes. */
export const SCENARIOS: ResolvedScenario[] = [
	LAW,
	resolveScenario({ name: 'vehicle test off', year: 2026, params: { 'tsa.assets.max_vehicles': null } }),
	resolveScenario({ name: 'observed take-up', year: 2026, params: { 'takeup.mode': 'observed' } }),
	resolveScenario({ name: 'line at 1.6 × ПМ', year: 2026, params: { 'tsa.poverty_line.pm_share': 1.6 } }),
	resolveScenario({ name: 'Turkestan ПМ 90 000', year: 2026, params: { 'indices.pm_regional.turkestan': 90_000 } }),
	...[20261206, 7, 42].map(randomScenario)
];

/** Scenarios with the card-spending test on, which compares spending with the line: no prefix index answers them. */
export const SPENDING_SCENARIOS: ResolvedScenario[] = [
	resolveScenario({ name: 'card-spending test', year: 2026, params: { 'tsa.spending.max_card_spending_line_share': 1 } }),
	resolveScenario({
		name: 'card-spending test, observed take-up, vehicles',
		year: 2026,
		params: { 'tsa.spending.max_card_spending_line_share': 0.8, 'takeup.mode': 'observed', 'tsa.assets.max_vehicles': 1 }
	})
];

/** The regions a view is asked about: the nation, and a few focused regions (some absent from the small fixture). */
export const FOCUS = [null, 'turkestan', 'astana', 'mangystau', 'ulytau'] as const;

let columns: Promise<HouseholdColumns> | null = null;

/** Installs the dataset in `folder`. */
export async function installFolder(db: Db, folder: string): Promise<void> {
	columns = null;
	await installDataset(db, await readDatasetFolder(folder));
}

/** The installed dataset's evaluation of the law and `scenario`, as columns: read from SQL's tables, and from the kernel. */
export type EvaluatedBothWays = { read: EvaluatedHouseholds; kernel: EvaluatedHouseholds };

/** Evaluates the law into eval_baseline and `scenario` into eval_scenario, and reads both back as columns. */
export async function evaluatePair(db: Db, scenario: ResolvedScenario): Promise<EvaluatedHouseholds> {
	await evaluateInto(db, LAW, EVAL_TABLES.baseline);
	await evaluateInto(db, scenario, EVAL_TABLES.scenario);
	return readEvaluatedHouseholds(db, EVAL_TABLES);
}

/**
 * `evaluatePair`, and the same two evaluations computed by the column kernel from the household columns (rows in
 * region and income order, not hh_id order), the scenario sharing the law's unchanged columns as the app's does.
 */
export async function evaluateBothWays(db: Db, scenario: ResolvedScenario): Promise<EvaluatedBothWays> {
	const read = await evaluatePair(db, scenario);
	const h = await (columns ??= readHouseholdColumns(db, LAW.params));
	const law = evaluateColumns(h, LAW);
	return { read, kernel: evaluatedHouseholds(h, law, evaluateColumns(h, scenario, { scenario: LAW, columns: law })) };
}

/** A copy of the dataset in `folder` without the household columns `drop` (a plain CSV: no quoted commas). */
export function withoutColumns(folder: string, drop: readonly string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'komek-without-'));
	const [header, ...rows] = readFileSync(join(folder, 'households.csv'), 'utf8').trim().split('\n');
	const keep = header
		.split(',')
		.map((c, i) => (drop.includes(c) ? -1 : i))
		.filter((i) => i >= 0);
	const pick = (line: string) => {
		const cells = line.split(',');
		return keep.map((i) => cells[i]).join(',');
	};
	writeFileSync(join(dir, 'households.csv'), [header, ...rows].map(pick).join('\n') + '\n');
	writeFileSync(join(dir, 'persons.csv'), readFileSync(join(folder, 'persons.csv')));
	return dir;
}
