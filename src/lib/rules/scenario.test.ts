import { describe, expect, it } from 'vitest';
import { baselineFor } from './baseline';
import { resolveScenario, ScenarioError, scenarioFromJsonText } from './scenario';

const ok = { name: 'Poverty line at 80 % of ПМ', year: 2026, params: { 'tsa.poverty_line.pm_share': 0.8 } };

function refusal(input: unknown): ScenarioError {
	try {
		resolveScenario(input);
	} catch (error) {
		expect(error).toBeInstanceOf(ScenarioError);
		return error as ScenarioError;
	}
	throw new Error('scenario was accepted');
}

describe('resolveScenario', () => {
	it('applies overrides over the year baseline and reports them', () => {
		const s = resolveScenario(ok);
		expect(s.name).toBe(ok.name);
		expect(s.year).toBe(2026);
		expect(s.params['tsa.poverty_line.pm_share']).toBe(0.8);
		expect(s.params['indices.mrp']).toBe(4325);
		expect(s.overrides).toEqual({ 'tsa.poverty_line.pm_share': 0.8 });
		expect(Object.isFrozen(s.params)).toBe(true);
	});
	it('leaves the baseline unchanged', () => {
		const before = { ...baselineFor(2026) };
		resolveScenario({ ...ok, params: { 'tsa.poverty_line.pm_share': 0.9, 'tsa.assets.max_vehicles': 1, 'takeup.mode': 'observed' } });
		expect(baselineFor(2026)).toEqual(before);
		expect(baselineFor(2026)['tsa.poverty_line.pm_share']).toBe(0.7);
	});
	it('accepts null for nullable tests, booleans, enums, integers, and no params at all', () => {
		const s = resolveScenario({
			name: 'assets',
			year: 2025,
			schema_version: 1,
			params: {
				'tsa.assets.max_deposits_mrp': 200,
				'tsa.assets.max_vehicles': null,
				'tsa.assets.non_mortgage_loan_excludes': true,
				'takeup.mode': 'observed'
			}
		});
		expect(s.params['tsa.assets.non_mortgage_loan_excludes']).toBe(true);
		expect(s.params['tsa.assets.max_deposits_mrp']).toBe(200);
		expect(resolveScenario({ name: 'baseline', year: 2024 }).params).toEqual(baselineFor(2024));
	});
	it('names a few of 60 000 unknown paths and counts the rest, in a message of bounded length', () => {
		const params = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`junk.key_${i}`, 1]));
		const e = refusal({ ...ok, params: { ...params, 'tsa.poverty_line.pm_share': 0.8 } });
		expect(e.problems).toHaveLength(2);
		expect(e.problems[0]).toBe(
			`unknown parameter paths ${Array.from({ length: 10 }, (_, i) => `"junk.key_${i}"`).join(', ')} and 59990 more`
		);
		expect(e.problems[1]).toMatch(/^valid paths: /);
		const forbidden = refusal({ ...ok, params: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`a${i}.__proto__`, 1])) });
		expect(forbidden.problems[0]).toMatch(/^params keys "a0.__proto__", .* and 490 more are forbidden$/);
		for (const problem of [...e.problems, ...forbidden.problems])
			if (!problem.startsWith('valid paths')) expect(problem.length).toBeLessThan(1000);
	});
	it('reads a scenario file that starts with a byte-order mark, as a browser does', () => {
		expect(scenarioFromJsonText('\uFEFF' + JSON.stringify(ok)).overrides).toEqual(ok.params);
	});
	it('refuses an unknown path and lists the valid paths', () => {
		const e = refusal({ ...ok, params: { 'tsa.poverty_line.share': 0.8 } });
		expect(e.message).toContain('unknown parameter path "tsa.poverty_line.share"');
		expect(e.message).toContain('valid paths: indices.pm, indices.mrp');
		expect(e.message).toContain('takeup.mode');
	});
	it.each([
		['a string where a number belongs', { 'tsa.poverty_line.pm_share': '0.8' }, /pm_share must be a number, got the string "0.8"/],
		['NaN', { 'tsa.poverty_line.pm_share': Number.NaN }, /finite number/],
		['Infinity', { 'indices.mrp': Infinity }, /finite number/],
		['1e308', { 'indices.mrp': 1e308 }, /indices.mrp must be between 0 and/],
		['a negative amount', { 'tsa.child_supplement.mrp_per_child': -1 }, /between 0 and/],
		['a share above 10', { 'tsa.poverty_line.pm_share': 11 }, /between 0 and 10/],
		['a fractional count', { 'tsa.assets.max_vehicles': 1.5 }, /max_vehicles must be an integer/],
		['null where no test is not allowed', { 'tsa.poverty_line.pm_share': null }, /cannot be null/],
		['a number for a boolean', { 'tsa.assets.non_mortgage_loan_excludes': 1 }, /must be true or false/],
		['an unknown enum option', { 'takeup.mode': 'half' }, /one of full, observed/],
		['an object value', { 'indices.mrp': { $gt: 1 } }, /got an object/]
	])('refuses %s, with the list of valid paths', (_, params, message) => {
		const e = refusal({ ...ok, params });
		expect(e.message).toMatch(message);
		expect(e.message).toContain('valid paths: indices.pm, indices.mrp');
	});
	it('refuses __proto__, constructor and prototype keys without touching any prototype', () => {
		const parsed = JSON.parse('{"name":"x","year":2026,"params":{"__proto__":{"polluted":true}}}');
		expect(refusal(parsed).message).toContain('params key "__proto__" is forbidden');
		expect(refusal({ ...ok, params: { constructor: 1 } }).message).toContain('"constructor" is forbidden');
		expect(refusal({ ...ok, params: { 'tsa.prototype.x': 1 } }).message).toContain('is forbidden');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
	it('refuses extra top-level keys, bad years, bad names and non-object input', () => {
		expect(refusal({ ...ok, eval: 'process.exit()' }).message).toMatch(/Unrecognized key.*eval/);
		expect(refusal({ ...ok, year: 2030 }).message).toContain('year 2030 has no baseline; supported years are 2023, 2024, 2025, 2026');
		expect(refusal({ ...ok, year: '2026' }).message).toMatch(/year: /);
		expect(refusal({ ...ok, year: 2025.5 }).message).toMatch(/year: /);
		expect(refusal({ ...ok, name: '  ' }).message).toContain('name must not be empty');
		expect(refusal({ year: 2026 }).message).toMatch(/name: /);
		expect(refusal({ ...ok, params: [0.8] }).message).toContain('params must be an object');
		expect(refusal({ ...ok, schema_version: 2 }).message).toMatch(/schema_version/);
		expect(refusal(null).message).toContain('a scenario must be a JSON object');
		expect(refusal('{"name":"x"}').message).toContain('a scenario must be a JSON object');
	});
	it('lists every problem at once', () => {
		const e = refusal({ ...ok, year: 2030, params: { 'indices.mrp': -5, 'takeup.mode': 'x' } });
		expect(e.problems.length).toBe(4);
		expect(e.problems.at(-1)).toMatch(/^valid paths: /);
	});
});

describe('scenarioFromJsonText', () => {
	it('parses and resolves valid JSON', () => {
		expect(scenarioFromJsonText(JSON.stringify(ok)).params['tsa.poverty_line.pm_share']).toBe(0.8);
	});
	it('refuses invalid JSON with a clear message', () => {
		expect(() => scenarioFromJsonText('{ name: "x" ')).toThrow(/Invalid scenario: scenario is not valid JSON/);
		expect(() => scenarioFromJsonText('')).toThrow(ScenarioError);
		expect(() => scenarioFromJsonText('[1, 2]')).toThrow(/must be a JSON object/);
	});
});
