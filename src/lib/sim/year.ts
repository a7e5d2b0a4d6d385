// A year's figures from its four quarters' (rules/quarters.ts): what is standing, what adds up over the year.
import { REGION_CODES } from '../data/regions';
import { evaluate } from '../rules/expr';
import type { ParamValues } from '../rules/parameter';
import { quarterParams, REFERENCE_QUARTER } from '../rules/quarters';
import { assignedPerStanding } from '../rules/tsa/caseload';
import type { Totals } from './result';

/** The figures of one quarter's law: national totals and totals by region. */
export interface QuarterFigures {
	totals: Totals;
	by_region: Record<string, Totals>;
}

/**
 * The year's totals. Standing figures (eligible, expected, monthly, the gap's counts, targeting) are the reference
 * quarter's (the law of 1 July). Annual costs (`expected_annual_cost_kzt`, `unclaimed_annual_kzt`, local
 * `annual_cost_kzt`) are the sum of the quarters' (each quarter a quarter of its annualised cost). Families assigned in
 * the year: by region, the first quarter's standing caseload, plus each quarter's growth over the one before, plus the
 * turnover share of the year's mean caseload; nationally the sum of the regions.
 */
export function yearFigures(quarters: readonly QuarterFigures[], params: ParamValues): QuarterFigures {
	const reference = quarters[REFERENCE_QUARTER];
	const perStanding = Number(evaluate(assignedPerStanding.expr, {}, params));
	const by_region: Record<string, Totals> = {};
	for (const code of Object.keys(reference.by_region))
		by_region[code] = yearTotals(
			quarters.map((q) => q.by_region[code]),
			perStanding
		);
	const totals = yearTotals(
		quarters.map((q) => q.totals),
		perStanding
	);
	const regions = REGION_CODES.filter((code) => by_region[code]);
	if (regions.length > 0) {
		totals.tsa.assigned_in_year_households = sum(regions.map((code) => by_region[code].tsa.assigned_in_year_households));
		totals.tsa.assigned_in_year_persons = sum(regions.map((code) => by_region[code].tsa.assigned_in_year_persons));
	}
	return { totals, by_region };
}

// A slider move asks for the same frozen parameter set's quarters several times (covers, then figures).
const distinctCache = new WeakMap<ParamValues, { year: number; sets: { params: ParamValues; quarters: number[] }[] }>();

/**
 * The distinct parameter sets among the year's quarters, reference first, with the quarters each stands for: quarters
 * with the same law are evaluated once.
 */
export function distinctQuarters(year: number, params: ParamValues): { params: ParamValues; quarters: number[] }[] {
	const hit = distinctCache.get(params);
	if (hit?.year === year) return hit.sets;
	const sets = quarterParams(year, params);
	const out: { params: ParamValues; quarters: number[]; key: string }[] = [];
	const order = [REFERENCE_QUARTER, ...[0, 1, 2, 3].filter((q) => q !== REFERENCE_QUARTER)];
	for (const q of order) {
		const key = q === REFERENCE_QUARTER ? '[]' : differenceKey(sets[q], sets[REFERENCE_QUARTER]);
		const same = out.find((o) => o.key === key);
		if (same) same.quarters.push(q);
		else out.push({ params: sets[q], quarters: [q], key });
	}
	const distinct = out.map(({ params: p, quarters }) => ({ params: p, quarters }));
	if (Object.isFrozen(params)) distinctCache.set(params, { year, sets: distinct });
	return distinct;
}

/** Spreads the figures of each distinct set (in `distinctQuarters` order) over the four quarters. */
export function spreadQuarters<T>(sets: readonly { quarters: number[] }[], figures: readonly T[]): T[] {
	const out: T[] = [];
	sets.forEach((set, i) => set.quarters.forEach((q) => (out[q] = figures[i])));
	return out;
}

function yearTotals(quarters: readonly Totals[], perStanding: number): Totals {
	const reference = quarters[REFERENCE_QUARTER];
	const out = copyFigures(reference);
	const quarterOf = (annual: (t: Totals) => number): number => sum(quarters.map((t) => annual(t) / 4));
	out.tsa.expected_annual_cost_kzt = quarterOf((t) => t.tsa.expected_annual_cost_kzt);
	out.gap.unclaimed_annual_kzt = quarterOf((t) => t.gap.unclaimed_annual_kzt);
	out.local.annual_cost_kzt = quarterOf((t) => t.local.annual_cost_kzt);
	out.tsa.assigned_in_year_households = assigned(
		quarters.map((t) => t.tsa.assigned_in_year_households / perStanding),
		perStanding
	);
	out.tsa.assigned_in_year_persons = assigned(
		quarters.map((t) => t.tsa.assigned_in_year_persons / perStanding),
		perStanding
	);
	return out;
}

/** Entrants over the year from the quarters' standing caseloads: the first, each rise, and turnover on the mean. */
function assigned(standing: readonly number[], perStanding: number): number {
	if (!(perStanding > 0)) return 0;
	let entrants = standing[0];
	for (let q = 1; q < standing.length; q++) entrants += Math.max(0, standing[q] - standing[q - 1]);
	return entrants + (perStanding - 1) * (sum(standing) / standing.length);
}

function differenceKey(a: ParamValues, b: ParamValues): string {
	if (a === b) return '[]';
	const diff: [string, unknown][] = [];
	for (const path of Object.keys(a)) if (!Object.is(a[path], b[path])) diff.push([path, a[path]]);
	return JSON.stringify(diff);
}

/** A copy of plain figures (objects, arrays and primitives), as structuredClone gives but several times faster. */
function copyFigures<T>(value: T): T {
	if (value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map(copyFigures) as T;
	const out: Record<string, unknown> = {};
	for (const [key, v] of Object.entries(value)) out[key] = copyFigures(v);
	return out as T;
}

function sum(values: readonly number[]): number {
	return values.reduce((a, b) => a + b, 0);
}
