// A prepared bundle is checked whole before the app switches to it: damaged, cut-short, padded or inconsistent
// files are refused with a message saying what is wrong; a good one passes with its progress reaching 1.
import { describe, expect, it } from 'vitest';
import type { DatasetReport } from '$lib/data/load';
import { align8 } from '$lib/fast/framed';
import { neededColumns, type HouseholdColumns } from '$lib/fast/household-columns';
import { encodeBundle } from '$lib/fast/prepared-bundle';
import { BundleRefused, checkBundle } from './check-bundle';

const N = 1000;

function columns(): HouseholdColumns {
	const cols: Record<string, Float64Array> = {};
	for (const name of neededColumns()) cols[name] = new Float64Array(N);
	cols.size.fill(2);
	cols.weight = Float64Array.from({ length: N }, (_, i) => 1 + (i % 7) * 0.25);
	cols.cpc = Float64Array.from({ length: N }, (_, i) => (i % 3 ? 50_000.1 + i : Number.NaN));
	return {
		n: N,
		region: Uint8Array.from({ length: N }, (_, i) => Math.floor((i * 20) / N)),
		settlement: Uint8Array.from({ length: N }, (_, i) => i % 2),
		settlements: ['rural', 'urban'],
		featureParams: [63, 61, 18, 23, 1, 6],
		hasApplied: true,
		columns: cols,
		consumers: { offsets: Int32Array.from({ length: 21 }, (_, r) => r * 10), cpc: new Float64Array(200).fill(1), wp: new Float64Array(200).fill(2) }
	};
}

function good(summary: Partial<{ households: number; weighted_households: number }> = {}): Uint8Array {
	const c = columns();
	const weighted = Float64Array.from(c.columns.weight).reduce((s, w) => s + w, 0);
	const report = { accepted: true, problems: [], problemCount: 0, notices: [], summary: { households: N, persons: 2 * N, weighted_households: weighted, ...summary }, manifest: null };
	return encodeBundle({ name: 'test', report: report as unknown as DatasetReport, columns: c });
}

/** Where array `name` of the household columns starts in the file's bytes. */
function offsetOf(bytes: Uint8Array, name: string): number {
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	const outer = align8(8 + view.getUint32(4, true));
	const innerLength = view.getUint32(outer + 4, true);
	const header = JSON.parse(new TextDecoder().decode(bytes.subarray(outer + 8, outer + 8 + innerLength)));
	return outer + align8(8 + innerLength) + header.arrays[name].offset;
}

async function refusal(bytes: Uint8Array): Promise<string> {
	const e = await checkBundle(bytes, () => {}, async () => {}).catch((x: unknown) => x);
	expect(e).toBeInstanceOf(BundleRefused);
	return (e as Error).message;
}

describe('checking a prepared bundle before switching to it', () => {
	it('passes a good bundle, its progress rising to 1', async () => {
		const progress: number[] = [];
		const b = await checkBundle(good(), (f) => progress.push(f), async () => {});
		expect(b.columns.n).toBe(N);
		expect(progress.at(-1)).toBe(1);
		expect(progress.every((f, i) => i === 0 || f >= progress[i - 1])).toBe(true);
	});

	it('refuses a file cut short, or with bytes after its columns', async () => {
		const bytes = good();
		expect(await refusal(bytes.slice(0, bytes.length - 8))).toMatch(/cut short/);
		expect(await refusal(bytes.slice(0, 100))).toMatch(/cut short/);
		const padded = new Uint8Array(bytes.length + 16);
		padded.set(bytes);
		expect(await refusal(padded)).toMatch(/16 bytes more than its columns take/);
	});

	it('refuses a damaged header or another format version, saying how to make a good one', async () => {
		const bytes = good();
		const broken = bytes.slice();
		broken[8] = 0x5b; // the JSON header opens as an array: no longer JSON
		expect(await refusal(broken)).toMatch(/header is damaged.*npm run bundle/);
		const length = new DataView(bytes.buffer).getUint32(4, true);
		const json = new TextDecoder().decode(bytes.subarray(8, 8 + length));
		const other = bytes.slice();
		other.set(new TextEncoder().encode(json.replace('"version":4', '"version":3')), 8);
		expect(await refusal(other)).toMatch(/version 3/);
		expect(await refusal(new TextEncoder().encode('hh_id,region\n1,astana\n'))).toMatch(/not a prepared bundle/);
	});

	it('refuses a region or settlement code no household can have, naming the household', async () => {
		const region = good();
		region[offsetOf(region, 'region__') + 41] = 77;
		expect(await refusal(region)).toMatch(/household 42 has region code 77/);
		const settlement = good();
		settlement[offsetOf(settlement, 'settlement__') + 9] = 5;
		expect(await refusal(settlement)).toMatch(/household 10 has settlement code 5/);
	});

	it('refuses an infinite number and weights that no longer add up to the report\'s total', async () => {
		const inf = good();
		const at = offsetOf(inf, 'cpc');
		new DataView(inf.buffer).setFloat64(at + 8 * 5, Infinity, true); // cpc is stored as f64 (not exact in f32)
		expect(await refusal(inf)).toMatch(/column cpc holds an infinite value at household 6/);
		const weights = good();
		const w = offsetOf(weights, 'weight');
		weights[w + 3] ^= 0x10; // a flipped bit in a weight (stored as f32)
		expect(await refusal(weights)).toMatch(/weights add up to .* its report says/);
	});

	it('refuses a bundle whose report and columns disagree on the households', async () => {
		expect(await refusal(good({ households: N + 1 }))).toMatch(/holds 1000 households but its report says 1001/);
	});

	it('stops when the load is cancelled between slices', async () => {
		const e = await checkBundle(good(), () => {}, async () => {
			throw new Error('cancelled');
		}).catch((x: unknown) => x);
		expect((e as Error).message).toBe('cancelled');
	});
});
