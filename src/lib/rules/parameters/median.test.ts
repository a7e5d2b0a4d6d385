import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '../../data/regions';
import { baselineFor, parameterAt } from '../baseline';
import { entryAt } from '../parameter';
import { MEDIAN_TO_MEAN } from './median';

const median = (year: number, key: string) => baselineFor(year)[`tsa.poverty_line.median_income.${key}`] as number;
const pm = (year: number, region: string) => baselineFor(year)[`indices.pm_regional.${region}`] as number;

/** Regions where 35 % of the median exceeds 70 % of the regional ПМ under `year`'s baseline. */
const binding = (year: number, scope: 'region' | 'national') =>
	REGION_CODES.filter((r) => 0.35 * median(year, scope === 'region' ? r : 'national') > 0.7 * pm(year, r));

describe('official median per-capita income', () => {
	it('is the official statistic by default, in every year', () => {
		for (const year of [2023, 2024, 2025, 2026]) expect(baselineFor(year)['tsa.poverty_line.median_source']).toBe('official');
		expect(parameterAt('tsa.poverty_line.median_source')!.kind).toMatchObject({ options: ['official', 'dataset'] });
	});

	it('derives the national median from the National Bank ratio and the household survey of the quarter before', () => {
		expect(MEDIAN_TO_MEAN).toBeCloseTo(63_000 / 80_370.58, 6);
		// Q2 2025: 0.784 × 359 638 / 3 = 93 970 → 94 000; Q3 2025 (in effect for 2026): 95 255 → 95 300.
		expect([2023, 2024, 2025, 2026].map((y) => median(y, 'national'))).toEqual([74_100, 86_300, 94_000, 95_300]);
	});

	it('scales a region by its survey income over the national one where a report names it, else the national median', () => {
		// Karaganda Q2 2025: 93 970 × 494 453 / 359 638 = 129 196 → 129 200; Turkestan 93 970 × 231 547 / 359 638 → 60 500.
		expect(median(2025, 'karaganda')).toBe(129_200);
		expect(median(2025, 'turkestan')).toBe(60_500);
		expect(median(2025, 'atyrau')).toBe(median(2025, 'national'));
		const atyrau = parameterAt('tsa.poverty_line.median_income.atyrau')!;
		expect(atyrau.status).toBe('assumption');
		expect(entryAt(atyrau, '2025-07-01')?.note).toMatch(/national figure/);
		const karaganda = parameterAt('tsa.poverty_line.median_income.karaganda')!;
		expect(karaganda.status).toBe('approximate');
		expect(entryAt(karaganda, '2024-07-01')?.note).toMatch(/ratio of Q3 2023 carried/);
	});

	it('binds in a few high-income regions only, where the median exceeds twice the regional ПМ (ministry: ~755 families)', () => {
		// Astana only just: with May 2025's ПМ (interpolated, the quarter before 1 July) its median term is 1 % above the ПМ term.
		expect(binding(2025, 'region')).toEqual(['karaganda', 'astana']);
		expect(binding(2026, 'region')).toEqual(['karaganda', 'astana']);
		expect(binding(2025, 'national')).toEqual([]);
	});
});
