// The law of each quarter of a year: TSA is assigned quarter by quarter, under the rules in force at the quarter's start.
import { baselineDate, baselineFor, lawAt } from './baseline';
import type { ParamValues } from './parameter';

/** The first day of each of the year's four quarters (YYYY-MM-DD). */
export function quarterStarts(year: number): [string, string, string, string] {
	return [`${year}-01-01`, `${year}-04-01`, `${year}-07-01`, `${year}-10-01`];
}

/** Index in `quarterStarts` of the quarter whose law is the year's baseline (1 July): its figures are the standing ones. */
export const REFERENCE_QUARTER = 2;

const cache = new WeakMap<ParamValues, { year: number; quarters: ParamValues[] }>();

/**
 * The parameter sets of the year's four quarters. A scenario's own values (every entry of `params` that differs from
 * the law of 1 July, the dataset's parameters among them) hold in every quarter; the others follow the law in force at
 * each quarter's start. The reference quarter's set is `params` itself.
 */
export function quarterParams(year: number, params: ParamValues): ParamValues[] {
	const hit = cache.get(params);
	if (hit?.year === year) return hit.quarters;
	const law = baselineFor(year);
	const quarters = quarterStarts(year).map((start, q) => (q === REFERENCE_QUARTER ? params : quarterOf(params, law, lawAt(start).values)));
	if (Object.isFrozen(params)) cache.set(params, { year, quarters });
	return quarters;
}

// `params` under a quarter's law: the entries that differ from `law` kept, the others the quarter's. `params` itself when
// the quarter's law differs from `law` only where `params` does (every quarter of a year whose law does not change), so
// a slider's key press builds no copies of some 350 parameters.
function quarterOf(params: ParamValues, law: ParamValues, quarterLaw: ParamValues): ParamValues {
	for (const path in law) if (!(path in params)) return ownOver(params, law, quarterLaw);
	const moved = lawChanges(law, quarterLaw).filter((path) => Object.is(params[path], law[path]));
	if (moved.length === 0) return params;
	const out: Record<string, ParamValues[string]> = { ...params };
	for (const path of moved) out[path] = quarterLaw[path];
	return Object.freeze(out);
}

// The quarter's law with the entries of `params` that differ from `law` over it.
function ownOver(params: ParamValues, law: ParamValues, quarterLaw: ParamValues): ParamValues {
	const own: Record<string, ParamValues[string]> = {};
	for (const [path, value] of Object.entries(params)) if (!Object.is(law[path], value)) own[path] = value;
	return Object.freeze({ ...quarterLaw, ...own });
}

const changes = new WeakMap<ParamValues, { law: ParamValues; paths: string[] }>();

// The paths where `quarterLaw` differs from `law` (both the rulebook's, with the same paths), found once per pair.
function lawChanges(law: ParamValues, quarterLaw: ParamValues): string[] {
	const hit = changes.get(quarterLaw);
	if (hit?.law === law) return hit.paths;
	const paths = Object.keys(law).filter((path) => !Object.is(law[path], quarterLaw[path]));
	changes.set(quarterLaw, { law, paths });
	return paths;
}

/**
 * The parameters the rulebook has no value for at some quarter's start of `year` (they begin later, e.g. with the
 * Social Code on 1 July 2023): those quarters read their first value.
 */
export function quartersBeforeLaw(year: number): string[] {
	const paths = new Set<string>();
	for (const start of quarterStarts(year)) for (const path of lawAt(start).before) paths.add(path);
	return [...paths];
}

/** A notice when some quarter of `year` precedes parameters the rulebook has, or null. */
export function quartersNotice(year: number): string | null {
	const before = quartersBeforeLaw(year);
	if (before.length === 0) return null;
	const first = quarterStarts(year).find((start) => lawAt(start).before.length === 0) ?? baselineDate(year);
	return (
		`The rulebook starts ${before.length} parameter${before.length === 1 ? '' : 's'} later than ${year}-01-01 ` +
		`(the Social Code era from 2023-07-01): the quarters before ${first} are evaluated with their first values.`
	);
}
