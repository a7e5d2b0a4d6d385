// A small seeded PRNG (sfc32 seeded through splitmix32), so output is reproducible to the byte from its seed.

/** Mixes integers into one 32-bit seed (splitmix32 finaliser applied to each part in turn). */
export function hashSeed(...parts: number[]): number {
	let h = 0x9e3779b9;
	for (const part of parts) {
		h = (h + Math.imul(part | 0, 0x85ebca6b) + 0x6d2b79f5) | 0;
		h = Math.imul(h ^ (h >>> 16), 0x21f0aaad);
		h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
		h ^= h >>> 15;
	}
	return h >>> 0;
}

/** A seeded random stream: uniform, normal, integer, Bernoulli and weighted choice draws. */
export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	/** Starts a stream from the seed parts (e.g. run seed, stream id, household index). */
	constructor(...seedParts: number[]) {
		this.a = hashSeed(...seedParts, 1);
		this.b = hashSeed(...seedParts, 2);
		this.c = hashSeed(...seedParts, 3);
		this.d = 1;
		for (let i = 0; i < 12; i++) this.next();
	}

	/** A uniform draw in [0, 1). */
	next(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	/** A uniform draw in [lo, hi). */
	uniform(lo: number, hi: number): number {
		return lo + (hi - lo) * this.next();
	}

	/** A standard normal draw (Box–Muller, one value per call). */
	normal(): number {
		const u = 1 - this.next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
	}

	/** An integer in [lo, hi] inclusive. */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}

	/** True with probability p. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** A Poisson draw (Knuth; fine for the small means used here). */
	poisson(mean: number): number {
		const limit = Math.exp(-mean);
		let k = 0;
		let p = this.next();
		while (p > limit) {
			k++;
			p *= this.next();
		}
		return k;
	}

	/** An index chosen with probability proportional to `weights`. */
	pick(weights: readonly number[]): number {
		let total = 0;
		for (const w of weights) total += w;
		let x = this.next() * total;
		for (let i = 0; i < weights.length; i++) {
			x -= weights[i];
			if (x < 0) return i;
		}
		return weights.length - 1;
	}
}
