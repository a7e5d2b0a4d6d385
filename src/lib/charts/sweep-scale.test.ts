import { describe, expect, it } from 'vitest';
import { SCALE_MODES, sweepDomain, tickDigits, yScale, yTicks, zoomWindow, type DomainPoint } from './sweep-scale';

/** The sweep's grid (0.40 to 1.50 by 0.05) with a cost that grows to 4 tn ₸, as the real sweep does. */
const SHARES = Array.from({ length: 23 }, (_, i) => (40 + 5 * i) / 100);
const cost = (share: number) => (4e12 * (share - 0.35) ** 3) / 1.15 ** 3;
const SWEEP: DomainPoint[] = SHARES.map((share) => ({ x: share, y: cost(share) }));
const BUDGET = 120e9;
const inside = (v: number, [a, b]: [number, number]) => v >= a && v <= b;
const noNaN = (d: ReturnType<typeof sweepDomain>) => [...d.x, ...d.y, ...d.at].every(Number.isFinite);

describe('zoomWindow', () => {
	it('keeps 60–90 % of ПМ whole around 70 % and reaches the grid points on either side', () => {
		expect(zoomWindow(SHARES, 0.7)).toEqual([0.5, 0.9]);
		expect(zoomWindow(SHARES, 0.72)).toEqual([0.5, 0.95]);
	});

	it('clips to the swept range and follows a scenario far from the focus', () => {
		expect(zoomWindow(SHARES, 0.4)).toEqual([0.4, 0.9]);
		expect(zoomWindow(SHARES, 1.45)).toEqual([1.25, 1.5]);
		expect(zoomWindow(SHARES, 3)).toEqual([1.5, 1.5]);
	});
});

describe('sweepDomain', () => {
	it('is zoom first', () => expect(SCALE_MODES[0]).toBe('zoom'));

	it('puts the budget line and the scenario’s point inside the zoomed domain, well off the bottom', () => {
		const d = sweepDomain(SWEEP, { at: 0.7, x: 0.7, y: cost(0.7) }, BUDGET, 'zoom');
		expect(d.scale).toBe('linear');
		expect(d.x).toEqual([0.5, 0.9]);
		expect(inside(BUDGET, d.y)).toBe(true);
		expect(inside(cost(0.7), d.y)).toBe(true);
		// Not flat: each stands above a twentieth of the axis, which the full range does not give the budget.
		const share = (v: number, [a, b]: [number, number]) => (v - a) / (b - a);
		expect(share(BUDGET, d.y)).toBeGreaterThan(0.05);
		expect(share(cost(0.7), d.y)).toBeGreaterThan(0.05);
		expect(share(BUDGET, sweepDomain(SWEEP, { at: 0.7 }, BUDGET, 'linear').y)).toBeLessThan(0.05);
	});

	it('takes in a budget far above the points shown', () => {
		const d = sweepDomain(SWEEP, { at: 0.5 }, 2e12, 'zoom');
		expect(inside(2e12, d.y)).toBe(true);
		expect(d.y[1]).toBeLessThan(cost(1.5));
	});

	it('covers every point and the budget in the full range, from zero', () => {
		const d = sweepDomain(SWEEP, { at: 0.7 }, BUDGET, 'linear');
		expect(d.x).toEqual([0.4, 1.5]);
		expect(d.y[0]).toBe(0);
		for (const p of SWEEP) expect(inside(p.y, d.y)).toBe(true);
		expect(d.at).toEqual([0.4, 1.5]);
	});

	it('has a positive floor on the log scale, and says when zeros are drawn on it', () => {
		const withZero = [{ x: 0.35, y: 0 }, ...SWEEP];
		const d = sweepDomain(withZero, { at: 0.7 }, BUDGET, 'log');
		expect(d.scale).toBe('log');
		expect(d.floor).toBeGreaterThan(0);
		expect(d.y[0]).toBe(d.floor);
		expect(d.floor).toBeLessThanOrEqual(cost(0.4));
		expect(d.clamped).toBe(true);
		expect(inside(BUDGET, d.y) && inside(cost(1.5), d.y)).toBe(true);
		expect(sweepDomain(SWEEP, null, BUDGET, 'log').clamped).toBe(false);
		const y = yScale(d, [300, 0]);
		expect(y(0)).toBe(300);
		const ticks = yTicks(d);
		expect(ticks.length).toBeGreaterThan(1);
		expect(ticks.length).toBeLessThanOrEqual(12);
		expect(ticks.every((t) => t > 0)).toBe(true);
	});

	it('zooms the frontier by the swept share while its x is another measure', () => {
		const frontier = SHARES.map((share) => ({ at: share, x: 1 - share / 1.6, y: cost(share) }));
		const d = sweepDomain(frontier, { at: 0.7, x: 1 - 0.7 / 1.6, y: cost(0.7) }, BUDGET, 'zoom', { xFromZero: true });
		expect(d.at).toEqual([0.5, 0.9]);
		expect(d.x[0]).toBeCloseTo(1 - 0.9 / 1.6, 9);
		expect(d.x[1]).toBeCloseTo(1 - 0.5 / 1.6, 9);
		expect(sweepDomain(frontier, null, null, 'linear', { xFromZero: true }).x[0]).toBe(0);
	});

	it('gives finite domains for one point, all zeros, no budget, no points or no scenario', () => {
		for (const mode of SCALE_MODES) {
			const cases = [
				sweepDomain([{ x: 0.7, y: 5e9 }], { at: 0.7, x: 0.7, y: 5e9 }, null, mode),
				sweepDomain(
					SHARES.map((x) => ({ x, y: 0 })),
					{ at: 0.7 },
					null,
					mode
				),
				sweepDomain(
					SHARES.map((x) => ({ x, y: 0 })),
					{ at: 0.7 },
					0,
					mode
				),
				sweepDomain([], { at: 0.7 }, BUDGET, mode),
				sweepDomain([], null, null, mode),
				sweepDomain(SWEEP, null, null, mode),
				sweepDomain(
					[
						{ x: NaN, y: 1 },
						{ x: 0.5, y: Infinity }
					],
					{ at: NaN },
					NaN,
					mode
				)
			];
			for (const d of cases) {
				expect(noNaN(d), `${mode} ${JSON.stringify(d)}`).toBe(true);
				expect(d.x[1]).toBeGreaterThan(d.x[0]);
				expect(d.y[1]).toBeGreaterThan(d.y[0]);
				if (mode === 'log') expect(d.y[0]).toBeGreaterThan(0);
				expect(yTicks(d).every(Number.isFinite)).toBe(true);
			}
		}
	});
});

describe('tickDigits', () => {
	const kzt = (v: number, digits: number) =>
		`${new Intl.NumberFormat('ru-RU', { notation: 'compact', maximumFractionDigits: digits }).format(v)} ₸`;

	it('adds decimals only until no tick is rounded off', () => {
		expect(tickDigits([0, 50e9, 100e9, 150e9], kzt)).toBe(0);
		expect(tickDigits([1e12, 1.25e12, 1.5e12, 1.75e12], kzt)).toBe(2);
		expect([1e12, 1.5e12].map((v) => kzt(v, tickDigits([1e12, 1.5e12], kzt)).replace(/\s/g, ' '))).toEqual(['1 трлн ₸', '1,5 трлн ₸']);
		expect(tickDigits([2e9, 2.5e9, 3e9], kzt)).toBe(1);
	});
});
