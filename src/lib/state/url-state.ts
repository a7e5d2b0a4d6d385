// The dashboard's whole state as a URL query, so that a link restores exactly what was shown.
import { isRegionCode, type RegionCode } from '$lib/data/regions';
import { isSupportedYear, parameterAt } from '$lib/rules/baseline';
import { valueProblem, type ParamValue } from '$lib/rules/parameter';

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
	const year = Number(q.get('year') ?? DEFAULT_STATE.year);
	if (isSupportedYear(year)) state.year = year;
	else problems.push(`year ${q.get('year')} is not supported`);
	state.name = (q.get('name') ?? '').slice(0, 200);
	const region = q.get('region');
	if (region && isRegionCode(region)) state.region = region;
	else if (region) problems.push(`unknown region ${JSON.stringify(region)}`);
	const lang = q.get('lang');
	if (lang && locales.includes(lang)) state.locale = lang;
	const budget = q.get('budget');
	if (budget !== null) {
		const b = Number(budget);
		if (Number.isFinite(b) && b > 0 && b < 1e15) state.budget = b;
		else problems.push(`budget ${JSON.stringify(budget)} is not a positive amount`);
	}
	for (const [key, text] of q) {
		if (!key.startsWith(SET)) continue;
		const path = key.slice(SET.length);
		const param = parameterAt(path);
		if (!param) {
			problems.push(`unknown parameter ${JSON.stringify(path)}`);
			continue;
		}
		const value = decode(text, param.kind.type);
		const problem = valueProblem(param, value);
		if (problem) problems.push(problem);
		else state.overrides[path] = value;
	}
	return { state, problems };
}

function decode(text: string, type: string): ParamValue {
	if (text === 'null') return null;
	if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
	if (type === 'number' || type === 'integer') return text.trim() === '' ? text : Number(text);
	return text;
}
