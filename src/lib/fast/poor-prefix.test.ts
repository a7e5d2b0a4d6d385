// The poor persons' running sums equal adding the rows, whatever order the lines and ПМs are asked in.
import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '../data/regions';
import { mulberry32 } from '../sim/testing/generate';
import { FLAG, type StructureExtract } from './extract';
import { PoorPrefix } from './poor-prefix';

// Rows spread over a few regions, some with consumption, some excluded; only what PoorPrefix reads is filled in.
function rows(n: number, next: () => number): StructureExtract {
	const region = Array.from({ length: n }, () => Math.floor(next() * 4)).sort((a, b) => a - b);
	const offsets = new Int32Array(REGION_CODES.length + 1);
	for (const r of region) offsets[r + 1]++;
	for (let k = 0; k < REGION_CODES.length; k++) offsets[k + 1] += offsets[k];
	return {
		offsets,
		weight: Float64Array.from(region, () => 1 + Math.floor(next() * 300)),
		size: Int32Array.from(region, () => 1 + Math.floor(next() * 7)),
		flags: Uint8Array.from(region, () => (next() < 0.8 ? FLAG.consumer : 0) | (next() < 0.2 ? FLAG.excluded : 0)),
		cpc: Float64Array.from(region, () => Math.round(next() * 120_000))
	} as unknown as StructureExtract;
}

function naive(x: StructureExtract, r: number, pm: number, k: number): number {
	let sum = 0;
	for (let i = x.offsets[r]; i < k; i++)
		if ((x.flags[i] & (FLAG.consumer | FLAG.excluded)) === FLAG.consumer && x.cpc[i] < pm) sum += x.weight[i] * x.size[i];
	return sum;
}

describe('poor prefix', () => {
	it('answers every cut as the rows add up, lines asked up and down, ПМs changing', () => {
		const next = mulberry32(7);
		const x = rows(3000, next);
		const poor = new PoorPrefix(x);
		for (let q = 0; q < 400; q++) {
			const r = Math.floor(next() * 4);
			const pm = [40_000, 60_000, 90_000][Math.floor(next() * 3)];
			const k = x.offsets[r] + Math.floor(next() * (x.offsets[r + 1] - x.offsets[r] + 1));
			expect(poor.upTo(r, pm, k), `region ${r}, ПМ ${pm}, row ${k}`).toBe(naive(x, r, pm, k));
		}
	});
});
