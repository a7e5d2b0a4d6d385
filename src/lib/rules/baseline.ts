// Baseline parameter sets by year: the values in effect on 1 July of the year.
import { valueAt, type Parameter, type ParamValue, type ParamValues } from './parameter';
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

/** Metadata (label, unit, kind, history, references, status) of the parameter at `path`, or undefined. */
export function parameterAt(path: string): Parameter | undefined {
	return BY_PATH.get(path);
}

/** Every parameter path, in rulebook order. */
export function listPaths(): string[] {
	return PARAMETERS.map((p) => p.path);
}
