// A scenario (contract §2) is a reform: dotted-path overrides applied to the baseline of a year, never evaluated.
import { z } from '../zod';
import { baselineFor, isSupportedYear, listPaths, parameterAt, SUPPORTED_YEARS } from './baseline';
import { valueProblem, type ParamValue, type ParamValues } from './parameter';

/** A scenario that failed validation; `problems` lists every reason, the message joins them. */
export class ScenarioError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(`Invalid scenario: ${problems.join('; ')}`);
		this.name = 'ScenarioError';
	}
}

/** A scenario resolved against its year's baseline. */
export interface ResolvedScenario {
	name: string;
	year: number;
	params: ParamValues;
	overrides: Readonly<Record<string, ParamValue>>;
}

/** The scenario file's shape (schema_version 1); params are checked against the rulebook separately. */
export const scenarioSchema = z.strictObject({
	schema_version: z.literal(1).optional(),
	name: z.string().trim().min(1, 'name must not be empty').max(200),
	year: z.number().int(),
	params: z.unknown().optional()
});

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_JSON_CHARS = 1_000_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

function validPathsText(): string {
	return `valid paths: ${listPaths().join(', ')}`;
}

/** Paths named in full in one problem; the rest are counted, so 60 000 unknown keys make one short line. */
const LISTED_PATHS = 10;

/** One problem naming the first few of `paths` (as `what`) and counting the rest. */
export function pathsProblem(what: string, paths: readonly string[]): string {
	const listed = paths.slice(0, LISTED_PATHS).map((p) => JSON.stringify(p.length > 80 ? p.slice(0, 80) + '…' : p));
	const more = paths.length - listed.length;
	return `${what}${paths.length === 1 ? '' : 's'} ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

function checkOverrides(raw: unknown): { overrides: Record<string, ParamValue>; problems: string[] } {
	const problems: string[] = [];
	const entries: [string, ParamValue][] = [];
	const forbidden: string[] = [];
	const unknown: string[] = [];
	if (raw === undefined) return { overrides: {}, problems };
	if (!isPlainObject(raw)) return { overrides: {}, problems: ['params must be an object of dotted-path overrides'] };
	for (const path of Object.keys(raw)) {
		if (path.split('.').some((segment) => FORBIDDEN_SEGMENTS.has(segment))) {
			forbidden.push(path);
			continue;
		}
		const param = parameterAt(path);
		if (!param) {
			unknown.push(path);
			continue;
		}
		const value = raw[path];
		const problem = valueProblem(param, value);
		if (problem) problems.push(problem);
		else entries.push([path, value as ParamValue]);
	}
	if (forbidden.length > 0) problems.unshift(`${pathsProblem('params key', forbidden)} ${forbidden.length === 1 ? 'is' : 'are'} forbidden`);
	if (unknown.length > 0) problems.push(pathsProblem('unknown parameter path', unknown));
	// The contract (§2) asks for the list of valid paths with any refused override, not only unknown ones.
	if (problems.length > 0) problems.push(validPathsText());
	return { overrides: Object.fromEntries(entries), problems };
}

/** Validates untrusted scenario input and applies it to a copy of the year's baseline. */
export function resolveScenario(input: unknown): ResolvedScenario {
	if (!isPlainObject(input)) throw new ScenarioError(['a scenario must be a JSON object { name, year, params }']);
	const parsed = scenarioSchema.safeParse(input);
	const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'scenario'}: ${issue.message}`);
	if (parsed.success && !isSupportedYear(parsed.data.year))
		problems.push(`year ${parsed.data.year} has no baseline; supported years are ${SUPPORTED_YEARS.join(', ')}`);
	const checked = checkOverrides(input.params);
	problems.push(...checked.problems);
	if (!parsed.success || problems.length > 0) throw new ScenarioError(problems);
	const { name, year } = parsed.data;
	const params = Object.freeze({ ...baselineFor(year), ...checked.overrides });
	return { name, year, params, overrides: Object.freeze(checked.overrides) };
}

/** Parses scenario JSON text and resolves it; invalid JSON is refused with a clear message. */
export function scenarioFromJsonText(text: string): ResolvedScenario {
	if (text.length > MAX_JSON_CHARS) throw new ScenarioError([`scenario file is larger than ${MAX_JSON_CHARS} characters`]);
	let input: unknown;
	try {
		// A browser's File.text() drops a byte-order mark and Node's readFile keeps it: drop it here for both.
		input = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (error) {
		throw new ScenarioError([`scenario is not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
	}
	return resolveScenario(input);
}
