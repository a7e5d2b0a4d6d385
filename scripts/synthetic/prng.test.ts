// The PRNG is deterministic, roughly uniform, and streams with different seeds differ.
import { describe, expect, it } from 'vitest';
import { Rng } from './prng';

describe('Rng', () => {
	it('repeats a stream for the same seed parts and differs for others', () => {
		const a = new Rng(1, 2, 3);
		const b = new Rng(1, 2, 3);
		const c = new Rng(1, 2, 4);
		const xs = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
	});

	it('has uniform mean ≈ 0.5 and normal mean ≈ 0, sd ≈ 1', () => {
		const r = new Rng(42);
		let u = 0;
		let z = 0;
		let z2 = 0;
		const n = 100_000;
		for (let i = 0; i < n; i++) {
			u += r.next();
			const x = r.normal();
			z += x;
			z2 += x * x;
		}
		expect(u / n).toBeCloseTo(0.5, 2);
		expect(z / n).toBeCloseTo(0, 1);
		expect(Math.sqrt(z2 / n)).toBeCloseTo(1, 1);
	});
});
