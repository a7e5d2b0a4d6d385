import { describe, expect, it } from 'vitest';
import { stats } from './stats';

describe('stats', () => {
	it('takes nearest-rank percentiles', () => {
		const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
		expect(stats(samples)).toEqual({ p50: 50, p95: 95, max: 100, n: 100 });
		expect(stats([3])).toEqual({ p50: 3, p95: 3, max: 3, n: 1 });
	});
});
