import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, stateFromSearch, stateToSearch, type DashboardState } from './url-state';

const LOCALES = ['en', 'ru'];

describe('dashboard state in the URL', () => {
	it('round-trips every field', () => {
		const state: DashboardState = {
			year: 2025,
			name: 'Line at 80 %',
			overrides: { 'tsa.poverty_line.pm_share': 0.8, 'tsa.assets.max_vehicles': null, 'tsa.assets.non_mortgage_loan_excludes': false, 'takeup.mode': 'observed' },
			region: 'turkestan',
			locale: 'ru',
			budget: 62.7e9
		};
		expect(stateFromSearch(stateToSearch(state), LOCALES)).toEqual({ state, problems: [] });
	});

	it('writes nothing for the default state', () => {
		expect(stateToSearch(DEFAULT_STATE)).toBe('');
		expect(stateFromSearch('', LOCALES).state).toEqual(DEFAULT_STATE);
	});

	it('drops and reports what a hand-edited or hostile link gets wrong', () => {
		const { state, problems } = stateFromSearch(
			'year=1999&region=mars&budget=-5&set.tsa.poverty_line.pm_share=NaN&set.__proto__.x=1&set.nope=1&set.tsa.child_supplement.mrp_per_child=2',
			LOCALES
		);
		expect(state.year).toBe(DEFAULT_STATE.year);
		expect(state.region).toBeNull();
		expect(state.budget).toBeNull();
		expect(state.overrides).toEqual({ 'tsa.child_supplement.mrp_per_child': 2 });
		expect(problems).toHaveLength(6);
		expect(Object.getPrototypeOf(state.overrides)).toBe(Object.prototype);
	});
});
