import { describe, expect, it } from 'vitest';
import { baselineFor, listPaths } from '$lib/rules/baseline';
import { resolveScenario } from '$lib/rules/scenario';
import { assumedPaths, changedLines, parameterLines, parameterSections, sectionOf } from './parameter-lines';

describe('report parameter lines', () => {
	const scenario = resolveScenario({
		name: 'wider',
		year: 2026,
		params: { 'tsa.poverty_line.pm_share': 0.8, 'local.abai.income_amount_mrp': 9 }
	});

	it('lists every parameter once with the law value of the year', () => {
		const lines = parameterLines(scenario);
		expect(lines.map((l) => l.path).sort()).toEqual(listPaths().sort());
		const law = baselineFor(2026);
		for (const l of lines) if (!(l.path in scenario.overrides)) expect(l.value).toEqual(law[l.path]);
	});

	it('marks only the overridden values as changed, law value → scenario value', () => {
		const changed = changedLines(scenario);
		expect(changed.map((l) => l.path)).toEqual(['local.abai.income_amount_mrp', 'tsa.poverty_line.pm_share']);
		const line = changed.find((l) => l.path === 'tsa.poverty_line.pm_share')!;
		expect(line.law).toBe(baselineFor(2026)['tsa.poverty_line.pm_share']);
		expect(line.value).toBe(0.8);
		expect(line.status).toBe('scenario');
		expect(line.references.length).toBeGreaterThan(0);
	});

	it('an override equal to the law is not a change', () => {
		const same = resolveScenario({
			name: 's',
			year: 2026,
			params: { 'tsa.poverty_line.pm_share': baselineFor(2026)['tsa.poverty_line.pm_share'] }
		});
		expect(changedLines(same)).toEqual([]);
	});

	it('groups TSA first and each region’s local rules apart', () => {
		const sections = parameterSections(parameterLines(scenario));
		expect(sections[0].id).toBe('tsa');
		expect(sections.filter((s) => s.id.startsWith('local.'))).toHaveLength(20);
		expect(sectionOf('indices.pm_regional.abai')).toBe('indices');
		expect(sections.reduce((n, s) => n + s.lines.length, 0)).toBe(listPaths().length);
	});

	it('lists assumptions of the law, not the user’s own values', () => {
		const lines = parameterLines(scenario);
		const assumed = assumedPaths(lines);
		expect(assumed.length).toBeGreaterThan(0);
		for (const p of assumed) expect(lines.find((l) => l.path === p)!.lawStatus).toBe('assumption');
		expect(assumed).not.toContain('local.abai.income_amount_mrp');
	});
});
