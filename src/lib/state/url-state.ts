// The dashboard's whole state as a URL query, so that a link restores exactly what was shown.
import { isRegionCode, type RegionCode } from '$lib/data/regions';
import { isSupportedYear, parameterAt } from '$lib/rules/baseline';
import { valueProblem, type ParamValue } from '$lib/rules/parameter';
import { pathsProblem } from '$lib/rules/scenario';

/** Everything a link carries: the scenario, the focused region, the language and a typed budget. */
export interface DashboardState {
	year: number;
	name: string;
	overrides: Record<string, ParamValue>;
	region: RegionCode | null;
	locale: string;
	budget: number | null;
}

/** The state of a fresh dashboard: the law of 2026, all regions, English. */
export const DEFAULT_STATE: DashboardState = { year: 2026, name: '', overrides: {}, region: null, locale: 'en', budget: null };

const SET = 'set.';
/** A plain decimal as a link writes it: no hex, no "Infinity", no spaces, no empty text. */
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const YEAR = /^\d{4}$/;

/** The number a link's text writes as a plain decimal, or null for anything else ("abc", "0x10", "", " 1"). */
export function parseLinkNumber(text: string): number | null {
	if (!DECIMAL.test(text)) return null;
	const v = Number(text);
	return Number.isFinite(v) ? v : null;
}

/** Encodes a state as URL query parameters, leaving out what equals the default. */
export function stateToSearch(state: DashboardState): string {
	const q = new URLSearchParams();
	if (state.year !== DEFAULT_STATE.year) q.set('year', String(state.year));
	if (state.name) q.set('name', state.name);
	if (state.region) q.set('region', state.region);
	if (state.locale !== DEFAULT_STATE.locale) q.set('lang', state.locale);
	if (state.budget !== null) q.set('budget', String(state.budget));
	for (const path of Object.keys(state.overrides).sort()) q.set(SET + path, String(state.overrides[path]));
	return q.toString();
}

/** Decodes URL query parameters into a state; anything unknown or invalid is dropped and reported. */
export function stateFromSearch(search: string, locales: readonly string[]): { state: DashboardState; problems: string[] } {
	const q = new URLSearchParams(search);
	const problems: string[] = [];
	const state: DashboardState = { ...DEFAULT_STATE, overrides: {} };
	const yearText = q.get('year');
	if (yearText !== null) {
		const year = YEAR.test(yearText) ? Number(yearText) : NaN;
		if (isSupportedYear(year)) state.year = year;
		else problems.push(`year ${JSON.stringify(yearText.slice(0, 40))} is not a supported year`);
	}
	state.name = (q.get('name') ?? '').slice(0, 200);
	const region = q.get('region');
	if (region && isRegionCode(region)) state.region = region;
	else if (region) problems.push(`unknown region ${JSON.stringify(region)}`);
	const lang = q.get('lang');
	if (lang && locales.includes(lang)) state.locale = lang;
	const budget = q.get('budget');
	if (budget !== null) {
		const b = parseLinkNumber(budget);
		if (b !== null && b > 0 && b < 1e15) state.budget = b;
		else problems.push(`budget ${JSON.stringify(budget.slice(0, 40))} is not a positive amount in tenge written as a plain number`);
	}
	const unknown: string[] = [];
	for (const [key, text] of q) {
		if (!key.startsWith(SET)) continue;
		const path = key.slice(SET.length);
		const param = parameterAt(path);
		if (!param) {
			unknown.push(path);
			continue;
		}
		const value = decode(text, param.kind.type);
		const problem = valueProblem(param, value);
		if (problem) problems.push(problem);
		else state.overrides[path] = value;
	}
	if (unknown.length > 0) problems.push(pathsProblem('unknown parameter', unknown));
	return { state, problems };
}

/** A link's text as a value of `type`; text that is not one stays text, so that `valueProblem` names it. */
function decode(text: string, type: string): ParamValue {
	if (text === 'null') return null;
	if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
	if (type === 'number' || type === 'integer') return parseLinkNumber(text) ?? text;
	return text;
}
