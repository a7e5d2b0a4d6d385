import { describe, expect, it } from 'vitest';
import { baselineFor } from '$lib/rules/baseline';
import { compareFromSearch, compareToSearch, DEFAULT_COMPARE, resolveColumn, type CompareState } from './compare-state';
import { deltasAgainstFirst, measureOf } from './measures';
import type { Totals } from '$lib/sim/result';

describe('compare state in the URL', () => {
	const state: CompareState = {
		columns: [
			{ kind: 'law', year: 2025 },
			{ kind: 'saved', name: 'Wider line, 80 %' },
			{ kind: 'file', name: 'From a file', year: 2026, params: { 'tsa.poverty_line.pm_share': 0.8 } }
		],
		measure: 'tsa.eligible_persons',
		regions: ['abai', 'shymkent']
	};

	it('round-trips columns in order, measure, regions and language', () => {
		const search = compareToSearch(state, 'ru');
		expect(compareFromSearch(search)).toEqual({ state, problems: [] });
		expect(new URLSearchParams(search).get('lang')).toBe('ru');
	});

	it('drops and reports what it cannot read, keeping the rest', () => {
		const q = 'col=law:1999&col=saved:A&col=file:{"name":"x","year":2026,"params":{"nope":1}}&col=what&measure=x&regions=abai,mars';
		const { state: s, problems } = compareFromSearch(q);
		expect(s.columns).toEqual([{ kind: 'saved', name: 'A' }]);
		expect(s.measure).toBe(DEFAULT_COMPARE.measure);
		expect(s.regions).toEqual(['abai']);
		expect(problems).toHaveLength(5);
	});

	it('keeps at most four columns', () => {
		const q = Array.from({ length: 6 }, () => 'col=law:2026').join('&');
		expect(compareFromSearch(q).state.columns).toHaveLength(4);
	});

	it('resolves the law, saved scenarios by name, and says when a saved one is gone', () => {
		const law = resolveColumn({ kind: 'law', year: 2024 }, []);
		expect(typeof law !== 'string' && law.params).toEqual(baselineFor(2024));
		const saved = [{ name: 'A', year: 2026, overrides: { 'tsa.poverty_line.pm_share': 0.9 }, region: null, budget: null }];
		const a = resolveColumn({ kind: 'saved', name: 'A' }, saved);
		expect(typeof a !== 'string' && a.params['tsa.poverty_line.pm_share']).toBe(0.9);
		expect(typeof resolveColumn({ kind: 'saved', name: 'B' }, saved)).toBe('string');
	});
});

describe('measures', () => {
	it('reads a key path and takes deltas against the first column', () => {
		const totals = { tsa: { eligible_persons: 12 }, local: { annual_cost_kzt: 5 } } as unknown as Totals;
		expect(measureOf(totals, 'tsa.eligible_persons')).toBe(12);
		expect(measureOf(totals, 'local.annual_cost_kzt')).toBe(5);
		expect(deltasAgainstFirst([10, 15, 7])).toEqual([0, 5, -3]);
	});
});
