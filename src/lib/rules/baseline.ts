// Baseline parameter sets by year: the values in effect on 1 July of the year.
import { entryAt, valueAt, type Parameter, type ParamValue, type ParamValues } from './parameter';
import { PARAMETERS } from './parameters/index';

export type { ParamValue, ParamValues } from './parameter';

/** Years with a baseline (the Social Code era). */
export const SUPPORTED_YEARS: readonly number[] = [2023, 2024, 2025, 2026];

const BY_PATH: ReadonlyMap<string, Parameter> = new Map(PARAMETERS.map((p) => [p.path, p]));
const CACHE = new Map<number, ParamValues>();

/** The date a year's baseline is read at (values in effect on 1 July). */
export function baselineDate(year: number): string {
	return `${year}-07-01`;
}

/** True when `year` has a baseline. */
export function isSupportedYear(year: unknown): year is number {
	return typeof year === 'number' && SUPPORTED_YEARS.includes(year);
}

/** The frozen baseline parameter set of `year`; other years are refused. */
export function baselineFor(year: number): ParamValues {
	if (!isSupportedYear(year))
		throw new RangeError(`No baseline for year ${String(year)}: supported years are ${SUPPORTED_YEARS.join(', ')}`);
	let values = CACHE.get(year);
	if (!values) {
		const date = baselineDate(year);
		const entries: [string, ParamValue][] = PARAMETERS.map((p) => [p.path, valueAt(p, date)]);
		values = Object.freeze(Object.fromEntries(entries));
		CACHE.set(year, values);
	}
	return values;
}

const LAW_CACHE = new Map<string, { values: ParamValues; before: string[] }>();

/**
 * The law in force on `date` (YYYY-MM-DD): every parameter's value on that date. A parameter that begins later reads
 * its first value, and `before` lists it (callers say so).
 */
export function lawAt(date: string): { values: ParamValues; before: string[] } {
	let law = LAW_CACHE.get(date);
	if (!law) {
		const before: string[] = [];
		const entries: [string, ParamValue][] = PARAMETERS.map((p) => {
			const entry = entryAt(p, date);
			if (entry) return [p.path, entry.value];
			before.push(p.path);
			const first = p.values.reduce((a, b) => (b.from < a.from ? b : a));
			return [p.path, first.value];
		});
		law = { values: Object.freeze(Object.fromEntries(entries)), before };
		LAW_CACHE.set(date, law);
	}
	return law;
}

/** Metadata (label, unit, kind, history, references, status) of the parameter at `path`, or undefined. */
export function parameterAt(path: string): Parameter | undefined {
	return BY_PATH.get(path);
}

/** Every parameter path, in rulebook order. */
export function listPaths(): string[] {
	return PARAMETERS.map((p) => p.path);
}
