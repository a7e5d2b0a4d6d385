// Summary statistics for benchmark samples.

/** Median, 95th percentile, maximum and sample count, in the samples' unit. */
export interface Stats {
	p50: number;
	p95: number;
	max: number;
	n: number;
}

/** Summarises samples (nearest-rank percentiles), rounded to 0.01. */
export function stats(samples: number[]): Stats {
	const s = [...samples].sort((a, b) => a - b);
	const rank = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
	const r = (x: number) => Math.round(x * 100) / 100;
	return { p50: r(rank(0.5)), p95: r(rank(0.95)), max: r(s[s.length - 1]), n: s.length };
}
