// Which parameters the panel shows, in which group: chosen by path prefix from the rulebook, never listed by hand.
import { isRegionCode, type RegionCode } from '../../lib/data/regions';
import { listPaths } from '../../lib/rules/baseline';

/** Identifier of a group of controls (also its message key suffix). */
export type GroupId = 'poverty_line' | 'child_supplement' | 'assets' | 'conditional' | 'income' | 'local' | 'takeup' | 'indices';

/** A group of controls and the parameter paths it shows, in the order of its prefixes, then rulebook order. */
export interface ControlGroup {
	id: GroupId;
	paths: string[];
}

// Prefixes per group; `{region}` is the focused region, and a group whose prefixes all need one is left out without it.
const PREFIXES: Record<GroupId, string[]> = {
	poverty_line: ['tsa.poverty_line.', 'tsa.poverty_line.median_income.{region}', 'indices.pm_regional.{region}'],
	child_supplement: ['tsa.child_supplement.'],
	assets: ['tsa.assets.', 'tsa.spending.'],
	conditional: ['tsa.conditional.', 'tsa.able_bodied.'],
	income: ['tsa.income.'],
	local: ['local.{region}.'],
	takeup: ['takeup.'],
	indices: ['indices.pm', 'indices.mrp', 'indices.min_wage', 'indices.pension_age.']
};

function matches(path: string, prefix: string): boolean {
	// A prefix without a trailing dot names one parameter exactly (indices.pm must not take indices.pm_regional.*);
	// one with a dot takes no entry of a per-region table (`….<region>`): only the focused region's, named exactly.
	if (!prefix.endsWith('.')) return path === prefix;
	return path.startsWith(prefix) && !isRegionCode(path.slice(path.lastIndexOf('.') + 1));
}

/** The groups of controls for the focused region (or the whole country), each with its parameter paths. */
export function controlGroups(region: RegionCode | null): ControlGroup[] {
	const paths = listPaths();
	return (Object.keys(PREFIXES) as GroupId[])
		.map((id) => {
			const prefixes = PREFIXES[id]
				.filter((p) => region !== null || !p.includes('{region}'))
				.map((p) => p.replace('{region}', region ?? ''));
			return { id, paths: prefixes.flatMap((p) => paths.filter((path) => matches(path, p))) };
		})
		.filter((g) => g.paths.length > 0);
}
