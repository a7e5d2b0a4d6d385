// The compare page's state as a URL query: which scenarios are the columns, the measure, and the regions for local rules.
import { isRegionCode, type RegionCode } from '$lib/data/regions';
import { isSupportedYear } from '$lib/rules/baseline';
import { resolveScenario, ScenarioError, type ResolvedScenario } from '$lib/rules/scenario';
import type { SavedScenario } from '$lib/state/saved-scenarios';
import { isMeasure, MEASURES, type Measure } from './measures';

/** Where a column's scenario comes from: the law of a year, a saved scenario (by name), or a scenario file's content. */
export type ColumnSource =
	| { kind: 'law'; year: number }
	| { kind: 'saved'; name: string }
	| { kind: 'file'; name: string; year: number; params: Record<string, unknown> };

/** Everything the compare page's link carries. */
export interface CompareState {
	columns: ColumnSource[];
	measure: Measure;
	regions: RegionCode[];
}

/** At most this many scenarios side by side. */
export const MAX_COLUMNS = 4;

/** The page with nothing chosen: the law of 2026 alone, expected cost, Almaty and Astana for local rules. */
export const DEFAULT_COMPARE: CompareState = {
	columns: [{ kind: 'law', year: 2026 }],
	measure: MEASURES[4].key,
	regions: ['almaty', 'astana']
};

function encodeColumn(c: ColumnSource): string {
	if (c.kind === 'law') return `law:${c.year}`;
	if (c.kind === 'saved') return `saved:${c.name}`;
	return `file:${JSON.stringify({ name: c.name, year: c.year, params: c.params })}`;
}

/** Encodes the state as query parameters (`col` once per column, in order). */
export function compareToSearch(state: CompareState, lang: string): string {
	const q = new URLSearchParams();
	for (const c of state.columns) q.append('col', encodeColumn(c));
	q.set('measure', state.measure);
	if (state.regions.length > 0) q.set('regions', state.regions.join(','));
	if (lang !== 'en') q.set('lang', lang);
	return q.toString();
}

function decodeColumn(text: string): ColumnSource | string {
	const colon = text.indexOf(':');
	const kind = text.slice(0, colon);
	const rest = text.slice(colon + 1);
	if (kind === 'law') return isSupportedYear(Number(rest)) ? { kind: 'law', year: Number(rest) } : `year ${rest} is not supported`;
	if (kind === 'saved') return rest.trim() ? { kind: 'saved', name: rest } : 'a saved scenario needs a name';
	if (kind === 'file') {
		try {
			const s = resolveScenario(JSON.parse(rest));
			return { kind: 'file', name: s.name, year: s.year, params: { ...s.overrides } };
		} catch (e) {
			return e instanceof ScenarioError
				? e.problems.filter((p) => !p.startsWith('valid paths:')).join('; ')
				: 'a scenario column is not valid JSON';
		}
	}
	return `unknown column ${JSON.stringify(text.slice(0, 40))}`;
}

/** Decodes the query; invalid columns, measures or regions are dropped and reported. */
export function compareFromSearch(search: string): { state: CompareState; problems: string[] } {
	const q = new URLSearchParams(search);
	const problems: string[] = [];
	const columns: ColumnSource[] = [];
	for (const text of q.getAll('col')) {
		const c = decodeColumn(text);
		if (typeof c === 'string') problems.push(c);
		else if (columns.length < MAX_COLUMNS) columns.push(c);
		else problems.push(`only ${MAX_COLUMNS} scenarios fit side by side`);
	}
	const m = q.get('measure');
	if (m !== null && !isMeasure(m)) problems.push(`unknown measure ${JSON.stringify(m)}`);
	const regions = (q.get('regions') ?? '').split(',').filter((r) => r !== '');
	for (const r of regions) if (!isRegionCode(r)) problems.push(`unknown region ${JSON.stringify(r)}`);
	return {
		state: {
			columns: columns.length > 0 ? columns : DEFAULT_COMPARE.columns,
			measure: m !== null && isMeasure(m) ? m : DEFAULT_COMPARE.measure,
			regions: q.has('regions') ? regions.filter(isRegionCode) : DEFAULT_COMPARE.regions
		},
		problems
	};
}

/**
 * A column's scenario resolved against its year's law and the dataset's own parameters (`data.*`, which the
 * scenario may override), or why it cannot be (a saved scenario that is gone).
 */
export function resolveColumn(
	c: ColumnSource,
	saved: readonly SavedScenario[],
	dataParams: Record<string, unknown> = {}
): ResolvedScenario | string {
	if (c.kind === 'law') return resolveScenario({ name: `Law of ${c.year}`, year: c.year, params: { ...dataParams } });
	if (c.kind === 'file') return resolveScenario({ name: c.name, year: c.year, params: { ...dataParams, ...c.params } });
	const s = saved.find((x) => x.name === c.name);
	return s
		? resolveScenario({ name: s.name, year: s.year, params: { ...dataParams, ...s.overrides } })
		: `no saved scenario called ${JSON.stringify(c.name)} in this browser`;
}
