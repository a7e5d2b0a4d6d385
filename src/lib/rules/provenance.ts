// Where each value of a resolved scenario comes from: the law's status and sources, or the user's override.
import { baselineDate, parameterAt } from './baseline';
import { entryAt, type Reference, type Status } from './parameter';
import type { ResolvedScenario } from './scenario';

/** The pedigree of one value: `scenario` when the user set it, else the status of the law's entry in effect. */
export interface ValueProvenance {
	status: Status | 'scenario';
	from: string | null;
	note?: string;
	references: readonly Reference[];
}

/** The pedigree of every parameter of a resolved scenario, by dotted path. */
export function provenance(scenario: ResolvedScenario): Record<string, ValueProvenance> {
	const date = baselineDate(scenario.year);
	const out: Record<string, ValueProvenance> = {};
	for (const path of Object.keys(scenario.params).sort()) {
		const param = parameterAt(path);
		if (!param) continue;
		const entry = entryAt(param, date);
		const overridden = Object.hasOwn(scenario.overrides, path);
		out[path] = {
			status: overridden ? 'scenario' : (entry?.status ?? param.status),
			from: overridden ? null : (entry?.from ?? null),
			...(entry?.note && !overridden ? { note: entry.note } : {}),
			references: param.references
		};
	}
	return out;
}
