// Which parameters the panel shows, in which group: chosen by path prefix from the rulebook, never listed by hand.
import { isRegionCode, type RegionCode } from '../../lib/data/regions';
import { listPaths } from '../../lib/rules/baseline';

/** Identifier of a group of controls (also its message key suffix). */
export type GroupId =
	'local' | 'regional' | 'poverty_line' | 'child_supplement' | 'assets' | 'conditional' | 'income' | 'takeup' | 'indices';

/** Whose lever a group is: the focused region's own (its maslikhat's, its statistics) or the national rules. */
export type GroupScope = 'region' | 'national';

/** A group of controls and the parameter paths it shows, in the order of its prefixes, then rulebook order. */
export interface ControlGroup {
	id: GroupId;
	scope: GroupScope;
	paths: string[];
}

// The focused region's own groups, shown first: its maslikhat's local assistance, then its ПМ and median income.
const REGION_GROUPS: readonly GroupId[] = ['local', 'regional'];

// Prefixes per group, region's own first; `{region}` is the focused region, and a group whose prefixes all need one
// is left out without it.
const PREFIXES: Record<GroupId, string[]> = {
	local: ['local.{region}.'],
	regional: ['indices.pm_regional.{region}', 'tsa.poverty_line.median_income.{region}'],
	poverty_line: ['tsa.poverty_line.'],
	child_supplement: ['tsa.child_supplement.'],
	assets: ['tsa.assets.', 'tsa.spending.'],
	conditional: ['tsa.conditional.', 'tsa.able_bodied.'],
	income: ['tsa.income.'],
	takeup: ['takeup.'],
	indices: ['indices.pm', 'indices.mrp', 'indices.min_wage', 'indices.pension_age.']
};

function matches(path: string, prefix: string): boolean {
	// A prefix without a trailing dot names one parameter exactly (indices.pm must not take indices.pm_regional.*);
	// one with a dot takes no entry of a per-region table (`….<region>`): only the focused region's, named exactly.
	if (!prefix.endsWith('.')) return path === prefix;
	return path.startsWith(prefix) && !isRegionCode(path.slice(path.lastIndexOf('.') + 1));
}

/**
 * The groups of controls for the focused region (or the whole country), each with its parameter paths: with a
 * region, its own groups come first, then the national ones.
 */
export function controlGroups(region: RegionCode | null): ControlGroup[] {
	const paths = listPaths();
	return (Object.keys(PREFIXES) as GroupId[])
		.map((id) => {
			const prefixes = PREFIXES[id]
				.filter((p) => region !== null || !p.includes('{region}'))
				.map((p) => p.replace('{region}', region ?? ''));
			const scope: GroupScope = REGION_GROUPS.includes(id) ? 'region' : 'national';
			return { id, scope, paths: prefixes.flatMap((p) => paths.filter((path) => matches(path, p))) };
		})
		.filter((g) => g.paths.length > 0);
}
