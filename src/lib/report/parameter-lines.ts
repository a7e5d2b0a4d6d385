// The report's parameter tables: what the scenario changed against the law, and every value it used, grouped.
import { baselineDate, parameterAt } from '$lib/rules/baseline';
import { entryAt, type Parameter, type ParamValue, type Reference, type Status } from '$lib/rules/parameter';
import { provenance } from '$lib/rules/provenance';
import type { ResolvedScenario } from '$lib/rules/scenario';

/** One parameter as the report prints it: the law's value and status beside the scenario's. */
export interface ParameterLine {
	path: string;
	param: Parameter;
	law: ParamValue;
	value: ParamValue;
	/** Status of the law's entry in effect in the scenario's year. */
	lawStatus: Status;
	/** `scenario` when the user set the value, else the law's status. */
	status: Status | 'scenario';
	note?: string;
	references: readonly Reference[];
}

/** A titled group of lines: `indices`, `tsa`, `takeup`, `budget`, or `local.<region>`. */
export interface ParameterSection {
	id: string;
	lines: ParameterLine[];
}

/** Every parameter of `scenario` with its law value and pedigree, in path order. */
export function parameterLines(scenario: ResolvedScenario): ParameterLine[] {
	const date = baselineDate(scenario.year);
	const pedigree = provenance(scenario);
	return Object.keys(pedigree).map((path) => {
		const param = parameterAt(path)!;
		const entry = entryAt(param, date);
		const p = pedigree[path];
		return {
			path,
			param,
			law: entry?.value ?? null,
			value: scenario.params[path],
			lawStatus: entry?.status ?? param.status,
			status: p.status,
			...(entry?.note ? { note: entry.note } : {}),
			references: p.references
		};
	});
}

/** The lines whose scenario value differs from the law's. */
export function changedLines(scenario: ResolvedScenario): ParameterLine[] {
	return parameterLines(scenario).filter(
		(l) => Object.hasOwn(scenario.overrides, l.path) && l.value !== l.law && !l.path.startsWith('data.')
	);
}

/** The section a path is printed in: local rules per region, everything else by its first segment. */
export function sectionOf(path: string): string {
	const parts = path.split('.');
	return parts[0] === 'local' ? `local.${parts[1]}` : parts[0];
}

const ORDER = ['tsa', 'indices', 'takeup', 'data', 'budget'];

/** The lines grouped into sections: TSA, indices, take-up, budget, then each region's local rules. */
export function parameterSections(lines: ParameterLine[]): ParameterSection[] {
	const byId = new Map<string, ParameterLine[]>();
	for (const line of lines) {
		const id = sectionOf(line.path);
		byId.set(id, [...(byId.get(id) ?? []), line]);
	}
	const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
	return [...byId].map(([id, l]) => ({ id, lines: l })).sort((a, b) => rank(a.id) - rank(b.id));
}

/** Paths whose value in effect is an assumption (the report's caveats list them). */
export function assumedPaths(lines: ParameterLine[]): string[] {
	return lines.filter((l) => l.lawStatus === 'assumption' && l.status !== 'scenario').map((l) => l.path);
}
