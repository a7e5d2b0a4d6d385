import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, stateFromSearch, stateToSearch, type DashboardState } from './url-state';

const LOCALES = ['en', 'ru'];

describe('dashboard state in the URL', () => {
	it('round-trips every field', () => {
		const state: DashboardState = {
			year: 2025,
			name: 'Line at 80 %',
			overrides: {
				'tsa.poverty_line.pm_share': 0.8,
				'tsa.assets.max_vehicles': null,
				'tsa.assets.non_mortgage_loan_excludes': false,
				'takeup.mode': 'observed'
			},
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
		expect(problems).toHaveLength(5);
		expect(problems).toContain('unknown parameters "__proto__.x", "nope"');
		expect(Object.getPrototypeOf(state.overrides)).toBe(Object.prototype);
	});

	it('reads numbers strictly: no hex, no Infinity, no blanks, and says what the text was', () => {
		const { state, problems } = stateFromSearch(
			'year=0x7EA&budget=0x10&set.tsa.poverty_line.pm_share=abc&set.indices.mrp=0x10E5&set.tsa.assets.max_vehicles=Infinity&set.tsa.child_supplement.mrp_per_child=%201',
			LOCALES
		);
		expect(state).toEqual(DEFAULT_STATE);
		expect(problems).toEqual([
			'year "0x7EA" is not a supported year',
			'budget "0x10" is not a positive amount in tenge written as a plain number',
			'tsa.poverty_line.pm_share must be a number, got the string "abc"',
			'indices.mrp must be a number, got the string "0x10E5"',
			'tsa.assets.max_vehicles must be an integer or null, got the string "Infinity"',
			'tsa.child_supplement.mrp_per_child must be a number, got the string " 1"'
		]);
		expect(stateFromSearch('year=2025&budget=1.5e9&set.tsa.poverty_line.pm_share=.8', LOCALES).state).toMatchObject({
			year: 2025,
			budget: 1.5e9,
			overrides: { 'tsa.poverty_line.pm_share': 0.8 }
		});
	});

	it('names a few of many unknown parameters and counts the rest', () => {
		const search = Array.from({ length: 5000 }, (_, i) => `set.x${i}=1`).join('&');
		const { problems } = stateFromSearch(search, LOCALES);
		expect(problems).toEqual([`unknown parameters ${Array.from({ length: 10 }, (_, i) => `"x${i}"`).join(', ')} and 4990 more`]);
	});
});
