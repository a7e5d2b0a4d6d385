import { describe, expect, it } from 'vitest';
import { budgetUse, rulesByScope } from './headline';

describe('the headline', () => {
	it('splits changed parameters into national rules and the focused region’s own, leaving out assumptions and other regions', () => {
		const paths = [
			'tsa.poverty_line.pm_share',
			'tsa.poverty_line.median_income.national',
			'indices.pm_regional.turkestan',
			'indices.pm_regional.astana',
			'tsa.poverty_line.median_income.turkestan',
			'local.turkestan.low_income_enabled',
			'local.shymkent.low_income_enabled',
			'takeup.mode',
			'data.income_index'
		];
		expect(rulesByScope(paths, 'turkestan')).toEqual({
			national: ['tsa.poverty_line.pm_share', 'tsa.poverty_line.median_income.national'],
			own: ['indices.pm_regional.turkestan', 'tsa.poverty_line.median_income.turkestan', 'local.turkestan.low_income_enabled']
		});
		expect(rulesByScope(paths, null).own).toEqual([]);
	});

	it('measures a cost against the budget, or says there is none', () => {
		expect(budgetUse(30e9, 60e9)).toEqual({ share: 0.5, balance: -30e9 });
		expect(budgetUse(30e9, 0)).toBeNull();
	});
});
