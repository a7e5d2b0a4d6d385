import { describe, expect, it } from 'vitest';
import { listPaths } from '$lib/rules/baseline';
import { controlGroups } from './groups';

const group = (region: Parameters<typeof controlGroups>[0], id: string) => controlGroups(region).find((g) => g.id === id);

describe('control groups from the rulebook', () => {
	it('without a focused region: no regional ПМ and no local assistance', () => {
		const groups = controlGroups(null);
		expect(groups.map((g) => g.id)).toEqual(['poverty_line', 'child_supplement', 'assets', 'conditional', 'income', 'takeup', 'indices']);
		const all = groups.flatMap((g) => g.paths);
		expect(all.some((p) => p.startsWith('indices.pm_regional.') || p.startsWith('local.'))).toBe(false);
		expect(group(null, 'poverty_line')?.paths).toEqual([
			'tsa.poverty_line.pm_share',
			'tsa.poverty_line.median_share',
			'tsa.poverty_line.median_scope',
			'tsa.poverty_line.median_source',
			'tsa.poverty_line.median_income.national'
		]);
	});

	it('with a focused region: its regional ПМ and median, and its thirteen local-assistance parameters (housing norm included) only', () => {
		expect(group('turkestan', 'regional')?.paths).toEqual(['indices.pm_regional.turkestan', 'tsa.poverty_line.median_income.turkestan']);
		const all = controlGroups('turkestan').flatMap((g) => g.paths);
		expect(all).not.toContain('indices.pm_regional.astana');
		expect(all).not.toContain('tsa.poverty_line.median_income.astana');
		const local = group('turkestan', 'local')!.paths;
		expect(local).toHaveLength(13);
		expect(local.every((p) => p.startsWith('local.turkestan.'))).toBe(true);
		expect(local).toContain('local.turkestan.income_threshold_pm_multiple');
	});

	it('covers every asset and spending test, and indices.pm without the regional table', () => {
		const assets = group(null, 'assets')!.paths;
		const want = listPaths().filter((p) => p.startsWith('tsa.assets.') || p.startsWith('tsa.spending.'));
		expect(assets).toEqual(want);
		expect(assets).toContain('tsa.assets.max_deposits_mrp');
		expect(group(null, 'indices')?.paths.slice(0, 2)).toEqual(['indices.pm', 'indices.mrp']);
		expect(group(null, 'takeup')?.paths).toContain('takeup.mode');
	});

	it('with a focused region: its own levers (local assistance, then its ПМ and median) first, the national rules after', () => {
		const groups = controlGroups('turkestan');
		expect(groups.map((g) => g.id)).toEqual([
			'local',
			'regional',
			'poverty_line',
			'child_supplement',
			'assets',
			'conditional',
			'income',
			'takeup',
			'indices'
		]);
		expect(groups.map((g) => g.scope)).toEqual(['region', 'region', ...Array(7).fill('national')]);
		// Nothing of another region, nor a national rule, among the region's own.
		const own = groups.filter((g) => g.scope === 'region').flatMap((g) => g.paths);
		expect(own.every((p) => p.endsWith('.turkestan') || p.startsWith('local.turkestan.'))).toBe(true);
		expect(
			groups
				.filter((g) => g.scope === 'national')
				.flatMap((g) => g.paths)
				.some((p) => p.includes('turkestan'))
		).toBe(false);
	});

	it('without a focused region every group is national', () => {
		expect(controlGroups(null).every((g) => g.scope === 'national')).toBe(true);
	});

	it('shows each path at most once', () => {
		const all = controlGroups('almaty').flatMap((g) => g.paths);
		expect(new Set(all).size).toBe(all.length);
	});
});
