import { describe, expect, it } from 'vitest';
import { baselineFor, lawAt, SUPPORTED_YEARS } from './baseline';
import type { ParamValues } from './parameter';
import { quarterParams, quarterStarts, REFERENCE_QUARTER } from './quarters';
import { resolveScenario } from './scenario';

// Each quarter as the rule says: the quarter's law with every entry of `params` that differs from the year's law over it
// (the reference quarter's is `params` itself).
function byDefinition(year: number, params: ParamValues, q: number): ParamValues {
	if (q === REFERENCE_QUARTER) return params;
	const law = baselineFor(year);
	const own = Object.fromEntries(Object.entries(params).filter(([path, value]) => !Object.is(law[path], value)));
	return { ...lawAt(quarterStarts(year)[q]).values, ...own };
}

describe('quarterParams', () => {
	const scenarios: ParamValues[] = [
		{},
		{ 'tsa.poverty_line.pm_share': 0.8 },
		{ 'indices.mrp': 5000, 'tsa.poverty_line.pm_share': 0.55, 'data.income_index': 1.07 }
	];

	it("gives each quarter its law with the scenario's own values, in every supported year", () => {
		for (const year of SUPPORTED_YEARS)
			for (const set of scenarios) {
				const { params } = resolveScenario({ name: 'q', year, params: set });
				const quarters = quarterParams(year, params);
				expect(quarters[REFERENCE_QUARTER]).toBe(params);
				quarters.forEach((quarter, q) => {
					expect(quarter).toEqual(byDefinition(year, params, q));
					expect(Object.isFrozen(quarter)).toBe(true);
				});
			}
	});

	it("keeps the scenario itself for a quarter whose law is the year's, and a value set to a later quarter's law", () => {
		const laws = quarterStarts(2025).map((start) => lawAt(start).values);
		const changed = Object.keys(laws[REFERENCE_QUARTER]).filter((path) => !Object.is(laws[0][path], laws[REFERENCE_QUARTER][path]));
		expect(changed.length).toBeGreaterThan(0); // the law of 2025 changes within the year
		// Set every path that changes to the first quarter's value: the scenario differs from the year's law exactly there.
		const { params } = resolveScenario({ name: 'q', year: 2025, params: Object.fromEntries(changed.map((p) => [p, laws[0][p]])) });
		const quarters = quarterParams(2025, params);
		quarters.forEach((quarter, q) => expect(quarter).toEqual(byDefinition(2025, params, q)));
		if (changed.every((p) => Object.is(laws[1][p], laws[0][p]))) expect(quarters[1]).toBe(params);
		const law2026 = resolveScenario({ name: 'q', year: 2026, params: {} }).params;
		expect(new Set(quarterParams(2026, law2026))).toEqual(new Set([law2026])); // 2026's law holds all year
	});

	it('a parameter set missing some of the law still gets each quarter by the rule', () => {
		const { params } = resolveScenario({ name: 'q', year: 2024, params: { 'tsa.poverty_line.pm_share': 0.9 } });
		const partial = Object.freeze(Object.fromEntries(Object.entries(params).filter(([path]) => path !== 'indices.mrp')));
		quarterParams(2024, partial).forEach((quarter, q) => expect(quarter).toEqual(byDefinition(2024, partial, q)));
	});
});
