import { describe, expect, it } from 'vitest';
import { SWEEP_SHARES } from '$lib/views/sweep';
import { sharesAround } from './report-figures';

describe('the shares SQL evaluates for the report when no index answers', () => {
	it('are the swept shares the zoomed chart shows: around the scenario, the 60–90 % range whole when near', () => {
		expect(sharesAround(0.8)).toEqual([0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]);
		expect(sharesAround(0.7)).toEqual([0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]);
		const far = sharesAround(1.4);
		expect(far).toEqual([1.2, 1.25, 1.3, 1.35, 1.4, 1.45, 1.5]);
		for (const share of [0.4, 0.55, 1.5]) {
			const got = sharesAround(share);
			expect(got).toContain(share);
			expect(got.length).toBeLessThan(SWEEP_SHARES.length);
			expect(got.every((s) => SWEEP_SHARES.includes(s))).toBe(true);
		}
	});
});
